import { parseArgs } from 'node:util';
import { LabError } from '../../constructs/core/errors';

export const USAGE = 'usage: npm run compare -- <file.json|folder>... [--markdown [FILE.md]] [--out DIR]';

/** What `npm run compare` was asked to do. */
export interface CompareArgs {
  /** Results documents and folders holding them. */
  readonly inputs: readonly string[];
  /** Write a Markdown report: to this file, or `-` for standard output; unset for none. */
  readonly markdown?: string;
  /** Write SVG charts into this folder; unset for none. */
  readonly out?: string;
}

/**
 * Parses the command line. `--markdown` takes an optional file: `--markdown report.md` (a name
 * ending in .md), `--markdown=FILE`, or alone for standard output, so a folder of documents
 * after a bare `--markdown` is still read as input.
 */
export function parseCompareArgs(argv: readonly string[]): CompareArgs {
  const normalized: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--markdown') normalized.push(argv[i]);
    else if (argv[i + 1]?.endsWith('.md')) normalized.push(`--markdown=${argv[++i]}`);
    else normalized.push('--markdown=-');
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: normalized,
      allowPositionals: true,
      strict: true,
      options: { markdown: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (err) {
    throw new LabError(`compare: ${(err as Error).message.split('\n')[0].replace(/\.$/, '')}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new LabError(`compare: name at least one results document or folder; ${USAGE}`);
  if (values.markdown === '') throw new LabError(`compare: --markdown= needs a file name; ${USAGE}`);
  if (values.out !== undefined && (values.out === '' || values.out.startsWith('-'))) {
    throw new LabError(`compare: --out needs a folder, not ${JSON.stringify(values.out)}; ${USAGE}`);
  }
  return { inputs: positionals, markdown: values.markdown, out: values.out };
}
