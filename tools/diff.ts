// `npm run diff`: a fresh synth against dist/ as committed, by Application and object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nonEmpty, parseCommandLine } from './args';
import { LAB } from '../lab';
import { compareTrees, exitCodeOf, formatMarkdown, formatText, parseManifests } from './diff/index';
import { readCommittedFolder } from './diff/git';
import { PROJECT_ROOT } from './paths';
import { synthesize } from './synth/synthesize';
import { listFiles } from './synth/write';

const USAGE = 'usage: npm run diff [-- --against REF] [--markdown]';

export interface DiffArgs {
  /** The Git ref whose committed dist/ is the old side. */
  readonly against: string;
  readonly markdown: boolean;
}

export function parseDiffArgs(argv: readonly string[]): DiffArgs {
  const { values } = parseCommandLine('diff', argv, USAGE, {
    against: { type: 'string', default: 'HEAD' },
    markdown: { type: 'boolean', default: false },
  });
  return { against: nonEmpty('diff', 'against', values.against, USAGE) ?? 'HEAD', markdown: values.markdown === true };
}

/** Exit status 0: no change; 1: changes; 2 (thrown errors, set by tools/run.mjs): bad ref, failed synth. */
export async function main(argv: string[]): Promise<number> {
  const args = parseDiffArgs(argv);
  const committed = readCommittedFolder(PROJECT_ROOT, args.against, 'dist');
  const before = parseManifests(committed.files, `${args.against}:dist/`);
  const after = parseManifests(freshSynth(), 'synth output ');
  const diff = compareTrees(before, after);
  const baseline = { ref: args.against, commit: committed.commit };
  process.stdout.write(args.markdown ? formatMarkdown(diff, baseline) : formatText(diff, baseline));
  return exitCodeOf(diff);
}

/** Synthesizes every environment into a temporary folder, the way `npm run synth` writes dist/. */
function freshSynth(): Map<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-diff-'));
  try {
    synthesize({ lab: LAB, outdir });
    return new Map([...listFiles(outdir)].sort().map((file) => [file, fs.readFileSync(path.join(outdir, file), 'utf8')]));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
