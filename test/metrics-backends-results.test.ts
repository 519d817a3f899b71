// The results step shipped in dist/ for metrics-backends, run against a stand-in API server and
// Prometheus: each variant's document part holds the exporter's figures, the query load's k6
// summary and the store's ingestion measurements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResultsDocument } from '../constructs/results/validate-results';
import type { ResultsDocument } from '../constructs/results';
import { ResultsStepStandIn, startResultsStepStandIn, vector } from './support/results-step';

const MIB = 2 ** 20;

/** What the stand-in Prometheus answers, by a fragment of the query; usage queries by namespace. */
const ANSWERS: ReadonlyArray<readonly [string, number]> = [
  ['container_cpu_usage_seconds_total{namespace="monitoring"', 0.4],
  ['container_cpu_usage_seconds_total{namespace="victoria-metrics"', 0.15],
  ['container_memory_working_set_bytes{namespace="monitoring"', 900 * MIB],
  ['container_memory_working_set_bytes{namespace="victoria-metrics"', 300 * MIB],
  ['deriv((sum(prometheus_tsdb_head_chunks', 4000],
  ['deriv((sum(vm_data_size_bytes', 900],
  ['sum(prometheus_tsdb_head_chunks_storage_size_bytes', 64 * MIB],
  ['sum(vm_data_size_bytes', 12 * MIB],
  ['prometheus_tsdb_head_samples_appended_total', 2500],
  ['vm_rows_added_to_storage_total', 2400],
  ['prometheus_tsdb_head_series', 30_000],
];
const NAMESPACE_USAGE = { cpu: 120, memory: 200 * MIB };

let standIn: ResultsStepStandIn;

beforeAll(async () => {
  standIn = await startResultsStepStandIn('abc123', (query) => {
    // The variant's usage, asked per namespace of the experiment.
    const usage = /namespace=~"([^"]+)"/.exec(query);
    if (usage) {
      const value = query.includes('container_cpu_usage_seconds_total') ? NAMESPACE_USAGE.cpu : NAMESPACE_USAGE.memory;
      return vector(usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, String(value)] })));
    }
    const answer = ANSWERS.find(([fragment]) => query.includes(fragment));
    // VictoriaMetrics' series count is left unanswered: the document says null.
    return vector(answer ? [{ metric: {}, value: [0, String(answer[1])] }] : []);
  });
});

afterAll(() => standIn.close());

async function resultsStep(workflow: { metadata: { name: string } }): Promise<ResultsDocument> {
  return (await standIn.run('metrics-backends', workflow, { environment: 'kind', now: '2025-06-01T10:20:00Z' })).doc;
}

/** k6's end-of-test data of a query load: queries asked and their latency. */
function k6Log(queries: number, p95: number): string {
  const trend = { avg: p95 / 2, min: 1, med: p95 / 3, 'p(90)': p95 * 0.8, 'p(95)': p95, 'p(99)': p95 * 1.5, max: p95 * 2 };
  const metrics = {
    http_reqs: { type: 'counter', contains: 'default', values: { count: queries, rate: queries / 300 } },
    http_req_duration: { type: 'trend', contains: 'time', values: trend, thresholds: { 'p(95)<2000': { ok: true } } },
    errors: { type: 'rate', contains: 'default', values: { rate: 0, passes: 0, fails: queries }, thresholds: { 'rate<0.05': { ok: true } } },
    http_req_failed: { type: 'rate', contains: 'default', values: { rate: 0, passes: 0, fails: queries } },
    all_series_count_latency: { type: 'trend', contains: 'time', values: { ...trend, 'p(95)': p95 * 3 } },
  };
  return `[pod/x/k6] summary json: ${JSON.stringify({ metrics })}\n`;
}

const exporterLog = 'metrics json: {"series": 10000, "metrics": 10, "seriesPerMetric": 1000, "seriesIntervalSeconds": 0, "seconds": 360, '
  + '"retentionDays": 15, "projectedDiskBytes": 5184000000}\n';

function workflow(name: string) {
  const node = (template: string, startedAt: string, finishedAt: string, result?: string) => ({
    id: `${name}-${template}`, templateName: template, phase: 'Succeeded', startedAt, finishedAt, ...(result ? { outputs: { result } } : {}),
  });
  const nodes = [
    // The exporter's run is its Job and then the projection step: a steps template of its name.
    node('series-prometheus', '2025-06-01T10:01:00Z', '2025-06-01T10:07:00Z'),
    node('query-prometheus-run', '2025-06-01T10:01:00Z', '2025-06-01T10:06:00Z'),
    node('series-victoriametrics', '2025-06-01T10:07:00Z', '2025-06-01T10:13:00Z'),
    node('query-victoriametrics-run', '2025-06-01T10:07:00Z', '2025-06-01T10:12:00Z'),
    node('series-prometheus-summary', '2025-06-01T10:14:00Z', '2025-06-01T10:14:01Z', exporterLog),
    node('query-prometheus-summary', '2025-06-01T10:14:00Z', '2025-06-01T10:14:01Z', k6Log(1500, 80)),
    node('series-victoriametrics-summary', '2025-06-01T10:14:00Z', '2025-06-01T10:14:01Z', exporterLog),
    node('query-victoriametrics-summary', '2025-06-01T10:14:00Z', '2025-06-01T10:14:01Z', k6Log(1500, 40)),
  ];
  return {
    metadata: { name, namespace: 'argo-workflows' },
    spec: { arguments: { parameters: [{ name: 'series-prometheus-series-per-metric', value: '1000' }] } },
    status: {
      phase: 'Running', startedAt: '2025-06-01T10:00:00Z',
      storedWorkflowTemplateSpec: { arguments: { parameters: [{ name: 'users', value: '5' }, { name: 'duration', value: '5m' }] } },
      nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    },
  };
}

describe('metrics-backends\' results document', () => {
  it('holds per store the exporter\'s load, the queries\' latency and the store\'s ingestion, valid against the schema', async () => {
    const doc = await resultsStep(workflow('metrics-backends-a1b2c'));
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.variants.map((v) => v.name)).toEqual(['prometheus', 'victoriametrics']);
    const [prometheus, vm] = doc.variants;
    // The variant's window spans its exporter and its query load.
    expect(prometheus).toMatchObject({ startedAt: '2025-06-01T10:01:00Z', endedAt: '2025-06-01T10:07:00Z', outcome: 'passed' });
    expect(prometheus.loadGenerators[0]).toEqual({
      tool: 'avalanche', name: 'series-prometheus',
      metrics: { series: 10000, metrics: 10, seriesPerMetric: 1000, seriesIntervalSeconds: 0, seconds: 360, retentionDays: 15, projectedDiskBytes: 5184000000 },
    });
    expect(prometheus.loadGenerators[1]).toMatchObject({ tool: 'k6', name: 'query-prometheus', requests: 1500, latencyMs: { p95: 80 } });
    expect(vm.loadGenerators[1]).toMatchObject({ latencyMs: { p95: 40 } });
    expect(prometheus.measurements).toEqual({
      ingestionCpuCores: { unit: 'cores', value: 0.4 },
      ingestionPeakMemory: { unit: 'bytes', value: 900 * MIB },
      diskBytes: { unit: 'bytes', value: 64 * MIB },
      diskGrowth: { unit: 'bytes-per-second', value: 4000 },
      samplesIngested: { unit: 'per-second', value: 2500 },
      activeSeries: { unit: 'count', value: 30_000 },
    });
    expect(vm.measurements).toMatchObject({
      ingestionCpuCores: { value: 0.15 }, ingestionPeakMemory: { value: 300 * MIB }, diskBytes: { value: 12 * MIB },
      diskGrowth: { value: 900 }, samplesIngested: { value: 2400 }, activeSeries: { unit: 'count', value: null },
    });
    // Only the experiment's own namespace is charged; the query is the served unit.
    expect(prometheus.usage.namespaces).toEqual([{ namespace: 'metrics-backends', cpuSeconds: 120, peakMemoryBytes: 200 * MIB }]);
    expect(prometheus.cost.per).toMatchObject({ unit: 'requests', quantity: 1e6 });
    // Measurements are asked over the variant's own six minutes.
    expect(standIn.queries.filter((q) => q.includes('vm_rows_added_to_storage_total'))).toEqual([
      'sum(rate(vm_rows_added_to_storage_total{job="victoria-metrics"}[360s]))',
    ]);
  });
});
