// The results step of autoscaling-kafka-lag as dist/ ships it, run with node against a stand-in
// Kubernetes API and Prometheus: the producer's log, the VPA object and the scaling measurements
// of each variant must land in a document that satisfies the results schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { ResultsStepStandIn, startResultsStepStandIn, vector } from './support/results-step';

const EXPERIMENT = 'autoscaling-kafka-lag';
const RUN = 'autoscaling-kafka-lag-q7w8e';

/** What the stand-in Prometheus answers: usage per namespace, and each measurement by its query's shape. */
const CPU_SECONDS: Record<string, number> = { 'autoscaling-kafka-lag-fixed': 120, 'autoscaling-kafka-lag-keda-lag': 70 };
function measurementValue(query: string): string | undefined {
  if (query.includes('kafka_consumergroup_lag_sum')) {
    // The Kafka Exporter's series live in the cluster's namespace; the group tells the variant.
    if (!query.includes('namespace="autoscaling-kafka-lag"')) return undefined;
    const group = query.includes('consumergroup="consumer-fixed"') ? 'fixed' : query.includes('consumergroup="consumer-keda-lag"') ? 'keda' : undefined;
    if (group === undefined) return undefined;
    if (query.startsWith('max_over_time(')) return group === 'fixed' ? '150' : '2400';
    return group === 'fixed' ? '0' : '35';
  }
  const fixed = query.includes('namespace="autoscaling-kafka-lag-fixed"');
  if (query.startsWith('min_over_time((timestamp(')) return fixed ? undefined : '15';
  if (query.startsWith('(max_over_time(')) return fixed ? '0' : '95';
  if (query.startsWith('sum_over_time(') && query.endsWith('* 5')) return fixed ? '1440' : '900';
  if (query.startsWith('sum_over_time(')) return fixed ? '1' : '0.625';
  if (query.includes(') - max(')) return fixed ? '0' : '2';
  if (query.startsWith('max_over_time(')) return '6';
  if (query.startsWith('max(')) return fixed ? '6' : '4';
  return undefined;
}

let standIn: ResultsStepStandIn;

beforeAll(async () => {
  standIn = await startResultsStepStandIn('a'.repeat(40), (query) => {
    const usage = /namespace=~"([^"]+)"/.exec(query);
    if (usage) {
      const memory = query.includes('container_cpu_usage_seconds_total') ? undefined : String(512 * 2 ** 20);
      return vector(usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, memory ?? String(CPU_SECONDS[namespace])] })));
    }
    const value = measurementValue(query);
    return vector(value === undefined ? [] : [{ metric: {}, value: [0, value] }]);
  });
});

afterAll(() => standIn.close());

const producerLog = (records: number) =>
  `${records} records sent, 199.9 records/sec (0.02 MB/sec), 3.10 ms avg latency, 210.00 ms max latency, 2 ms 50th, 6 ms 95th, 20 ms 99th, 150 ms 99.9th.`;
const vpaObject = (cpu: string, memory: string) => JSON.stringify({
  apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', metadata: { name: 'x' },
  status: { recommendation: { containerRecommendations: [{ containerName: 'consumer', target: { cpu, memory } }] } },
}, null, 2);

describe('the results step of autoscaling-kafka-lag', () => {
  it('writes each variant\'s producer summary, VPA recommendation and scaling figures', async () => {
    const node = (template: string, startedAt: string, finishedAt: string, result?: string) => ({ template, startedAt, finishedAt, result });
    const nodes = [
      node('producer-fixed-producer', '2025-06-01T10:01:00Z', '2025-06-01T10:04:00Z'),
      node('report-fixed-vpa', '2025-06-01T10:01:00Z', '2025-06-01T10:01:02Z'),
      node('producer-keda-lag-producer', '2025-06-01T10:05:00Z', '2025-06-01T10:08:00Z'),
      node('report-keda-lag-vpa', '2025-06-01T10:05:00Z', '2025-06-01T10:05:02Z'),
      node('producer-fixed-summary', '2025-06-01T10:09:00Z', '2025-06-01T10:09:01Z', producerLog(36000)),
      node('report-fixed-summary', '2025-06-01T10:09:00Z', '2025-06-01T10:09:01Z', vpaObject('120m', '300Mi')),
      node('producer-keda-lag-summary', '2025-06-01T10:09:00Z', '2025-06-01T10:09:01Z', producerLog(36000)),
      node('report-keda-lag-summary', '2025-06-01T10:09:00Z', '2025-06-01T10:09:01Z', vpaObject('95m', '280Mi')),
    ];
    const workflow = {
      metadata: { name: RUN, namespace: 'argo-workflows' },
      spec: { arguments: { parameters: [] } },
      status: {
        phase: 'Running', startedAt: '2025-06-01T10:00:00Z',
        nodes: Object.fromEntries(nodes.map((n, i) => [`${RUN}-${i}`, {
          id: `${RUN}-${i}`, templateName: n.template, phase: 'Succeeded', startedAt: n.startedAt, finishedAt: n.finishedAt,
          ...(n.result === undefined ? {} : { outputs: { result: n.result } }),
        }])),
      },
    };
    const { doc } = await standIn.run(EXPERIMENT, workflow, { environment: 'talos', now: '2025-06-01T10:10:00Z' });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const [fixed, keda] = doc.variants as any[];
    expect([fixed.name, keda.name]).toEqual(['fixed', 'keda-lag']);
    // The step's window: from the producer's start to its end (the report's run step is within it).
    expect([keda.startedAt, keda.endedAt]).toEqual(['2025-06-01T10:05:00Z', '2025-06-01T10:08:00Z']);
    expect(keda.loadGenerators).toEqual([
      { tool: 'kafka-perf', name: 'producer-keda-lag', role: 'producer', records: 36000, recordsPerSecond: 199.9, megabytesPerSecond: 0.02,
        latencyMs: { avg: 3.1, p50: 2, p95: 6, p99: 20, p999: 150, max: 210 } },
      { tool: 'vpa', name: 'report-keda-lag', metrics: { 'consumer.target.cpuCores': 0.095, 'consumer.target.memoryBytes': 280 * 2 ** 20 } },
    ]);
    // The report serves nothing: the cost is per million messages the producer sent.
    expect(keda.cost.per.unit).toBe('messages');
    expect(keda.measurements).toEqual({
      timeToFirstScaleOutSeconds: { unit: 'seconds', value: 15 },
      timeToSteadyStateSeconds: { unit: 'seconds', value: 95 },
      peakReplicas: { unit: 'count', value: 6 },
      finalReplicas: { unit: 'count', value: 4 },
      overshootReplicas: { unit: 'count', value: 2 },
      podSeconds: { unit: 'seconds', value: 900 },
      podSecondsVsFixed: { unit: 'ratio', value: 0.625 },
      peakConsumerLag: { unit: 'count', value: 2400 },
      finalConsumerLag: { unit: 'count', value: 35 },
    });
    expect(fixed.measurements.peakConsumerLag).toEqual({ unit: 'count', value: 150 });
    expect(fixed.measurements.timeToFirstScaleOutSeconds).toEqual({ unit: 'seconds', value: null });
    expect(fixed.measurements.podSecondsVsFixed).toEqual({ unit: 'ratio', value: 1 });
    // `$window` became the variant's 180 s.
    expect(standIn.queries.filter((q) => q.includes('kube_deployment_status_replicas')).every((q) => !q.includes('$window'))).toBe(true);
    expect(standIn.queries.some((q) => q.includes('[180s:5s]'))).toBe(true);
  });
});
