// Building a run's results document from raw inputs: one function per input kind, then
// `resultsDocument` to assemble them. Nothing here needs a package outside the project's core.
export { k6Summary } from './k6-summary';
export type { K6Reading, K6SummaryOptions } from './k6-summary';
export { kafkaConsumerSummary, kafkaProducerSummary } from './kafka-perf-summary';
export { pgbenchSummary } from './pgbench-summary';
export { valkeyBenchmarkSummary } from './valkey-benchmark-summary';
export { usageFromPrometheus, usageQueries } from './prometheus-usage';
export type { UsageQueries, UsageWindow } from './prometheus-usage';
export { priceUsage } from './price-usage';
export type { ServedWork, UsagePrices } from './price-usage';
export { resultsDocument } from './results-builder';
export type { RunInput, VariantInput } from './results-builder';
export * from './results-document';
