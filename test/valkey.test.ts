import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Experiment } from '../constructs/experiment/experiment';
import { ValkeyBenchmark, ValkeyBenchmarkProps } from '../constructs/loadgen/valkey-benchmark';
import { valkeyBenchmarkSummary } from '../constructs/results/valkey-benchmark-summary';
import { collectResults } from '../constructs/results/collect/collect';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { Valkey, ValkeyProps } from '../constructs/valkey/valkey';
import { valkeyBenchmark } from '../experiments/valkey-benchmark';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

/** What the lab's Job prints: its requests line, then valkey-benchmark 9's --csv output for SET and GET. */
const BENCH_LOG = `requests per command: 200000
"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
"SET","100000.00","4.000","0.500","3.900","6.000","8.000","20.000"
"GET","200000.00","2.000","0.400","1.900","3.000","4.000","10.000"
`;

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'vt', { lab: TEST_LAB, definition: { name: 'vt', description: 'test', build } });
  return { app, exp };
}

describe('Valkey', () => {
  function server(props: ValkeyProps = {}) {
    const { app, site } = testSite();
    const valkey = new Valkey(site, 'cache', { namespace: 'kv', ...props });
    return { app, valkey };
  }

  it('installs the pinned chart with a pinned image, resources and a scraped exporter', () => {
    const { app } = server({ storageSize: '2Gi', storageClass: 'local-path' });
    const source = findManifest(app, 'Application', 'cache').spec.sources[0];
    expect(source).toMatchObject({ repoURL: 'https://valkey.io/valkey-helm', chart: 'valkey', targetRevision: '0.11.0' });
    expect(source.helm.releaseName).toBe('cache');
    expect(source.helm.valuesObject).toMatchObject({
      fullnameOverride: 'cache',
      image: { tag: '9.1.1' },
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
      dataStorage: { enabled: true, requestedSize: '2Gi', className: 'local-path' },
      metrics: { enabled: true, exporter: { image: { tag: 'v1.79.0' }, securityContext: { runAsNonRoot: true } } },
    });
    const monitor = findManifest(app, 'PodMonitor', 'cache-valkey');
    expect(monitor.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'valkey', 'app.kubernetes.io/instance': 'cache' });
    expect(monitor.spec.podMetricsEndpoints[0].port).toBe('metrics');
  });

  it('hands out its Service\'s address and port', () => {
    const { valkey } = server();
    expect(valkey.endpoint).toMatchObject({
      serviceName: 'cache', namespace: 'kv', host: 'cache.kv.svc.cluster.local', port: 6379, image: 'docker.io/valkey/valkey:9.1.1', metricsJob: 'cache-valkey',
    });
  });

  it('keeps its data in an emptyDir without a storage size', () => {
    const { app } = server();
    expect(findManifest(app, 'Application', 'cache').spec.sources[0].helm.valuesObject.dataStorage).toEqual({ enabled: false });
  });

  it.each([
    [{ storageSize: 'big' }, 'site/cache: storageSize "big" is invalid'],
    [{ storageClass: 'fast' }, 'site/cache: storageClass "fast" is invalid: only together with storageSize'],
    [{ name: 'Cache' }, 'site/cache: name "Cache" is invalid'],
    [{ resources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } }, 'site/cache: resources.requests.cpu "2" is invalid: a request must not exceed its limit'],
  ])('refuses %j', (props, message) => {
    expect(() => server(props as ValkeyProps)).toThrow(message);
  });

  it('writes objects that validate strictly against the pinned schemas', () => {
    const { app } = server();
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects as any).map(formatIssue)).toEqual([]);
  });
});

describe('ValkeyBenchmark', () => {
  function bench(props: Partial<ValkeyBenchmarkProps> = {}) {
    let test!: ValkeyBenchmark;
    const { app } = inExperiment((e) => {
      const valkey = new Valkey(e, 'valkey', { namespace: e.namespace() });
      test = new ValkeyBenchmark(e, 'bench', { target: valkey.endpoint, payloadBytes: 512, ...props });
      e.runLoad(test);
    });
    return { app, test };
  }

  it('renders a run Job that prints its requests and runs valkey-benchmark with --csv', () => {
    const { test } = bench({ commands: ['get', 'set'], pipeline: 16, clients: 20, requests: 1000, keyspace: 500, threads: 4 });
    const job = test.job({ runId: 'r1' });
    expect(job.metadata.name).toBe('r1-valkey-benchmark');
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe('docker.io/valkey/valkey:9.1.1');
    expect(container.command).toEqual(['/bin/sh', '-c',
      "set -e; echo 'requests per command: 1000'; valkey-benchmark -h valkey.vt.svc.cluster.local -p 6379 -t set,get -n 1000 -c 20 -P 16 -d 512 -r 500 --threads 4 --csv"]);
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, readOnlyRootFilesystem: true });
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1000m', memory: '128Mi' } });
  });

  it('creates run Jobs that validate strictly against the pinned Kubernetes schemas', () => {
    const { test } = bench();
    expect(validateObjects([{ file: 'test/job', document: 1, object: test.job({ runId: 'r1' }) }] as any).map(formatIssue)).toEqual([]);
  });

  it('offers requests and clients as workflow parameters and is charged the server\'s namespace', () => {
    const { app, test } = bench({ name: 'bench-small' });
    const workflow = findManifest(app, 'WorkflowTemplate', 'vt');
    const names = workflow.spec.arguments.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['bench-small-requests', 'bench-small-clients']));
    expect(test.measuredNamespaces).toEqual(['vt']);
    // Its variant also reads the server's peak memory from the exporter's series.
    expect(test.measurements).toEqual([{
      name: 'serverPeakMemory', unit: 'bytes', query: 'max(max_over_time(redis_memory_used_bytes{job="valkey-valkey"}[$window]))',
    }]);
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'vt-results').data['plan.json']);
    expect(plan.variants[0].generators[0]).toMatchObject({ name: 'bench-small', format: 'valkey-benchmark' });
  });

  it.each([
    [{ commands: [] }, 'vt/bench: commands [] is invalid: one or more of set, get'],
    [{ commands: ['set', 'set'] }, 'vt/bench: commands ["set","set"] is invalid'],
    [{ commands: ['flushall'] as any }, 'vt/bench: commands ["flushall"] is invalid'],
    [{ payloadBytes: 0 }, 'vt/bench: payloadBytes 0 is invalid'],
    [{ pipeline: 0 }, 'vt/bench: pipeline 0 is invalid'],
    [{ clients: 0 }, 'vt/bench: clients 0 is invalid'],
    [{ requests: 1.5 }, 'vt/bench: requests 1.5 is invalid'],
    [{ keyspace: 0 }, 'vt/bench: keyspace 0 is invalid'],
    [{ threads: 65 }, 'vt/bench: threads 65 is invalid'],
    [{ name: 'b'.repeat(60) }, 'is invalid: at most'],
  ])('refuses %j', (props, message) => {
    expect(() => bench(props as Partial<ValkeyBenchmarkProps>)).toThrow(message);
  });

  it('refuses a target that is not a Valkey endpoint', () => {
    expect(() => inExperiment((e) => {
      new ValkeyBenchmark(e, 'bench', { target: { host: 'cache:6379' } as any, payloadBytes: 1 });
    })).toThrow('vt/bench: target {"host":"cache:6379"} is invalid: the endpoint of a Valkey');
  });
});

describe('valkeyBenchmarkSummary', () => {
  it('reads each command\'s operations per second and latencies, and the operations served', () => {
    expect(valkeyBenchmarkSummary(BENCH_LOG, { name: 'bench-small' })).toEqual({
      tool: 'valkey-benchmark', name: 'bench-small',
      metrics: {
        setOpsPerSecond: 100000, setLatencyAvgMs: 4, setLatencyP50Ms: 3.9, setLatencyP95Ms: 6, setLatencyP99Ms: 8, setLatencyMaxMs: 20,
        getOpsPerSecond: 200000, getLatencyAvgMs: 2, getLatencyP50Ms: 1.9, getLatencyP95Ms: 3, getLatencyP99Ms: 4, getLatencyMaxMs: 10,
        // 400,000 operations in 2 s of SET and 1 s of GET.
        operations: 400000, operationsPerSecond: 400000 / 3,
      },
    });
  });

  it('skips what kubectl or the tool print before the header', () => {
    const log = `Warning: something\n${BENCH_LOG}`;
    expect(valkeyBenchmarkSummary(log, { name: 'b' }).metrics.operations).toBe(400000);
  });

  it('refuses a log without the requests line', () => {
    expect(() => valkeyBenchmarkSummary(BENCH_LOG.split('\n').slice(1).join('\n'), { name: 'b' })).toThrow(
      'valkey-benchmark summary "b": requests "\\"test\\",\\"rps\\"');
  });

  it('refuses a log without rows', () => {
    expect(() => valkeyBenchmarkSummary('requests per command: 10\nERROR: connection refused\n', { name: 'b' })).toThrow(
      'valkey-benchmark summary "b": rows "ERROR: connection refused" is invalid: valkey-benchmark --csv output');
  });

  it('refuses a row that is not figures', () => {
    expect(() => valkeyBenchmarkSummary(BENCH_LOG.replace('"100000.00"', '"n/a"'), { name: 'b' })).toThrow(
      'valkey-benchmark summary "b": row');
  });
});

describe('valkey-benchmark on a hub', () => {
  it('is one of the lab\'s experiments, with a variant per payload run one after the other', () => {
    expect(LAB.experiments).toContain(valkeyBenchmark);
    const exp = new Experiment(new App(), valkeyBenchmark.name, { definition: valkeyBenchmark, lab: TEST_LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant])).toEqual([
      ['bench-payload-128b', 'payload-128b'], ['bench-payload-4kib', 'payload-4kib']]);
    expect(exp.loadGenerators.map((g) => (g as ValkeyBenchmark).payloadBytes)).toEqual([128, 4096]);
    expect(exp.loadStages.length).toBe(2);
  });

  it('needs no operator: a hub that enables it adds only the workflow engine every experiment runs on', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    new Experiment(app, valkeyBenchmark.name, { definition: valkeyBenchmark, lab: TEST_LAB }).enableOn(hub);
    expect(hub.capabilities.map((c) => c.capability.name)).toEqual(['argo-workflows']);
    expect(JSON.stringify(findManifest(app, 'Application', 'experiment-valkey-benchmark').spec)).toContain('dist/experiments/valkey-benchmark/apps');
  });
});

describe('valkey-benchmark results', () => {
  it('prices a variant per million operations served, read from its Job\'s log', async () => {
    const exp = new Experiment(new App(), valkeyBenchmark.name, { definition: valkeyBenchmark, lab: TEST_LAB });
    const plan = exp.workflow.runPlan;
    const variant = plan.variants.find((v) => v.name === 'payload-128b')!;
    expect(variant.generators[0]).toMatchObject({ format: 'valkey-benchmark', served: { unit: 'operations', metric: 'operations' } });
    const usage = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'valkey-benchmark' }, value: [0, '36'] }] } };
    const doc = await collectResults({
      plan: { ...plan, variants: [variant] },
      workflow: { metadata: { name: 'valkey-benchmark-abcde' }, status: { startedAt: '2025-06-01T10:00:00Z', nodes: {
        r: { templateName: 'bench-payload-128b-run', phase: 'Succeeded', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:03:00Z' },
        s: { templateName: 'bench-payload-128b-summary', phase: 'Succeeded', outputs: { result: BENCH_LOG } },
      } } },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0 },
      now: '2025-06-01T10:04:00Z',
      query: async () => usage,
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const [result] = doc.variants;
    expect(result.loadGenerators[0]).toMatchObject({ tool: 'valkey-benchmark', name: 'bench-payload-128b', metrics: { operations: 400000 } });
    // 36 CPU-seconds at 0.01 per vCPU-hour, per million of the 400,000 operations.
    expect(result.cost.per).toMatchObject({ unit: 'operations', quantity: 1_000_000 });
    expect(result.cost.per.value).toBeCloseTo(((36 / 3600) * 0.01) / 0.4, 15);
  });
});
