// `npm run compare`: results documents of experiment runs into tables, a Markdown report and SVG charts.
import fs from 'node:fs';
import path from 'node:path';
import { parseCompareArgs } from './compare/args';
import { renderCharts } from './compare/charts';
import { formatMarkdown, formatText } from './compare/format';
import { compareDocuments } from './compare/model';
import { readResults } from './compare/read';

/**
 * Exit status 0: every document valid; 1: some file was not a valid results document (named on
 * standard error; the others are still compared); 2 (thrown, set by tools/run.cjs): bad usage.
 */
export async function main(argv: string[]): Promise<number> {
  const args = parseCompareArgs(argv);
  const { documents, rejected } = readResults(args.inputs);
  for (const r of rejected) console.error(`compare: invalid: ${r.file}: ${r.reason}`);
  const comparisons = compareDocuments(documents.map((d) => d.document));

  const charts = new Map<string, string[]>();
  let chartCount = 0;
  if (args.out !== undefined) {
    fs.mkdirSync(args.out, { recursive: true });
    for (const c of comparisons) {
      const files: string[] = [];
      for (const chart of await renderCharts(c)) {
        const file = path.join(args.out, chart.file);
        fs.writeFileSync(file, chart.svg);
        // The report links charts relative to where it is written.
        const from = args.markdown && args.markdown !== '-' ? path.dirname(args.markdown) : '.';
        files.push(path.relative(from, file).split(path.sep).join('/'));
        chartCount++;
      }
      charts.set(c.experiment, files);
    }
  }

  const toStdout = args.markdown === '-';
  if (args.markdown !== undefined) {
    const report = formatMarkdown(comparisons, charts);
    if (toStdout) process.stdout.write(report);
    else fs.writeFileSync(args.markdown, report);
  }
  if (!toStdout && comparisons.length > 0) process.stdout.write(`${formatText(comparisons)}\n`);

  const runs = comparisons.reduce((n, c) => n + c.runs.length, 0);
  const parts = [
    `${documents.length} valid document${documents.length === 1 ? '' : 's'}`,
    `${comparisons.length} experiment${comparisons.length === 1 ? '' : 's'}`,
    `${runs} run${runs === 1 ? '' : 's'}`,
    `${rejected.length} invalid`,
  ];
  if (args.out !== undefined) parts.push(`${chartCount} chart${chartCount === 1 ? '' : 's'} in ${args.out}`);
  if (args.markdown !== undefined && !toStdout) parts.push(`report in ${args.markdown}`);
  // With the report on standard output, the summary goes to standard error to keep the report clean.
  (toStdout ? console.error : console.log)(`compare: ${parts.join(', ')}`);
  return rejected.length > 0 ? 1 : 0;
}
