import { ValidationError } from '../core/errors';
import { finiteAtLeast, isRecord, labelName, utcTimestamp } from './checks';
import type { NamespaceUsage, Usage } from './results-document';

/** The window and namespaces whose usage a variant reports. */
export interface UsageWindow {
  /** The variant's namespaces (its target's and its load generators'). */
  readonly namespaces: readonly string[];
  /** UTC, RFC 3339. */
  readonly startedAt: string;
  readonly endedAt: string;
}

/** The PromQL instant queries for a window and the time to evaluate them at. */
export interface UsageQueries {
  /** CPU-seconds per namespace over the window. */
  readonly cpu: string;
  /** Peak working-set bytes per namespace over the window. */
  readonly memory: string;
  /** Evaluate both at this time (`time=` of /api/v1/query): the window's end, in Unix seconds. */
  readonly time: number;
}

/** Resolution of the memory subquery; matches the usual 15 s scrape interval. */
const MEMORY_STEP = '15s';

/**
 * The queries for a window. They read cAdvisor's container metrics that kube-prometheus-stack
 * scrapes from every kubelet: `container_cpu_usage_seconds_total` (a counter of CPU-seconds) and
 * `container_memory_working_set_bytes` (what the kubelet evicts on). `container!=""` drops the
 * pod-level cgroup series, which would count every container twice.
 */
export function usageQueries(window: UsageWindow): UsageQueries {
  const { namespaces, seconds, end } = checkWindow(window);
  const selector = `namespace=~"${namespaces.join('|')}",container!=""`;
  const range = `${seconds}s`;
  return {
    cpu: `sum by (namespace) (increase(container_cpu_usage_seconds_total{${selector}}[${range}]))`,
    memory: `max_over_time(sum by (namespace) (container_memory_working_set_bytes{${selector}})[${range}:${MEMORY_STEP}])`,
    time: end / 1000,
  };
}

/**
 * Usage from the two queries' responses, as Prometheus' HTTP API returns them
 * (`{ status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace }, value: [t, "v"] }] } }`).
 * A namespace without a series used nothing measurable and counts as zero.
 */
export function usageFromPrometheus(responses: { readonly cpu: unknown; readonly memory: unknown }, window: UsageWindow): Usage {
  const { namespaces } = checkWindow(window);
  const cpu = vectorByNamespace('cpu', responses.cpu);
  const memory = vectorByNamespace('memory', responses.memory);
  const perNamespace: NamespaceUsage[] = namespaces.map((namespace) => ({
    namespace,
    cpuSeconds: cpu.get(namespace) ?? 0,
    peakMemoryBytes: Math.round(memory.get(namespace) ?? 0),
  }));
  return {
    namespaces: perNamespace,
    cpuSeconds: perNamespace.reduce((sum, n) => sum + n.cpuSeconds, 0),
    peakMemoryBytes: perNamespace.reduce((sum, n) => sum + n.peakMemoryBytes, 0),
  };
}

function checkWindow(window: UsageWindow): { namespaces: string[]; seconds: number; end: number } {
  const where = 'usage window';
  if (!Array.isArray(window.namespaces) || window.namespaces.length === 0) {
    throw new ValidationError(where, 'namespaces', window.namespaces, 'must name at least one namespace');
  }
  const namespaces = window.namespaces.map((n, i) => labelName(where, `namespaces[${i}]`, n));
  const start = utcTimestamp(where, 'startedAt', window.startedAt);
  const end = utcTimestamp(where, 'endedAt', window.endedAt);
  if (end - start < 1000) throw new ValidationError(where, 'endedAt', window.endedAt, `must be at least 1 s after startedAt ${window.startedAt}`);
  return { namespaces, seconds: Math.ceil((end - start) / 1000), end };
}

function vectorByNamespace(query: string, response: unknown): Map<string, number> {
  const where = `prometheus ${query} response`;
  const data = isRecord(response) && response.status === 'success' && isRecord(response.data) ? response.data : undefined;
  if (!data || data.resultType !== 'vector' || !Array.isArray(data.result)) {
    throw new ValidationError(where, 'data', isRecord(response) ? response.status ?? response.data : response,
      'must be a successful instant-query response with resultType "vector"');
  }
  const values = new Map<string, number>();
  data.result.forEach((sample: unknown, i: number) => {
    const namespace = isRecord(sample) && isRecord(sample.metric) ? sample.metric.namespace : undefined;
    const raw = isRecord(sample) && Array.isArray(sample.value) ? sample.value[1] : undefined;
    if (typeof namespace !== 'string') throw new ValidationError(where, `data.result[${i}].metric.namespace`, namespace, 'must be set (the queries sum by namespace)');
    values.set(namespace, finiteAtLeast(where, `data.result[${i}].value`, typeof raw === 'string' ? Number(raw) : raw));
  });
  return values;
}
