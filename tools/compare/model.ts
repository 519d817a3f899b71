import type { CostUnit, MeasurementUnit, Outcome, ResultsDocument } from '../../constructs/results/results-document';
import { Figures, Metric, METRICS, variantFigures } from './figures';

/** One column of an experiment's table: a variant in one run, or its mean over all runs. */
export interface Column {
  readonly variant: string;
  /** The run id, or undefined for the mean over runs. */
  readonly run?: string;
  readonly figures: Figures;
  /** Difference from the baseline variant in the same run (or of the means), in %, per metric. */
  readonly diffs: Readonly<Record<Metric, number | undefined>>;
  /** The experiment's measurements by name (undefined: not measured), and their differences in %. */
  readonly measured: Readonly<Record<string, number | undefined>>;
  readonly measuredDiffs: Readonly<Record<string, number | undefined>>;
}

/** A measurement some variant of the experiment reported: a row after the standard ones. */
export interface MeasurementRow {
  readonly name: string;
  readonly unit: MeasurementUnit;
}

export interface RunInfo {
  readonly run: string;
  readonly environment: string;
  readonly revision: string;
  readonly startedAt: string;
  readonly outcome: Outcome;
}

/** Everything compare shows for one experiment. */
export interface ExperimentComparison {
  readonly experiment: string;
  /** The first variant of the earliest run: every difference is taken against it. */
  readonly baseline: string;
  /** Variant names, baseline first, then in the order the runs list them. */
  readonly variants: readonly string[];
  /** Runs by start time. */
  readonly runs: readonly RunInfo[];
  /** What throughput and cost are counted in; `mixed` when runs disagree. */
  readonly unit: CostUnit | 'mixed';
  /** The cost's currency; `mixed` when runs were priced in different ones. */
  readonly currency: string;
  /** Per run its variants, then (with more than one run) each variant's mean. */
  readonly columns: readonly Column[];
  /** The measurements any variant reported, in the order first met. */
  readonly measurements: readonly MeasurementRow[];
}

/** Groups documents by experiment (in name order) and lines their variants up against the baseline. */
export function compareDocuments(documents: readonly ResultsDocument[]): ExperimentComparison[] {
  const byExperiment = new Map<string, ResultsDocument[]>();
  for (const doc of documents) byExperiment.set(doc.experiment, [...(byExperiment.get(doc.experiment) ?? []), doc]);
  return [...byExperiment.keys()].sort().map((experiment) => compareExperiment(experiment, byExperiment.get(experiment)!));
}

function compareExperiment(experiment: string, documents: readonly ResultsDocument[]): ExperimentComparison {
  const runs = [...documents].sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.run, b.run));
  const variants: string[] = [];
  for (const doc of runs) for (const v of doc.variants) if (!variants.includes(v.name)) variants.push(v.name);
  const baseline = variants[0];

  const measurements: MeasurementRow[] = [];
  for (const doc of runs) {
    for (const v of doc.variants) {
      for (const [name, m] of Object.entries(v.measurements ?? {})) {
        if (!measurements.some((r) => r.name === name)) measurements.push({ name, unit: m.unit });
      }
    }
  }
  const names = measurements.map((r) => r.name);
  const measuredOf = (v: ResultsDocument['variants'][number]) =>
    Object.fromEntries(names.map((n) => [n, v.measurements?.[n]?.value ?? undefined])) as Record<string, number | undefined>;

  const columns: Column[] = [];
  for (const doc of runs) {
    const figures = new Map(doc.variants.map((v) => [v.name, { figures: variantFigures(v), measured: measuredOf(v) }]));
    const base = figures.get(baseline);
    for (const name of variants) {
      const own = figures.get(name);
      if (own) {
        columns.push({
          variant: name, run: doc.run, figures: own.figures, diffs: diffsOf(own.figures, base?.figures, METRICS),
          measured: own.measured, measuredDiffs: diffsOf(own.measured, base?.measured, names),
        });
      }
    }
  }
  if (runs.length > 1) {
    const means = new Map(variants.map((name) => {
      const own = columns.filter((c) => c.variant === name);
      return [name, { figures: meanOf(own.map((c) => c.figures), METRICS) as Figures, measured: meanOf(own.map((c) => c.measured), names) }];
    }));
    const base = means.get(baseline)!;
    for (const name of variants) {
      const own = means.get(name)!;
      columns.push({
        variant: name, figures: own.figures, diffs: diffsOf(own.figures, base.figures, METRICS),
        measured: own.measured, measuredDiffs: diffsOf(own.measured, base.measured, names),
      });
    }
  }
  const units = new Set(runs.flatMap((d) => d.variants.map((v) => v.cost.per.unit)));
  const currencies = new Set(runs.flatMap((d) => d.variants.map((v) => v.cost.currency)));
  return {
    experiment,
    baseline,
    variants,
    runs: runs.map((d) => ({ run: d.run, environment: d.environment, revision: d.revision, startedAt: d.startedAt, outcome: d.outcome })),
    unit: units.size === 1 ? [...units][0] : 'mixed',
    currency: currencies.size === 1 ? [...currencies][0] : 'mixed',
    columns: currencies.size === 1 ? columns : columns.map(withoutCostDiffs),
    measurements,
  };
}

/** Percent differences from the baseline's figures; none where the baseline lacks the figure or it is 0. */
function diffsOf<K extends string>(figures: Readonly<Record<K, number | undefined>>, base: Readonly<Record<K, number | undefined>> | undefined,
  keys: readonly K[]): Record<K, number | undefined> {
  const diffs = {} as Record<K, number | undefined>;
  for (const m of keys) {
    const value = figures[m];
    const ref = base?.[m];
    diffs[m] = value !== undefined && ref !== undefined && ref !== 0 ? ((value - ref) / ref) * 100 : undefined;
  }
  return diffs;
}

function meanOf<K extends string>(all: readonly Readonly<Record<K, number | undefined>>[], keys: readonly K[]): Record<K, number | undefined> {
  const mean = {} as Record<K, number | undefined>;
  for (const m of keys) {
    const values = all.map((f) => f[m]).filter((v): v is number => v !== undefined);
    mean[m] = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  }
  return mean;
}

/** Costs in different currencies cannot be set against each other. */
function withoutCostDiffs(column: Column): Column {
  const figures = column.run === undefined ? { ...column.figures, costPerUnit: undefined } : column.figures;
  return { ...column, figures, diffs: { ...column.diffs, costPerUnit: undefined } };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
