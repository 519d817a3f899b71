import { COST_UNIT_QUANTITY, CostUnit } from '../../constructs/results/results-document';
import type { Metric } from './figures';
import { METRICS } from './figures';
import type { Column, ExperimentComparison } from './model';

/** A row's label, given the experiment's unit and currency. */
function label(metric: Metric, c: ExperimentComparison): string {
  const unit = c.unit === 'mixed' ? 'mixed units' : c.unit;
  switch (metric) {
    case 'throughput': return `${unit}/s`;
    case 'p50': return 'p50 latency ms';
    case 'p95': return 'p95 latency ms';
    case 'p99': return 'p99 latency ms';
    case 'errorRate': return 'error rate %';
    case 'cpuSeconds': return 'CPU-seconds';
    case 'peakMemory': return 'peak memory MiB';
    case 'costPerUnit': return `cost ${costPer(c.unit)} ${c.currency === 'mixed' ? '(mixed currencies)' : c.currency}`;
  }
}

/** `per million requests`, `per thousand transactions`, `per GB`: the quantity the cost is given for. */
export function costPer(unit: CostUnit | 'mixed'): string {
  if (unit === 'mixed') return 'per unit served (mixed units)';
  if (unit === 'bytes') return 'per GB';
  return `per ${COST_UNIT_QUANTITY[unit] === 1e3 ? 'thousand' : 'million'} ${unit}`;
}

/**
 * A number as the table shows it: two decimals from 0.01 up, four significant digits below
 * (costs per million requests on a home lab are fractions of a cent). Fixed rules, no locale.
 */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  return Math.abs(value) >= 0.01 ? value.toFixed(2) : value.toPrecision(4);
}

/** A difference in percent with its sign, one decimal. */
export function formatDiff(diff: number): string {
  const rounded = Math.round(diff * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${Math.abs(rounded).toFixed(1)} %`;
}

function cell(column: Column, metric: Metric, baseline: string): string {
  const raw = column.figures[metric];
  return shown(column, raw === undefined ? undefined : metric === 'errorRate' ? raw * 100 : raw, column.diffs[metric], baseline);
}

function measuredCell(column: Column, name: string, baseline: string): string {
  return shown(column, column.measured[name], column.measuredDiffs[name], baseline);
}

function shown(column: Column, raw: number | undefined, diff: number | undefined, baseline: string): string {
  if (raw === undefined) return '-';
  const value = formatNumber(raw);
  return column.variant === baseline || diff === undefined ? value : `${value} (${formatDiff(diff)})`;
}

/** Every row of an experiment's table: the standard metrics, then its measurements. */
function tableRows(c: ExperimentComparison): Array<[string, (col: Column) => string]> {
  return [
    ...METRICS.map((m): [string, (col: Column) => string] => [label(m, c), (col) => cell(col, m, c.baseline)]),
    ...c.measurements.map((r): [string, (col: Column) => string] => [`${r.name} ${r.unit}`, (col) => measuredCell(col, r.name, c.baseline)]),
  ];
}

function header(column: Column): [string, string] {
  return [column.run ?? 'mean', column.variant];
}

/** The lines above an experiment's table: runs, environments, revisions, outcomes. */
function intro(c: ExperimentComparison): string[] {
  return [
    `${c.experiment}: ${c.runs.length} run${c.runs.length === 1 ? '' : 's'}, variants ${c.variants.join(', ')}; differences against ${c.baseline} in the same run`,
    ...c.runs.map((r) => `  ${r.run}  ${r.startedAt}  on ${r.environment} at ${r.revision.slice(0, 12)}  ${r.outcome}`),
  ];
}

/** The comparison as aligned plain-text tables, one per experiment. */
export function formatText(comparisons: readonly ExperimentComparison[]): string {
  const blocks = comparisons.map((c) => {
    const rows: string[][] = [
      ['metric', ...c.columns.map((col) => header(col)[0])],
      ['', ...c.columns.map((col) => header(col)[1])],
      ...tableRows(c).map(([text, of]) => [text, ...c.columns.map(of)]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const table = rows.map((r) => `  ${r.map((text, i) => (i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('  ')}`.trimEnd());
    return [...intro(c), '', ...table].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The comparison as Markdown: a heading, the runs and a table per experiment. */
export function formatMarkdown(comparisons: readonly ExperimentComparison[], charts: ReadonlyMap<string, readonly string[]> = new Map()): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const out = ['# Experiment results', ''];
  for (const c of comparisons) {
    out.push(`## ${c.experiment}`, '');
    out.push(`Variants ${c.variants.map((v) => `\`${v}\``).join(', ')}; differences against \`${c.baseline}\` in the same run.`, '');
    out.push('| run | started | environment | revision | outcome |', '| --- | --- | --- | --- | --- |');
    for (const r of c.runs) out.push(`| ${escape(r.run)} | ${r.startedAt} | ${r.environment} | \`${r.revision.slice(0, 12)}\` | ${r.outcome} |`);
    out.push('');
    out.push(`| metric | ${c.columns.map((col) => `${escape(header(col)[0])} ${header(col)[1]}`).join(' | ')} |`);
    out.push(`| --- | ${c.columns.map(() => '---:').join(' | ')} |`);
    for (const [text, of] of tableRows(c)) out.push(`| ${text} | ${c.columns.map(of).join(' | ')} |`);
    out.push('');
    for (const file of charts.get(c.experiment) ?? []) out.push(`![${file}](${file})`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
