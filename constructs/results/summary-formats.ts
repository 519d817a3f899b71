import { kafkaConsumerSummary, kafkaProducerSummary } from './kafka-perf-summary';
import { locustSummary } from './locust-summary';
import { metricsJsonSummary } from './metrics-json-summary';
import { pgbenchSummary } from './pgbench-summary';
import { telemetrygenSummary } from './telemetrygen-summary';
import { kafkaE2eLatencySummary } from './kafka-e2e-latency-summary';
import { natsBenchSummary } from './nats-bench-summary';
import { perfTestSummary } from './perf-test-summary';
import type { LoadSummary } from './results-document';
import { valkeyBenchmarkSummary } from './valkey-benchmark-summary';
import type { ServedMetric, SummaryFormat } from './run-plan';
import { vpaSummary } from './vpa-summary';

/** How the results step reads one summary format, and what its summaries count as served. */
export interface SummaryReader {
  /** The generator's summaries from its step's output (pod prefixes already removed). */
  read(text: string, generator: { readonly name: string; readonly tool: string }): LoadSummary[];
  /**
   * The figure that counts served work, unless the generator names its own.
   * @default - none: the generator must name it
   */
  readonly served?: ServedMetric;
}

/**
 * The text formats, by name. k6 is read by the results step itself: its runners each print a
 * summary that the step combines, with thresholds. A new tool adds its parser here.
 */
export const SUMMARY_READERS: Readonly<Record<Exclude<SummaryFormat, 'k6'>, SummaryReader>> = {
  'kafka-perf': { read: (text, g) => [kafkaProducerSummary(text, g), kafkaConsumerSummary(text, g)] },
  locust: { read: (text, g) => [locustSummary(text, g)], served: { unit: 'requests', metric: 'requests' } },
  pgbench: { read: (text, g) => [pgbenchSummary(text, g)], served: { unit: 'transactions', metric: 'transactions' } },
  'metrics-json': { read: (text, g) => [metricsJsonSummary(text, g)] },
  'kafka-producer': { read: (text, g) => [kafkaProducerSummary(text, g)] },
  vpa: { read: (text, g) => [vpaSummary(text, g)] },
  telemetrygen: { read: (text, g) => [telemetrygenSummary(text, g)], served: { unit: 'spans', metric: 'spans' } },
  'valkey-benchmark': { read: (text, g) => [valkeyBenchmarkSummary(text, g)], served: { unit: 'operations', metric: 'operations' } },
  // Its messages are not the variant's served work: it measures latency beside another tool's load.
  'kafka-e2e-latency': { read: (text, g) => [kafkaE2eLatencySummary(text, g)] },
  'perf-test': { read: (text, g) => [perfTestSummary(text, g)], served: { unit: 'messages', metric: 'messages' } },
  'nats-bench': { read: (text, g) => [natsBenchSummary(text, g)], served: { unit: 'messages', metric: 'messages' } },
};
