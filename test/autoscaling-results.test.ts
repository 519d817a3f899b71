// The results step of autoscaling-kafka-lag as dist/ ships it, run with node against a stand-in
// Kubernetes API and Prometheus: the producer's log, the VPA object and the scaling measurements
// of each variant must land in a document that satisfies the results schema.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../constructs/results';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { DIST } from './support/lab';

const run = promisify(execFile);
const EXPERIMENT = 'autoscaling-kafka-lag';
const RUN = 'autoscaling-kafka-lag-q7w8e';

/** What the stand-in Prometheus answers: usage per namespace, and each measurement by its query's shape. */
const CPU_SECONDS: Record<string, number> = { 'autoscaling-kafka-lag-fixed': 120, 'autoscaling-kafka-lag-keda-lag': 70 };
function measurementValue(query: string): string | undefined {
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

let server: http.Server;
let base = '';
let workflow: unknown;
const queries: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    const send = (body: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argo-workflows/workflows/')) return send(workflow);
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/')) {
      return send({ metadata: { name: path.basename(url.pathname) }, status: { sync: { status: 'Synced', revision: 'a'.repeat(40) } } });
    }
    const query = url.searchParams.get('query') ?? '';
    queries.push(query);
    const usage = /namespace=~"([^"]+)"/.exec(query);
    if (usage) {
      const memory = query.includes('container_cpu_usage_seconds_total') ? undefined : String(512 * 2 ** 20);
      return send({ status: 'success', data: { resultType: 'vector', result: usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, memory ?? String(CPU_SECONDS[namespace])] })) } });
    }
    const value = measurementValue(query);
    return send({ status: 'success', data: { resultType: 'vector', result: value === undefined ? [] : [{ metric: {}, value: [0, value] }] } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
    workflow = {
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
    const read = (file: string) => yaml.load(fs.readFileSync(path.join(DIST, file), 'utf8')) as any;
    const step = read(`experiments/${EXPERIMENT}/workflow/configmap-${EXPERIMENT}-results.yaml`);
    const settings = read('hub/talos/argo-artifacts/configmap-experiment-run-settings.yaml');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autoscaling-results-'));
    for (const [file, text] of Object.entries(step.data as Record<string, string>)) fs.writeFileSync(path.join(dir, file), text);
    const { stdout } = await run(process.execPath, [path.join(dir, 'collect.js')], {
      env: {
        PATH: process.env.PATH, LAB_KUBE_API: base, LAB_PROMETHEUS_URL: `${base}/prom`,
        LAB_ENVIRONMENT: settings.data.environment, LAB_PRICES: settings.data['prices.json'],
        WORKFLOW_NAME: RUN, WORKFLOW_NAMESPACE: 'argo-workflows', LAB_RESULTS_FILE: path.join(dir, 'out', 'results.json'), LAB_NOW: '2025-06-01T10:10:00Z',
      },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const doc = JSON.parse(stdout) as ResultsDocument;
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
    });
    expect(fixed.measurements.timeToFirstScaleOutSeconds).toEqual({ unit: 'seconds', value: null });
    expect(fixed.measurements.podSecondsVsFixed).toEqual({ unit: 'ratio', value: 1 });
    // `$window` became the variant's 180 s.
    expect(queries.filter((q) => q.includes('kube_deployment_status_replicas')).every((q) => !q.includes('$window'))).toBe(true);
    expect(queries.some((q) => q.includes('[180s:5s]'))).toBe(true);
  });
});
