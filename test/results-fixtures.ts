// Raw inputs of mesh-overhead runs, as a workflow's last step would collect them, and the
// results documents built from them. Every figure is chosen here; tests compute what to expect
// from these inputs, never from the code under test.
import { PRICE_SHEETS } from '../hub/prices';
import { k6Summary, resultsDocument, ResultsDocument, usageFromPrometheus } from '../constructs/results';

/** The raw figures of one variant in one run. */
export interface VariantFixture {
  readonly name: 'plain' | 'meshed';
  readonly requests: number;
  readonly rate: number;
  readonly med: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly errorRate: number;
  /** CPU-seconds of the target's and of the load generator's namespace. */
  readonly cpu: readonly [number, number];
  /** Peak working-set bytes of the same two namespaces. */
  readonly memory: readonly [number, number];
  readonly startedAt: string;
  readonly endedAt: string;
}

export const MIB = 2 ** 20;

export const RUNS: Record<string, readonly VariantFixture[]> = {
  'mesh-overhead-a1b2c': [
    { name: 'plain', requests: 15000, rate: 250, med: 4, p90: 8, p95: 10, p99: 20, errorRate: 0.002,
      cpu: [30, 12], memory: [64 * MIB, 32 * MIB], startedAt: '2025-06-01T10:01:00Z', endedAt: '2025-06-01T10:02:00Z' },
    { name: 'meshed', requests: 13800, rate: 230, med: 5, p90: 11, p95: 14, p99: 30, errorRate: 0.004,
      cpu: [45, 15], memory: [160 * MIB, 96 * MIB], startedAt: '2025-06-01T10:03:00Z', endedAt: '2025-06-01T10:04:00Z' },
  ],
  'mesh-overhead-d3e4f': [
    { name: 'plain', requests: 15600, rate: 260, med: 4, p90: 7, p95: 9, p99: 18, errorRate: 0,
      cpu: [28, 11], memory: [60 * MIB, 30 * MIB], startedAt: '2025-06-02T10:01:00Z', endedAt: '2025-06-02T10:02:00Z' },
    { name: 'meshed', requests: 14400, rate: 240, med: 6, p90: 12, p95: 15, p99: 33, errorRate: 0.001,
      cpu: [48, 16], memory: [170 * MIB, 100 * MIB], startedAt: '2025-06-02T10:03:00Z', endedAt: '2025-06-02T10:04:00Z' },
  ],
};

/** The namespaces of a variant: its target's and (for the meshed one) the meshed namespace. */
export function namespacesOf(variant: VariantFixture['name']): [string, string] {
  return variant === 'plain' ? ['mesh-overhead', 'mesh-overhead-load'] : ['mesh-overhead-meshed', 'mesh-overhead-meshed-load'];
}

/** k6's handleSummary data for a variant, shaped as k6 hands it over (values maps, thresholds with ok). */
export function k6Data(v: VariantFixture, p95LimitMs = 500): Record<string, unknown> {
  const trend = (scale: number) => ({ avg: v.med * scale * 1.5, min: 1, med: v.med * scale, 'p(90)': v.p90 * scale, 'p(95)': v.p95 * scale, 'p(99)': v.p99 * scale, max: v.p99 * scale * 2 });
  return {
    state: { testRunDurationMs: 60_000 },
    metrics: {
      http_reqs: { type: 'counter', contains: 'default', values: { count: v.requests, rate: v.rate } },
      http_req_duration: {
        type: 'trend', contains: 'time', values: trend(1),
        thresholds: { [`p(95)<${p95LimitMs}`]: { ok: v.p95 < p95LimitMs } },
      },
      errors: { type: 'rate', contains: 'default', values: { rate: v.errorRate, passes: 1, fails: 2 }, thresholds: { 'rate<0.1': { ok: v.errorRate < 0.1 } } },
      http_req_failed: { type: 'rate', contains: 'default', values: { rate: 0, passes: 0, fails: v.requests } },
      'http_req_duration{request:root}': { type: 'trend', contains: 'time', values: trend(1.1) },
      'http_reqs{request:root}': { type: 'counter', contains: 'default', values: { count: Math.round(v.requests * 0.7), rate: v.rate * 0.7 } },
      root_latency: { type: 'trend', contains: 'time', values: trend(3) },
      health_latency: { type: 'trend', contains: 'time', values: trend(0.5) },
      vus: { type: 'gauge', contains: 'default', values: { value: 10, min: 10, max: 10 } },
    },
  };
}

/** Prometheus instant-query responses for a variant's two namespaces. */
export function prometheus(v: VariantFixture): { cpu: unknown; memory: unknown } {
  const vector = (values: readonly [number, number]) => ({
    status: 'success',
    data: { resultType: 'vector', result: namespacesOf(v.name).map((namespace, i) => ({ metric: { namespace }, value: [1748772240, String(values[i])] })) },
  });
  return { cpu: vector(v.cpu), memory: vector(v.memory) };
}

/** A mesh-overhead results document for one run of {@link RUNS}. */
export function meshOverheadDocument(run: string, environment = 'kind'): ResultsDocument {
  const variants = RUNS[run];
  return resultsDocument({
    experiment: 'mesh-overhead',
    run,
    environment,
    revision: '3ae46cf039d9a1b2c3d4e5f60718293a4b5c6d7e',
    startedAt: variants[0].startedAt.replace(':01:00Z', ':00:00Z'),
    endedAt: variants[variants.length - 1].endedAt,
    parameters: { users: 10, duration: '60s', 'p95-ms': 500, 'error-rate': 0.1 },
    variants: variants.map((v) => {
      const reading = k6Summary(k6Data(v), { name: `load-${v.name}` });
      const window = { namespaces: namespacesOf(v.name), startedAt: v.startedAt, endedAt: v.endedAt };
      return {
        name: v.name,
        startedAt: v.startedAt,
        endedAt: v.endedAt,
        loadGenerators: [reading.summary],
        thresholds: reading.thresholds,
        usage: usageFromPrometheus(prometheus(v), window),
        prices: PRICE_SHEETS.kind,
      };
    }),
  });
}
