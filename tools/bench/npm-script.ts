import fs from 'node:fs';
import path from 'node:path';
import { LabError } from '../../constructs/core/errors';
import { PROJECT_ROOT } from '../paths';

/** The form every npm script of a runner command has: `node [options] tools/run.cjs <command> ...`. */
const RUNNER = 'tools/run.cjs';

/**
 * The node options (`--max-semi-space-size=2`, ...) the npm script `command` starts the runner
 * with, so that `npm run bench` measures a command as `npm run <command>` runs it. `scripts` is
 * package.json's `scripts` (read from the project by default). Throws when the script is missing
 * or does not have the runner's form.
 */
export function runnerNodeOptions(command: string, scripts: Readonly<Record<string, unknown>> = projectScripts()): string[] {
  const script = scripts[command];
  const words = typeof script === 'string' ? script.trim().split(/\s+/) : [];
  const at = words.indexOf(RUNNER);
  const options = words.slice(1, Math.max(at, 1));
  if (words[0] !== 'node' || at < 0 || words[at + 1] !== command || !options.every((o) => o.startsWith('--'))) {
    throw new LabError(`bench: package.json's script "${command}" is ${JSON.stringify(script)}; ` +
      `expected "node [--options] ${RUNNER} ${command} [args]", the form bench starts it in`);
  }
  return options;
}

function projectScripts(): Readonly<Record<string, unknown>> {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> };
  return manifest.scripts ?? {};
}
