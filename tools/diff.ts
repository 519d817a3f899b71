// `npm run diff`: a fresh synth against dist/ as committed, by Application and object.
import { nonEmpty, parseCommandLine } from './args';
import { LAB } from '../lab';
import { compareTrees, exitCodeOf, formatMarkdown, formatText, parseManifests } from './diff/index';
import { readCommittedFolder } from './diff/git';
import { PROJECT_ROOT } from './paths';
import { renderLab } from './synth/synthesize';

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

/** Exit status 0: no change; 1: changes; 2 (thrown errors, set by tools/run.cjs): bad ref, failed synth. */
export async function main(argv: string[]): Promise<number> {
  // Every file a synth of every environment writes, with its text, rendered in memory.
  return runDiff(parseDiffArgs(argv), () => renderLab(LAB).files);
}

/**
 * Prints what `render` (a synth's files by path under dist/, with their text) changes in dist/
 * at `args.against`, and returns the exit status: 0 for no change, 1 for changes. A bad ref is
 * refused before anything is rendered.
 */
export function runDiff(args: DiffArgs, render: () => ReadonlyMap<string, string>): number {
  const committed = readCommittedFolder(PROJECT_ROOT, args.against, 'dist');
  const before = parseManifests(committed.files, `${args.against}:dist/`);
  const after = parseManifests(render(), 'synth output ');
  const diff = compareTrees(before, after);
  const baseline = { ref: args.against, commit: committed.commit };
  process.stdout.write(args.markdown ? formatMarkdown(diff, baseline) : formatText(diff, baseline));
  return exitCodeOf(diff);
}
