/**
 * What an experiment's workflow tells its results step at synth: which variants it runs, which
 * load generators belong to each, in which namespaces, and the Argo templates whose nodes hold
 * their windows and summaries. The step reads the rest (node times, summaries, revision, usage)
 * while the run ends.
 */

import type { CostUnit, MeasurementUnit } from './results-document';

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
  /** One line `metrics json: {"name": number, ...}` ({@link METRICS_JSON_MARKER}), for tools whose step writes it. */
  | 'metrics-json'
  /** The log of a Kafka producer perf Job alone, whose total line is the summary. */
  | 'kafka-producer'
  /** A VerticalPodAutoscaler as `kubectl get -o json` prints it: its recommendation per container. */
  | 'vpa'
  /** telemetrygen's log, with one `traces generated` line per worker. */
  | 'telemetrygen'
  /** A `requests per command: N` line, then valkey-benchmark's `--csv` output: a row per command. */
  | 'valkey-benchmark'
  /** Kafka's end-to-end latency tool: `Avg latency` and `Percentiles` lines, then the bench's `messages sent:` line. */
  | 'kafka-e2e-latency'
  /** RabbitMQ PerfTest's closing summary (rates, consumer latency), then the bench's `messages sent:` line. */
  | 'perf-test'
  /** `nats bench` publisher and consumer stats lines, then the bench's `messages sent:` line. */
  | 'nats-bench';

/** Which figure of a generator's summary counts the work it served, and in what unit. */
export interface ServedMetric {
  readonly unit: CostUnit;
  /** The key of the figure in the summary's `metrics` (e.g. `transactions`). */
  readonly metric: string;
}

/**
 * A figure of a variant read from Prometheus at the end of its window: an instant query whose
 * one sample is the value (no sample: `null`). `$window` in the query stands for the variant's
 * window as a Prometheus duration (`300s`), so `max_over_time(x[$window])` spans its load.
 */
export interface Measurement {
  /** The figure's name in the document, camelCase (`timeToFirstScaleOut`). */
  readonly name: string;
  readonly unit: MeasurementUnit;
  readonly query: string;
}

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
  /**
   * The tool named in its summary, for formats that serve several tools (`metrics-json`).
   * @default - the format
   */
  readonly tool?: string;
  /**
   * What its summary counts as served work.
   * @default - the format's own: k6 and Locust requests, Kafka messages, pgbench transactions
   */
  readonly served?: ServedMetric;
}

/** One variant: its generators and the namespaces whose usage it is charged. */
export interface PlannedVariant {
  readonly name: string;
  readonly namespaces: readonly string[];
  readonly generators: readonly PlannedGenerator[];
  /**
   * Figures read from Prometheus at the variant's end.
   * @default - none
   */
  readonly measurements?: readonly Measurement[];
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

/** The line prefix a `metrics-json` summary step prints its figures after. */
export const METRICS_JSON_MARKER = 'metrics json: ';

/** The line prefix every k6 script of the lab prints its end-of-test summary after. */
export const K6_SUMMARY_MARKER = 'summary json: ';
