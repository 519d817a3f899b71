import {
  isK6, isKafkaPerf, KafkaPerfLoadSummary, LatencyMs, LoadSummary, VariantResult,
} from '../../constructs/results/results-document';

/** The metrics compared, in table order. */
export const METRICS = ['throughput', 'p50', 'p95', 'p99', 'errorRate', 'cpuSeconds', 'peakMemory', 'costPerUnit'] as const;
export type Metric = (typeof METRICS)[number];

/** One variant of one run, reduced to the compared metrics (undefined: not measured). */
export type Figures = Readonly<Record<Metric, number | undefined>>;

const MIB = 2 ** 20;

/**
 * A variant's figures. Several generators of one variant ran together: their throughputs add
 * up, the error rate is weighted by requests, and a latency percentile is the highest of theirs
 * (percentiles of separate runs cannot be merged exactly; the highest is the one a user met).
 * Kafka throughput counts producers' records (consumers read the same ones) unless there is none.
 */
export function variantFigures(variant: VariantResult): Figures {
  const k6 = variant.loadGenerators.filter(isK6);
  const kafka = variant.loadGenerators.filter(isKafkaPerf);
  const producers = kafka.filter((g) => g.role === 'producer');
  const counted: readonly (LoadSummary & { latencyMs?: LatencyMs })[] = k6.length > 0 ? k6 : producers.length > 0 ? producers : kafka;
  const requests = k6.reduce((sum, g) => sum + g.requests, 0);
  return {
    throughput: counted.length > 0
      ? counted.reduce((sum, g) => sum + (isK6(g) ? g.requestsPerSecond : (g as KafkaPerfLoadSummary).recordsPerSecond), 0)
      : undefined,
    p50: highest(counted, 'p50'),
    p95: highest(counted, 'p95'),
    p99: highest(counted, 'p99'),
    errorRate: k6.length > 0 && requests > 0 ? k6.reduce((sum, g) => sum + g.errorRate * g.requests, 0) / requests : undefined,
    cpuSeconds: variant.usage.cpuSeconds,
    peakMemory: variant.usage.peakMemoryBytes / MIB,
    costPerUnit: variant.cost.per.value ?? undefined,
  };
}

function highest(generators: readonly { latencyMs?: LatencyMs }[], key: 'p50' | 'p95' | 'p99'): number | undefined {
  const values = generators.map((g) => g.latencyMs?.[key]).filter((v): v is number => v !== undefined);
  return values.length > 0 ? Math.max(...values) : undefined;
}
