// The hub's run settings, the variants of load generators, the experiment dashboards and the
// readers the results step adds: what they write and every error they raise.
import { App, Chart } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { HelloApp } from '../constructs/apps/hello-app';
import { Experiment } from '../constructs/experiment/experiment';
import { experimentDashboard, ExperimentDashboardProps } from '../constructs/grafana/experiment-dashboard';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { collectResults } from '../constructs/results/collect/collect';
import { locustSummary } from '../constructs/results/locust-summary';
import type { RunPlan } from '../constructs/results/run-plan';
import { RunSettings, RunSettingValues } from '../constructs/results/run-settings';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { lab, TEST_LAB } from './support/lab';
import { k6Data, RUNS } from './results-fixtures';

const VALUES: RunSettingValues = {
  environment: 'lab2',
  prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0.001 },
  prometheusUrl: 'http://prometheus.monitoring:9090',
  remoteWriteUrl: 'http://prometheus.monitoring:9090/api/v1/write',
  results: { endpoint: 's3.store:8333', bucket: 'results', insecure: true, secretName: 's3', accessKeyKey: 'a', secretKeyKey: 's' },
};

function settings(values: Partial<RunSettingValues>): () => RunSettings {
  return () => new RunSettings(new Chart(new App(), 'hub'), 'RunSettings', { namespace: 'argo-workflows', values: { ...VALUES, ...values } });
}

function experiment(load: (exp: Experiment, app: HelloApp) => void): Experiment {
  return new Experiment(new App(), 'demo', { lab: TEST_LAB, definition: {
    name: 'demo', description: 'test', build: (e) => load(e, new HelloApp(e, 'target', { namespace: e.namespace() })),
  } });
}

describe('RunSettings', () => {
  it('publishes every hub\'s facts in one ConfigMap that Argo resolves parameters from', () => {
    const kind = lab().objects.map((o) => o.manifest as any)
      .filter((m) => m.kind === 'ConfigMap' && m.metadata.name === 'experiment-run-settings');
    expect(kind.map((m) => m.metadata.labels['illmlab.xyz/environment']).sort()).toEqual(['kind', 'kind-cilium', 'talos']);
    for (const m of kind) {
      expect(m.metadata.namespace).toBe('argo-workflows');
      expect(m.metadata.labels['workflows.argoproj.io/configmap-type']).toBe('Parameter');
      expect(m.data.environment).toBe(m.metadata.labels['illmlab.xyz/environment']);
      // kind-cilium runs on the same laptop as kind, so it is priced with kind's sheet.
      const sheet: Record<string, string> = { kind: 'kind', talos: 'talos', 'kind-cilium': 'kind' };
      expect(JSON.parse(m.data['prices.json'])).toMatchObject({ name: sheet[m.data.environment], currency: 'EUR' });
      expect(m.data).toMatchObject({
        'prometheus-url': 'http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090',
        'remote-write-url': 'http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/write',
        'results-bucket': 'results',
        'results-endpoint': 'seaweedfs-all-in-one.seaweedfs.svc.cluster.local:8333',
        'results-secret': 'seaweedfs-s3-credentials',
      });
    }
  });

  it('leaves the prices out for an environment without a price sheet', () => {
    const { configMap } = settings({ prices: undefined })();
    expect(Object.keys(configMap.data)).not.toContain('prices.json');
  });

  it('refuses a URL that is not http(s)', () => {
    expect(settings({ prometheusUrl: 'prometheus:9090' })).toThrow(
      'hub/RunSettings: values.prometheusUrl "prometheus:9090" is invalid: an http(s) URL inside the cluster, such as http://prometheus.monitoring:9090');
  });

  it('refuses a results store over TLS, which the workflows\' artifact does not speak', () => {
    expect(settings({ results: { ...VALUES.results, insecure: false } })).toThrow(
      'hub/RunSettings: values.results.insecure false is invalid: true: the workflows write results over the in-cluster plain-HTTP S3 API (their artifact sets insecure: true)');
  });

  it('refuses a negative price and a currency that is not a code', () => {
    expect(settings({ prices: { ...VALUES.prices!, gibHour: -1 } })).toThrow('hub/RunSettings: values.prices.gibHour -1 is invalid: a price of at least 0');
    expect(settings({ prices: { ...VALUES.prices!, currency: 'euro' } })).toThrow('hub/RunSettings: values.prices.currency "euro" is invalid: an ISO 4217 code such as EUR');
  });

  it('refuses an environment name that is not a Kubernetes name', () => {
    expect(settings({ environment: 'Lab 2' })).toThrow('hub/RunSettings: values.environment "Lab 2" is invalid: a Kubernetes name');
  });
});

describe('load generator variants', () => {
  it('default to the experiment\'s name and group mesh-overhead\'s loads as plain and meshed', () => {
    const exp = experiment((e, app) => e.runLoad(new K6Test(e, 'load', { target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js') })));
    expect(exp.workflow.runPlan.variants).toEqual([{
      name: 'demo', namespaces: ['demo'],
      generators: [{ name: 'load', format: 'k6', runTemplate: 'load-run', summaryTemplate: 'load-summary', checkTemplate: 'load-check' }],
    }]);
    const mesh = lab().objects.find((o) => o.manifest.kind === 'ConfigMap' && o.manifest.metadata.name === 'mesh-overhead-results')!.manifest as any;
    const plan = JSON.parse(mesh.data['plan.json']) as RunPlan;
    expect(plan.variants.map((v) => [v.name, v.namespaces, v.generators.map((g) => g.name)])).toEqual([
      ['plain', ['mesh-overhead'], ['load-plain']],
      ['meshed', ['mesh-overhead-meshed'], ['load-meshed']],
    ]);
  });

  it('refuses a variant that is not a name', () => {
    expect(() => experiment((e, app) => e.runLoad(new K6Test(e, 'load', {
      target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js'), variant: 'Plain',
    })))).toThrow('demo/load: variant "Plain" is invalid: a Kubernetes name');
  });

  it('refuses a k6 script file whose summary the results step could not read', () => {
    expect(() => experiment((e, app) => e.runLoad(new K6Test(e, 'load', {
      target: app.http, script: K6Script.fromFile('constructs/results/collect/collect.bundle.js'),
    })))).toThrow('demo/load: script "constructs/results/collect/collect.bundle.js" is invalid: a script whose exported handleSummary prints one line "summary json: "');
  });
});

describe('experiment dashboards', () => {
  const props: ExperimentDashboardProps = {
    experiment: 'demo', description: 'test', datasourceUid: 'prometheus',
    labels: { run: 'testid', experiment: 'experiment', variant: 'variant', loadGenerator: 'loadgen' },
    variants: [
      { name: 'plain', k6LoadGenerators: ['load-plain'], namespaces: ['demo'] },
      { name: 'meshed', k6LoadGenerators: ['load-meshed'], namespaces: ['demo-meshed'] },
    ],
  };

  it('show the variants side by side, each panel selecting its variant', () => {
    const dashboard = experimentDashboard(props) as any;
    expect(dashboard.uid).toBe('experiment-demo');
    const panels = dashboard.panels.filter((p: any) => p.type === 'timeseries');
    const rate = panels.filter((p: any) => p.title.startsWith('Requests per second'));
    expect(rate.map((p: any) => [p.title, p.gridPos.x, p.gridPos.w])).toEqual([['Requests per second: plain', 0, 12], ['Requests per second: meshed', 12, 12]]);
    expect(rate[1].targets[0].expr).toBe('sum by (testid, loadgen) (rate(k6_http_reqs_total{experiment="demo",variant="meshed"}[$__rate_interval]))');
    const duration = panels.find((p: any) => p.title === 'Request duration: plain');
    expect(duration.targets.map((t: any) => t.expr)).toEqual(['p50', 'p95', 'p99'].map((q) => `max by (testid) (k6_http_req_duration_${q}{experiment="demo",variant="plain"})`));
    const cpu = panels.find((p: any) => p.title === 'CPU in use: meshed');
    expect(cpu.targets[0].expr).toContain('namespace=~"demo-meshed",container!=""');
    // Panel ids are fixed and unique, so the JSON is the same on every synth.
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are provisioned beside each experiment\'s workflow for Grafana\'s sidecar', () => {
    const maps = lab().objects.map((o) => o.manifest as any).filter((m) => m.kind === 'ConfigMap' && m.metadata.name.startsWith('dashboard-experiment-'));
    expect(maps.map((m) => [m.metadata.name, m.metadata.namespace, m.metadata.labels.grafana_dashboard])).toEqual([
      ['dashboard-experiment-autoscaling-kafka-lag', 'argo-workflows', '1'],
      ['dashboard-experiment-autoscaling-response', 'argo-workflows', '1'],
      ['dashboard-experiment-gateway-comparison', 'argo-workflows', '1'],
      ['dashboard-experiment-gateway-k6-locust', 'argo-workflows', '1'],
      ['dashboard-experiment-gateway-nginx-traefik', 'argo-workflows', '1'],
      ['dashboard-experiment-http-baseline', 'argo-workflows', '1'],
      ['dashboard-experiment-kafka-throughput', 'argo-workflows', '1'],
      ['dashboard-experiment-logs-pipeline', 'argo-workflows', '1'],
      ['dashboard-experiment-mesh-comparison', 'argo-workflows', '1'],
      ['dashboard-experiment-mesh-overhead', 'argo-workflows', '1'],
      ['dashboard-experiment-messaging-comparison', 'argo-workflows', '1'],
      ['dashboard-experiment-metrics-backends', 'argo-workflows', '1'],
      ['dashboard-experiment-postgres-pgbench', 'argo-workflows', '1'],
      ['dashboard-experiment-postgres-restore', 'argo-workflows', '1'],
      ['dashboard-experiment-tracing-backends', 'argo-workflows', '1'],
      ['dashboard-experiment-valkey-benchmark', 'argo-workflows', '1'],
    ]);
    // Kafka's perf tools stream nothing: its dashboard shows the resources only.
    const kafka = JSON.parse(Object.values(maps.find((m) => m.metadata.name === 'dashboard-experiment-kafka-throughput').data)[0] as string);
    expect(kafka.panels.some((p: any) => String(p.targets?.[0]?.expr).includes('k6_'))).toBe(false);
  });

  it('refuse more variants than fit side by side', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ name: `v${i}`, k6LoadGenerators: [], namespaces: ['demo'] }));
    expect(() => experimentDashboard({ ...props, variants: seven })).toThrow(
      'dashboard of experiment demo: variants ["v0","v1","v2","v3","v4","v5","v6"] is invalid: one to six variants, so each keeps a readable column');
  });
});

describe('summaries the results step reads', () => {
  const CSV = [
    '"Type","Name","Request Count","Failure Count","Median Response Time","Average Response Time","Requests/s","50%","95%","99%"',
    '"GET","root","700","7","4","5.5","11.6","4","9","20"',
    '"","Aggregated","1000","20","5","6.5","16.6","5","12","30"',
  ].join('\n');

  it('reads Locust\'s aggregated statistics', () => {
    expect(locustSummary(CSV, { name: 'locust' })).toEqual({
      tool: 'locust', name: 'locust',
      metrics: { requests: 1000, failures: 20, requestsPerSecond: 16.6, p50Ms: 5, p95Ms: 12, p99Ms: 30, avgMs: 6.5, errorRate: 0.02 },
    });
  });

  it('refuses Locust output without an Aggregated row', () => {
    expect(() => locustSummary(CSV.split('\n').slice(0, 2).join('\n'), { name: 'locust' })).toThrow(
      'locust summary "locust": csv "\\"Type\\",\\"Name\\",');
  });

  it('adds up the runners of a parallel k6 run, and a threshold holds only if it held on each', async () => {
    const [a, b] = RUNS['mesh-overhead-a1b2c'];
    const line = (v: typeof a, limit: number) => `summary json: ${JSON.stringify({ metrics: k6Data(v, limit).metrics })}`;
    const plan: RunPlan = {
      experiment: 'demo', applications: ['demo-target'], applicationNamespace: 'argocd',
      variants: [{ name: 'demo', namespaces: ['demo'], generators: [{ name: 'load', format: 'k6', runTemplate: 'load-run', summaryTemplate: 'load-summary' }] }],
    };
    const vector = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'demo' }, value: [0, '10'] }] } };
    const doc = await collectResults({
      plan,
      workflow: {
        metadata: { name: 'demo-abcde' },
        status: { startedAt: '2025-06-01T10:00:00Z', nodes: {
          r: { templateName: 'load-run', phase: 'Succeeded', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:02:00Z' },
          s: { templateName: 'load-summary', phase: 'Succeeded', outputs: { result: `${line(a, 12)}\n${line(b, 12)}` } },
        } },
      },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0.001 },
      now: '2025-06-01T10:03:00Z',
      query: async () => vector,
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const k6 = doc.variants[0].loadGenerators[0] as any;
    expect(k6.requests).toBe(a.requests + b.requests);
    expect(k6.requestsPerSecond).toBeCloseTo(a.rate + b.rate, 9);
    expect(k6.errorRate).toBeCloseTo((a.errorRate * a.requests + b.errorRate * b.requests) / (a.requests + b.requests), 12);
    expect(k6.latencyMs.p95).toBeCloseTo((a.p95 * a.requests + b.p95 * b.requests) / (a.requests + b.requests), 9);
    // p95 below 12 ms held on the first runner (10 ms), not on the second (14 ms).
    expect(doc.variants[0].thresholds.filter((t) => t.metric === 'http_req_duration')).toEqual([{ source: 'load', metric: 'http_req_duration', condition: 'p(95)<12', passed: false }]);
    expect(doc.outcome).toBe('failed');
  });
});
