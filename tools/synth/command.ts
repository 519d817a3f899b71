import path from 'node:path';
import { LabError } from '../../constructs/core/errors';
import { nonEmpty, parseCommandLine } from '../args';
import type { Environment } from '../../hub/environment';
import type { Lab } from '../../lab/lab';
import type { CommandRun } from '../command-run';
import { PROJECT_ROOT } from '../paths';
import { synthesize } from './synthesize';

export interface SynthArgs {
  readonly only: string[];
  readonly outdir: string;
  /** Render even when nothing changed since the last synth into the folder. */
  readonly force: boolean;
}

/** Synth's caches sit beside the command bundles: build output, never committed. */
const CACHE_DIR = path.join(PROJECT_ROOT, '.build');

const USAGE = 'usage: npm run synth [-- --env NAME[,NAME...]] [--out DIR] [--force]';

/** Parses the synth command line against the known environments. */
export function parseSynthArgs(argv: readonly string[], environments: readonly Environment[]): SynthArgs {
  const { values } = parseCommandLine('synth', argv, USAGE, {
    env: { type: 'string', multiple: true },
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const envs = values.env ?? [];
  for (const v of envs) nonEmpty('synth', 'env', v, USAGE);
  const only = envs.flatMap((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
  const outdir = nonEmpty('synth', 'out', values.out, USAGE) ?? 'dist';
  const known = environments.map((e) => e.name);
  for (const name of only) {
    if (!known.includes(name)) {
      throw new LabError(`synth: --env ${JSON.stringify(name)} is not a defined environment; known environments: ${known.join(', ')}`);
    }
  }
  return { only, outdir, force: values.force ?? false };
}

/**
 * `npm run synth`: renders, writes, and prints one summary line. Run from a bundle (`run`), it
 * renders only when something it is made from changed since its last run into the folder (ADR 0162).
 */
export function runSynth(argv: readonly string[], lab: Lab, run?: CommandRun): number {
  const args = parseSynthArgs(argv, lab.environments);
  const result = synthesize({ lab, only: args.only, outdir: args.outdir, cacheDir: CACHE_DIR, program: run?.bundles, force: args.force });
  // Since the process started: bundling and loading included, as the user waits for it.
  const seconds = process.uptime();
  const changed = result.written + result.removed;
  const envs = result.environments;
  console.log(
    `synth: ${envs.length} environment${envs.length === 1 ? '' : 's'} (${envs.join(', ')}), ` +
    `${result.charts} charts, ${result.objects} objects, ` +
    `${changed} file${changed === 1 ? '' : 's'} changed (${result.written} written, ${result.removed} removed) ` +
    `in ${args.outdir}/ [${seconds.toFixed(2)} s]` +
    (result.rendered ? '' : '; nothing changed since the last synth, so nothing was rendered (--force renders)'),
  );
  return 0;
}
