/**
 * The results document of one experiment run, as TypeScript types. They mirror
 * `results.schema.json` (version 2) field for field; the schema is the contract for readers
 * outside this code, these types are how the code writes and reads it.
 */

/** The document version these types describe; it is also the last segment of the schema's `$id`. */
export const RESULTS_SCHEMA_VERSION = 2;

/** The schema's `$id`. */
export const RESULTS_SCHEMA_ID = 'https://github.com/illMadeCoder/illm-k8s-ai-labs/schemas/results/v2';

/** passed: every threshold held; failed: one did not; error: the run or variant did not finish. */
export type Outcome = 'passed' | 'failed' | 'error';

/** Latency statistics in milliseconds; p50 and p95 are always there, the others when measured. */
export interface LatencyMs {
  readonly avg?: number;
  readonly min?: number;
  readonly p50: number;
  readonly p90?: number;
  readonly p95: number;
  readonly p99?: number;
  readonly p999?: number;
  readonly max?: number;
}

/** A k6 run's figures for one request name. */
export interface RequestSummary {
  readonly requests?: number;
  readonly requestsPerSecond?: number;
  readonly errorRate?: number;
  readonly latencyMs?: LatencyMs;
}

/** A k6 load generator's end-of-test summary. */
export interface K6LoadSummary {
  readonly tool: 'k6';
  /** The load generator's name in the experiment, e.g. `load-plain`. */
  readonly name: string;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Failed requests as a fraction (0.02 is 2 %). */
  readonly errorRate: number;
  readonly latencyMs: LatencyMs;
  /** The same figures per request name (`root`, `health`, ...). */
  readonly byRequest: Readonly<Record<string, RequestSummary>>;
}

/** A Kafka perf tool's summary: the producer's or the consumer's. */
export interface KafkaPerfLoadSummary {
  readonly tool: 'kafka-perf';
  readonly name: string;
  readonly role: 'producer' | 'consumer';
  readonly records: number;
  readonly recordsPerSecond: number;
  readonly megabytesPerSecond: number;
  /** Send latency; only the producer reports it. */
  readonly latencyMs?: LatencyMs;
}

/** A load generator the document has no dedicated shape for: its figures by name. */
export interface OtherLoadSummary {
  /** Any tool name but `k6` and `kafka-perf`, e.g. `locust`. */
  readonly tool: string;
  readonly name: string;
  readonly metrics: Readonly<Record<string, number>>;
}

/** One load generator's summary, told apart by `tool`. */
export type LoadSummary = K6LoadSummary | KafkaPerfLoadSummary | OtherLoadSummary;

/** Resource use of one namespace during a variant's window. */
export interface NamespaceUsage {
  readonly namespace: string;
  readonly cpuSeconds: number;
  readonly peakMemoryBytes: number;
}

/** Resource use of a variant's namespaces. */
export interface Usage {
  readonly namespaces: readonly NamespaceUsage[];
  /** CPU-seconds of every namespace together. */
  readonly cpuSeconds: number;
  /** The namespaces' peaks added up: an upper bound of their joint peak. */
  readonly peakMemoryBytes: number;
}

/** What the work served is counted in. */
export type CostUnit = 'requests' | 'messages' | 'transactions' | 'operations' | 'spans' | 'bytes';

/**
 * How many of a unit its cost is given for: a million requests, messages, operations or spans
 * (the figures those tools count by the million), a thousand transactions (as database
 * benchmarks state them), a GB of bytes (as log and storage prices are given).
 */
export const COST_UNIT_QUANTITY: Readonly<Record<CostUnit, number>> = {
  requests: 1e6, messages: 1e6, transactions: 1e3, operations: 1e6, spans: 1e6, bytes: 1e9,
};

/** What a measurement is counted in. */
export type MeasurementUnit = 'seconds' | 'milliseconds' | 'bytes' | 'bytes-per-second' | 'per-second' | 'count' | 'ratio' | 'cores';

/** One figure of a variant beyond its load generators' summaries; `null` when it had no sample. */
export interface MeasurementResult {
  readonly unit: MeasurementUnit;
  readonly value: number | null;
}

/** A variant's usage priced with the environment's price sheet. */
export interface Cost {
  /** ISO 4217, e.g. EUR. */
  readonly currency: string;
  /** The price sheet's name, e.g. `kind`. */
  readonly priceSheet: string;
  readonly total: number;
  /** `total` per `quantity` of `unit` served; `value` is `null` when the variant served none. */
  readonly per: { readonly unit: CostUnit; readonly quantity: number; readonly value: number | null };
}

/** One threshold a load generator checked. */
export interface ThresholdResult {
  /** The load generator's name. */
  readonly source: string;
  /** What was measured, e.g. `http_req_duration`. */
  readonly metric: string;
  /** The condition as the tool states it, e.g. `p(95)<500`. */
  readonly condition: string;
  readonly passed: boolean;
}

/** One variant of a run (plain, meshed, ...): its own load, window, usage and verdict. */
export interface VariantResult {
  readonly name: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly loadGenerators: readonly LoadSummary[];
  readonly usage: Usage;
  readonly cost: Cost;
  /**
   * The experiment's own figures by name, read at the variant's end (time to scale out, bytes stored).
   * @default - none
   */
  readonly measurements?: Readonly<Record<string, MeasurementResult>>;
  readonly thresholds: readonly ThresholdResult[];
  readonly outcome: Outcome;
}

/** The results document of one run: what `s3://results/<experiment>/<run>.json` holds. */
export interface ResultsDocument {
  readonly schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  readonly experiment: string;
  /** The run's id: the Argo Workflow's name. */
  readonly run: string;
  readonly environment: string;
  /** The Git revision ArgoCD had deployed. */
  readonly revision: string;
  /** UTC, RFC 3339 (`2025-06-01T10:00:00Z`). */
  readonly startedAt: string;
  readonly endedAt: string;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly variants: readonly VariantResult[];
  readonly outcome: Outcome;
}

/** Narrows a load summary to k6's. */
export function isK6(summary: LoadSummary): summary is K6LoadSummary {
  return summary.tool === 'k6';
}

/** Narrows a load summary to a Kafka perf tool's. */
export function isKafkaPerf(summary: LoadSummary): summary is KafkaPerfLoadSummary {
  return summary.tool === 'kafka-perf';
}
