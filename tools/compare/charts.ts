import type { ExperimentComparison } from './model';
import { costPer } from './format';

/** One chart: its file name (within the output folder) and SVG text. */
export interface Chart {
  readonly file: string;
  readonly svg: string;
}

interface Point {
  readonly variant: string;
  readonly run: string;
  readonly series: string;
  readonly x: string;
  readonly value: number;
}

/**
 * Renders an experiment's charts as SVG: latency percentiles, throughput and cost per million,
 * each by variant and run. Vega-Lite compiles each spec to Vega, whose View renders SVG
 * headless (`renderer: 'none'`, then `toSVG()`): no canvas and no browser. Text is measured by
 * Vega's estimate when no canvas package is installed, so the same input always gives the same
 * bytes. Both packages are ES modules only, hence the dynamic imports from this CommonJS bundle.
 */
export async function renderCharts(c: ExperimentComparison): Promise<Chart[]> {
  const runs = c.columns.filter((col) => col.run !== undefined);
  const points = (pick: (figures: (typeof runs)[number]['figures']) => Array<[string, number | undefined]>): Point[] =>
    runs.flatMap((col) => pick(col.figures)
      .filter((entry): entry is [string, number] => entry[1] !== undefined)
      .map(([x, value]) => ({ variant: col.variant, run: col.run!, series: `${col.variant} ${col.run}`, x, value })));
  const unit = c.unit === 'mixed' ? 'mixed units' : c.unit;
  const charts: Array<[string, string, string, Point[]]> = [
    ['latency', `${c.experiment}: latency percentiles by variant`, 'ms',
      points((f) => [['p50', f.p50], ['p95', f.p95], ['p99', f.p99]])],
    ['throughput', `${c.experiment}: throughput by variant`, `${unit}/s`, points((f) => [['throughput', f.throughput]])],
    ['cost', `${c.experiment}: cost ${costPer(c.unit)} by variant`, c.currency,
      c.currency === 'mixed' ? [] : points((f) => [['cost', f.costPerUnit]])],
  ];
  const rendered: Chart[] = [];
  for (const [kind, title, axis, data] of charts) {
    if (data.length === 0) continue;
    rendered.push({ file: `${c.experiment}-${kind}.svg`, svg: await renderSvg(spec(title, axis, data, c.variants, kind === 'latency')) });
  }
  return rendered;
}

/** A grouped bar chart: bars per variant and run, coloured by variant; grouped by percentile for latency. */
function spec(title: string, axis: string, data: Point[], variants: readonly string[], byPercentile: boolean): Record<string, unknown> {
  const series = [...new Set(data.map((p) => p.series))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: byPercentile ? 360 : 240,
    height: 220,
    data: { values: data },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: byPercentile
        ? { field: 'x', type: 'nominal', sort: ['p50', 'p95', 'p99'], title: 'percentile' }
        : { field: 'variant', type: 'nominal', sort: [...variants], title: 'variant' },
      xOffset: { field: byPercentile ? 'series' : 'run', type: 'nominal', sort: byPercentile ? series : null },
      y: { field: 'value', type: 'quantitative', title: axis },
      color: { field: 'variant', type: 'nominal', sort: [...variants], title: 'variant' },
    },
    config: { font: 'sans-serif' },
  };
}

async function renderSvg(liteSpec: Record<string, unknown>): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(liteSpec).spec), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}
