/**
 * What an experiment's workflow tells its results step at synth: which variants it runs, which
 * load generators belong to each, in which namespaces, and the Argo templates whose nodes hold
 * their windows and summaries. The step reads the rest (node times, summaries, revision, usage)
 * while the run ends.
 */

/** How a load generator's summary step prints its figures. */
export type SummaryFormat =
  /** k6 runner logs with one `summary json: {"metrics": ...}` line per runner (handleSummary). */
  | 'k6'
  /** The logs of a Kafka perf producer and consumer, each line prefixed `[pod/<pod>/<container>]`. */
  | 'kafka-perf'
  /** Locust's `/stats/requests/csv`, whose `Aggregated` row sums every request. */
  | 'locust'
  /** pgbench's output, whose last lines are its summary (transactions, latency average, tps). */
  | 'pgbench'
  /** telemetrygen's log, with one `traces generated` line per worker. */
  | 'telemetrygen';

/** One load generator as the results step finds it in the Workflow's nodes. */
export interface PlannedGenerator {
  /** The generator's name, e.g. `load-plain`. */
  readonly name: string;
  readonly format: SummaryFormat;
  /** The template whose node spans the generator's load (its start and end are the window). */
  readonly runTemplate: string;
  /** The template whose node's `outputs.result` holds the summary. */
  readonly summaryTemplate: string;
  /**
   * The template that fails when the generator's thresholds were crossed; read for tools whose
   * summary carries no verdict of its own (k6's does).
   * @default - none
   */
  readonly checkTemplate?: string;
}

/** One variant: its generators and the namespaces whose usage it is charged. */
export interface PlannedVariant {
  readonly name: string;
  readonly namespaces: readonly string[];
  readonly generators: readonly PlannedGenerator[];
}

/** The whole plan, passed to the step as JSON. */
export interface RunPlan {
  readonly experiment: string;
  /** Applications whose `status.sync.revision` is the deployed revision. */
  readonly applications: readonly string[];
  /** The namespace of those Applications (ArgoCD's). */
  readonly applicationNamespace: string;
  readonly variants: readonly PlannedVariant[];
}

/** The line prefix every k6 script of the lab prints its end-of-test summary after. */
export const K6_SUMMARY_MARKER = 'summary json: ';
