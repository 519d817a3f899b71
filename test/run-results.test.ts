// The results step as the synthesized workflows ship it: its bundled program and plan are taken out
// of dist/ and run with node against a stand-in Kubernetes API and Prometheus; the document it
// prints must satisfy the results schema and carry the figures the fixtures put in.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResultsDocument } from '../constructs/results/validate-results';
import type { ResultsDocument } from '../constructs/results';
import { ROOT } from './support/lab';
import { readDist, ResultsStepStandIn, startResultsStepStandIn, vector } from './support/results-step';
import { k6Data, RUNS } from './results-fixtures';

const GIB = 2 ** 30;
const NOW = '2025-06-01T10:06:00Z';
const REVISION = '3ae46cf039d9a1b2c3d4e5f60718293a4b5c6d7e';

/** CPU-seconds and peak bytes the stand-in Prometheus reports per namespace. */
const USAGE: Record<string, { cpu: number; memory: number }> = {
  'mesh-overhead': { cpu: 42, memory: 96 * 2 ** 20 },
  'mesh-overhead-meshed': { cpu: 60, memory: 256 * 2 ** 20 },
  'kafka-throughput': { cpu: 900, memory: 3 * GIB },
  'http-baseline': { cpu: 30, memory: 64 * 2 ** 20 },
  'postgres-pgbench': { cpu: 240, memory: GIB },
};

let standIn: ResultsStepStandIn;

beforeAll(async () => {
  standIn = await startResultsStepStandIn(REVISION, (query) => {
    const usage = /namespace=~"([^"]+)"/.exec(query);
    // A generator's own measurement (not the namespaces' usage): no sample, so the document holds null.
    if (!usage) return vector([]);
    const field = query.includes('container_cpu_usage_seconds_total') ? 'cpu' : 'memory';
    return vector(usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, String(USAGE[namespace][field])] })));
  });
});

afterAll(() => standIn.close());

/** Runs the experiment's results step from dist/ on the hub `environment`'s settings. */
async function resultsStep(experiment: string, workflow: unknown, environment = 'kind'): Promise<{ doc: ResultsDocument; stdout: string }> {
  const { doc, stdout, written } = await standIn.run(experiment, workflow as { metadata: { name: string } }, { environment, now: NOW });
  expect(written).toBe(stdout);
  return { doc, stdout };
}

/** A finished Workflow object whose nodes carry the given runs and summary outputs. */
function workflowObject(name: string, nodes: Array<{ template: string; startedAt: string; finishedAt: string; phase?: string; result?: string }>) {
  return {
    metadata: { name, namespace: 'argo-workflows' },
    spec: { arguments: { parameters: [{ name: 'users', value: '20' }] } },
    status: {
      phase: 'Running',
      startedAt: '2025-06-01T10:00:00Z',
      storedWorkflowTemplateSpec: { arguments: { parameters: [{ name: 'users', value: '10' }, { name: 'duration', value: '60s' }] } },
      nodes: Object.fromEntries(nodes.map((n, i) => [`${name}-${i}`, {
        id: `${name}-${i}`, templateName: n.template, phase: n.phase ?? 'Succeeded', startedAt: n.startedAt, finishedAt: n.finishedAt,
        ...(n.result === undefined ? {} : { outputs: { result: n.result } }),
      }])),
    },
  };
}

const prices = () => JSON.parse(readDist('hub/kind/argo-artifacts/configmap-experiment-run-settings.yaml').data['prices.json']);

/** The cost the document should state: CPU-seconds and peak memory over the window, at the sheet's prices. */
function expectedCost(namespaces: string[], seconds: number): number {
  const p = prices();
  const cpu = namespaces.reduce((s, n) => s + USAGE[n].cpu, 0);
  const memory = namespaces.reduce((s, n) => s + USAGE[n].memory, 0);
  return (cpu / 3600) * p.vcpuHour + (memory / GIB) * (seconds / 3600) * p.gibHour;
}

describe('the results step shipped in dist/', () => {
  it('writes mesh-overhead\'s document with both variants, each with its own window, usage, cost and verdict', async () => {
    const [plain, meshed] = RUNS['mesh-overhead-a1b2c'];
    const logLine = (v: typeof plain, p95Limit = 500) => `[pod/mesh-overhead-a1b2c-load-${v.name}-1-x/k6] summary json: ${JSON.stringify({ metrics: k6Data(v, p95Limit).metrics })}`;
    const workflow = workflowObject('mesh-overhead-a1b2c', [
      { template: 'load-plain-run', startedAt: plain.startedAt, finishedAt: plain.endedAt },
      { template: 'load-meshed-run', startedAt: meshed.startedAt, finishedAt: meshed.endedAt },
      { template: 'load-plain-summary', startedAt: '2025-06-01T10:05:00Z', finishedAt: '2025-06-01T10:05:02Z', result: `some k6 output\n${logLine(plain)}\n` },
      // The meshed load crossed a p95 limit of 12 ms: its threshold failed.
      { template: 'load-meshed-summary', startedAt: '2025-06-01T10:05:00Z', finishedAt: '2025-06-01T10:05:02Z', result: logLine(meshed, 12) },
    ]);
    const { doc } = await resultsStep('mesh-overhead', workflow);
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc).toMatchObject({
      schemaVersion: 2, experiment: 'mesh-overhead', run: 'mesh-overhead-a1b2c', environment: 'kind', revision: REVISION,
      startedAt: '2025-06-01T10:00:00Z', endedAt: NOW, outcome: 'failed',
      // Submitted values override the template's defaults; numbers stay numbers.
      parameters: { users: 20, duration: '60s' },
    });
    expect(doc.variants.map((v) => v.name)).toEqual(['plain', 'meshed']);
    const [p, m] = doc.variants;
    expect(p).toMatchObject({ startedAt: plain.startedAt, endedAt: plain.endedAt, outcome: 'passed' });
    expect(m.outcome).toBe('failed');
    expect(p.loadGenerators[0]).toMatchObject({ tool: 'k6', name: 'load-plain', requests: plain.requests, requestsPerSecond: plain.rate, errorRate: plain.errorRate });
    expect((m.loadGenerators[0] as any).latencyMs).toMatchObject({ p50: meshed.med, p90: meshed.p90, p95: meshed.p95, p99: meshed.p99 });
    expect(p.usage).toEqual({ namespaces: [{ namespace: 'mesh-overhead', cpuSeconds: 42, peakMemoryBytes: 96 * 2 ** 20 }], cpuSeconds: 42, peakMemoryBytes: 96 * 2 ** 20 });
    expect(m.cost.total).toBeCloseTo(expectedCost(['mesh-overhead-meshed'], 60), 12);
    expect(m.cost.per.value).toBeCloseTo(expectedCost(['mesh-overhead-meshed'], 60) / meshed.requests * 1e6, 9);
    expect(m.cost).toMatchObject({ currency: 'EUR', priceSheet: 'kind', per: { unit: 'requests', quantity: 1e6 } });
    // Each variant's usage is asked for over its own window, evaluated at its end.
    expect(standIn.queries).toHaveLength(4);
    expect(standIn.queries[0]).toContain('[60s]');
  });

  it('writes kafka-throughput\'s document from the producer\'s and consumer\'s logs, priced per million messages', async () => {
    const producer = '[pod/k-perf-producer-a/producer] 1000000 records sent, 45000.5 records/sec (43.95 MB/sec), 12.50 ms avg latency, 310.00 ms max latency, 9 ms 50th, 30 ms 95th, 80 ms 99th, 250 ms 99.9th.';
    const consumer = [
      '[pod/k-perf-consumer-b/consumer] start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec',
      '[pod/k-perf-consumer-b/consumer] 2025-06-01 10:02:00:000, 2025-06-01 10:02:20:000, 976.5625, 48.8281, 1000000, 50000.0000, 300, 19700, 49.5717, 50761.4213',
    ].join('\n');
    const workflow = workflowObject('kafka-throughput-x1y2z', [
      { template: 'kafka-perf', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:02:40Z' },
      { template: 'kafka-perf-summary', startedAt: '2025-06-01T10:03:00Z', finishedAt: '2025-06-01T10:03:01Z', result: `${producer}\n${consumer}\n` },
      { template: 'kafka-e2e-latency-run', startedAt: '2025-06-01T10:02:40Z', finishedAt: '2025-06-01T10:02:55Z' },
      { template: 'kafka-e2e-latency-summary', startedAt: '2025-06-01T10:03:00Z', finishedAt: '2025-06-01T10:03:01Z',
        result: '0\t25.4\nAvg latency: 2.5310 ms\nPercentiles: 50th = 2, 99th = 6, 99.9th = 14\nmessages sent: 10000\n' },
    ]);
    const { doc } = await resultsStep('kafka-throughput', workflow, 'talos');
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.environment).toBe('talos');
    const [variant] = doc.variants;
    // One variant, named after the experiment.
    expect(variant.name).toBe('kafka-throughput');
    expect(variant.loadGenerators).toEqual([
      { tool: 'kafka-perf', name: 'kafka-perf', role: 'producer', records: 1000000, recordsPerSecond: 45000.5, megabytesPerSecond: 43.95,
        latencyMs: { avg: 12.5, p50: 9, p95: 30, p99: 80, p999: 250, max: 310 } },
      { tool: 'kafka-perf', name: 'kafka-perf', role: 'consumer', records: 1000000, recordsPerSecond: 50000, megabytesPerSecond: 48.8281 },
      { tool: 'kafka-e2e-latency', name: 'kafka-e2e-latency', metrics: { messages: 10000, endToEndAvgMs: 2.531, endToEndP50Ms: 2, endToEndP99Ms: 6, endToEndP999Ms: 14 } },
    ]);
    // The producer's records are the work served; the latency probe's messages are not added.
    expect(variant.cost.per.unit).toBe('messages');
    expect(variant.measurements).toEqual({ brokerCpuCores: { unit: 'cores', value: null }, brokerPeakMemoryBytes: { unit: 'bytes', value: null } });
    expect(variant.outcome).toBe('passed');
  });

  it('writes postgres-pgbench\'s document from pgbench\'s logs, one variant direct and one pooled, a transaction counted as a request', async () => {
    const log = (tps: number, latency: number) => [
      'dropping old tables...', 'creating tables...', 'done in 3.10 s (drop tables 0.01 s, create tables 0.02 s, client-side generate 2.50 s, primary keys 0.57 s).',
      'pgbench (18.1 (Debian 18.1-1.pgdg13+2))', 'transaction type: <builtin: TPC-B (sort of)>', 'scaling factor: 10', 'query mode: simple',
      'number of clients: 20', 'number of threads: 2', 'maximum number of tries: 1', 'duration: 120 s',
      `number of transactions actually processed: ${tps * 120}`, 'number of failed transactions: 0 (0.000%)',
      `latency average = ${latency.toFixed(3)} ms`, 'average connection time = 2.000 ms', `tps = ${tps.toFixed(6)} (including reconnection times)`,
    ].join('\n');
    const workflow = workflowObject('postgres-pgbench-p1q2r', [
      { template: 'bench-direct-run', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:03:10Z' },
      { template: 'bench-pooled-run', startedAt: '2025-06-01T10:03:10Z', finishedAt: '2025-06-01T10:05:20Z' },
      { template: 'bench-direct-summary', startedAt: '2025-06-01T10:05:30Z', finishedAt: '2025-06-01T10:05:31Z', result: log(200, 100) },
      { template: 'bench-pooled-summary', startedAt: '2025-06-01T10:05:30Z', finishedAt: '2025-06-01T10:05:31Z', result: log(800, 25) },
    ]);
    const { doc } = await resultsStep('postgres-pgbench', workflow);
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.variants.map((v) => v.name)).toEqual(['direct', 'pooled']);
    const [direct, pooled] = doc.variants;
    expect(direct.loadGenerators).toEqual([{ tool: 'pgbench', name: 'bench-direct', metrics: {
      transactions: 24000, failedTransactions: 0, latencyAvgMs: 100, transactionsPerSecond: 200, clients: 20, scale: 10, errorRate: 0,
    } }]);
    expect(pooled.loadGenerators[0]).toMatchObject({ metrics: { transactions: 96000, transactionsPerSecond: 800 } });
    // Each variant's cost over its own 130 s window, per thousand transactions.
    expect(pooled.cost.per).toMatchObject({ unit: 'transactions', quantity: 1000 });
    expect(pooled.cost.per.value).toBeCloseTo(expectedCost(['postgres-pgbench'], 130) / 96000 * 1e3, 6);
  });

  it('reports a variant whose load did not finish as an error, and fails naming a summary it cannot read', async () => {
    const [plain] = RUNS['mesh-overhead-a1b2c'];
    const line = `summary json: ${JSON.stringify({ metrics: k6Data(plain).metrics })}`;
    const broken = workflowObject('http-baseline-e1', [
      { template: 'loadgen-run', startedAt: plain.startedAt, finishedAt: plain.endedAt, phase: 'Failed' },
      { template: 'loadgen-summary', startedAt: plain.endedAt, finishedAt: plain.endedAt, result: line },
    ]);
    const { doc } = await resultsStep('http-baseline', broken);
    expect(doc.variants[0].outcome).toBe('error');
    expect(doc.outcome).toBe('error');

    const unreadable = workflowObject('http-baseline-e2', [
      { template: 'loadgen-run', startedAt: plain.startedAt, finishedAt: plain.endedAt },
      { template: 'loadgen-summary', startedAt: plain.endedAt, finishedAt: plain.endedAt, result: 'k6 printed only its text summary' },
    ]);
    const failed = await resultsStep('http-baseline', unreadable).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim()).toBe('error: load generator "loadgen": loadgen-summary output "k6 printed only its text summary" is invalid: '
      + 'must contain a "summary json:" line from the script\'s handleSummary');
  });
});

describe('the results step\'s program', () => {
  it('is committed as bundled from constructs/results/collect, and dist/ ships that bundle', async () => {
    const { bundleResultsStep, BUNDLE_FILE } = await import('../constructs/results/collect/bundle.mjs');
    const committed = fs.readFileSync(BUNDLE_FILE, 'utf8');
    expect(bundleResultsStep() === committed, 'constructs/results/collect/collect.bundle.js is stale: run npm run bundle:results').toBe(true);
    for (const experiment of ['http-baseline', 'kafka-throughput', 'mesh-overhead']) {
      expect(readDist(`experiments/${experiment}/workflow/configmap-${experiment}-results.yaml`).data['collect.js']).toBe(committed);
    }
    expect(path.relative(ROOT, BUNDLE_FILE)).toBe('constructs/results/collect/collect.bundle.js');
  });
});
