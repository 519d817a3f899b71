import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { Experiment } from '../constructs/experiment/experiment';
import { MetricsQueryLoad } from '../constructs/loadgen/metrics-query-load';
import { MetricsQuery, MetricsQueryScript } from '../constructs/loadgen/metrics-query-script';
import { SyntheticMetrics, SyntheticMetricsProps } from '../constructs/loadgen/synthetic-metrics';
import { HubMetricsBackend, MetricsBackendKind } from '../constructs/monitoring/metrics-backend';
import { scrapeEndpointsIn } from '../constructs/monitoring/metrics-declarations';
import { VictoriaMetrics, VictoriaMetricsProps } from '../constructs/victoria-metrics/victoria-metrics';
import { metricsBackends, querySet } from '../experiments/metrics-backends';
import { applicationUsage } from '../hub/application-usage';
import { fitOf } from '../hub/fit';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

function victoriaMetrics(props: Partial<VictoriaMetricsProps> = {}) {
  const { app, site } = testSite();
  const vm = new VictoriaMetrics(site, 'vm', { chart: CHARTS.victoriaMetricsSingle, storageClass: 'standard', ...props });
  return { app, vm };
}

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'mb', { lab: TEST_LAB, definition: { name: 'mb', description: 'test', build } });
  return { app, exp };
}

const EXPORTER: SyntheticMetricsProps = { namespace: 'mb', seriesPerMetric: 100, duration: '2m' };

/** An experiment with one exporter and a query load on `kind`. */
function queried(kind: MetricsBackendKind, props: Partial<SyntheticMetricsProps> = {}, queries?: MetricsQuery[]) {
  let series!: SyntheticMetrics;
  let load!: MetricsQueryLoad;
  const built = inExperiment((e) => {
    series = new SyntheticMetrics(e, 'series', { ...EXPORTER, namespace: e.namespace(), ...props });
    const backend = new HubMetricsBackend(e, 'store', { kind });
    load = new MetricsQueryLoad(e, 'query', { backend, queries: queries ?? querySet(series), namespace: e.namespace() });
    e.runLoad(series, load);
  });
  return { ...built, series, load };
}

describe('VictoriaMetrics', () => {
  it('installs the pinned single-node chart, named for a fixed address, non-root, with its volume and retention', () => {
    const { app, vm } = victoriaMetrics({ retention: '15d', volumeSize: '10Gi' });
    const application = findManifest(app, 'Application', 'victoria-metrics');
    expect(application.spec.destination.namespace).toBe('victoria-metrics');
    expect(application.spec.sources[0]).toEqual({
      repoURL: 'https://victoriametrics.github.io/helm-charts', chart: 'victoria-metrics-single', targetRevision: '0.45.0',
      helm: {
        releaseName: 'victoria-metrics',
        valuesObject: {
          server: {
            fullnameOverride: 'victoria-metrics',
            image: { tag: 'v1.150.0' },
            retentionPeriod: '15d',
            resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
            persistentVolume: { enabled: true, storageClassName: 'standard', size: '10Gi' },
            podSecurityContext: {
              enabled: true, runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' },
            },
            securityContext: { enabled: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          },
        },
      },
    });
    expect(vm.url).toBe('http://victoria-metrics.victoria-metrics.svc.cluster.local:8428');
    // Grafana's data source, loaded by the sidecar from the component's own namespace.
    expect(vm.datasource).toMatchObject({ uid: 'victoria-metrics', type: 'prometheus' });
    const datasource = findManifest(app, 'ConfigMap', 'datasource-victoria-metrics');
    expect(datasource.metadata).toMatchObject({ namespace: 'victoria-metrics', labels: { grafana_datasource: '1' } });
    expect(JSON.parse(datasource.data['victoria-metrics.yaml']).datasources[0]).toMatchObject({
      name: 'VictoriaMetrics', type: 'prometheus', url: 'http://victoria-metrics.victoria-metrics.svc.cluster.local:8428',
    });
    expect(vm.remoteWriteUrl).toBe('http://victoria-metrics.victoria-metrics.svc.cluster.local:8428/api/v1/write');
  });

  it('is scraped on its http port with the labels chart 0.45.0 gives the server pod', () => {
    const { app } = victoriaMetrics();
    const [endpoint] = scrapeEndpointsIn(app);
    expect(endpoint.endpoint).toMatchObject({
      job: 'victoria-metrics', target: 'pod', namespace: 'victoria-metrics', port: 'http',
      // victoria-metrics-common 0.3.15 "vm.selectorLabels": chart name, release, app=server.
      selector: { 'app.kubernetes.io/name': 'victoria-metrics-single', 'app.kubernetes.io/instance': 'victoria-metrics', app: 'server' },
    });
  });

  it.each([
    ['36h', '36h'],
    ['2d', '2d'],
    ['1d12h', '36h'],
  ])('writes retention %s as VictoriaMetrics reads it: %s', (given, written) => {
    expect(victoriaMetrics({ retention: given }).vm.retentionPeriod).toBe(written);
  });

  it.each([
    [{ retention: '12h' }, 'retention "12h" is invalid: whole hours, at least 24h (VictoriaMetrics keeps no less)'],
    [{ retention: '1d30m' }, 'retention "1d30m" is invalid: whole hours, at least 24h (VictoriaMetrics keeps no less)'],
    [{ retention: '3 days' }, 'retention "3 days" is invalid: a duration such as 30s, 5m, 1h30m or 7d'],
    [{ volumeSize: 'lots' }, 'volumeSize "lots" is invalid'],
    [{ resources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } },
      'resources.requests.cpu "2" is invalid: a request must not exceed its limit (limits.cpu is 1)'],
  ])('refuses %j', (props, message) => {
    expect(() => victoriaMetrics(props as Partial<VictoriaMetricsProps>)).toThrow(`site/vm: ${message}`);
  });
});

describe('metrics-backends on a hub', () => {
  const hubWith = (enable: boolean) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    if (enable) new Experiment(app, metricsBackends.name, { definition: metricsBackends, lab: TEST_LAB }).enableOn(hub);
    return { app, hub };
  };
  const prometheusSpec = (app: App) => findManifest(app, 'Application', 'kube-prometheus-stack')
    .spec.sources[0].helm.valuesObject.prometheus.prometheusSpec;

  it('brings VictoriaMetrics, fed by Prometheus\' remote write, onto a hub that enables it, with Prometheus\' retention', () => {
    const { app, hub } = hubWith(true);
    expect(hub.capabilities.map((c) => [c.capability.name, c.neededBy])).toContainEqual(['victoria-metrics', ['metrics-backends']]);
    expect(prometheusSpec(app).remoteWrite).toEqual([
      { name: 'victoria-metrics', url: 'http://victoria-metrics.victoria-metrics.svc.cluster.local:8428/api/v1/write' },
    ]);
    const values = findManifest(app, 'Application', 'victoria-metrics').spec.sources[0].helm.valuesObject;
    expect(values.server.retentionPeriod).toBe(prometheusSpec(app).retention);
    expect(values.server.persistentVolume.size).toBe(prometheusSpec(app).storageSpec.volumeClaimTemplate.spec.resources.requests.storage);
    // Its monitor is written with the hub's others.
    expect(findManifest(app, 'PodMonitor', 'victoria-metrics').spec.namespaceSelector).toEqual({ matchNames: ['victoria-metrics'] });
  });

  it('adds nothing to a hub that does not enable it: no VictoriaMetrics and no remote write', () => {
    const { app, hub } = hubWith(false);
    expect(hub.node.tryFindChild('victoria-metrics')).toBeUndefined();
    expect(manifestsOf(app).filter((m) => m.kind === 'Application' && m.metadata.name === 'victoria-metrics')).toEqual([]);
    expect(prometheusSpec(app)).not.toHaveProperty('remoteWrite');
  });

  it('adds VictoriaMetrics\' requests, the k6-operator\'s and the experiment\'s own to the hub', () => {
    const on = hubWith(true).hub;
    const off = hubWith(false).hub;
    const added = (hub: Hub) => fitOf(hub.environment, hub).requested;
    const vm = on.node.findAll().find((c): c is VictoriaMetrics => c instanceof VictoriaMetrics)!;
    // 100m and 256Mi as the component's defaults say.
    expect(applicationUsage(vm.application, { nodes: 1 }).usage).toMatchObject({ cpuRequest: 0.1, memoryRequest: 256 * 2 ** 20 });
    const extra = { cpu: added(on).cpu - added(off).cpu, memory: added(on).memory - added(off).memory };
    const names = fitOf(on.environment, on).applications.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['victoria-metrics', 'k6-operator']));
    expect(extra.cpu).toBeGreaterThanOrEqual(0.1);
    expect(extra.memory).toBeGreaterThanOrEqual(256 * 2 ** 20);
  });

  it('refuses a second remote-write target of the same name', () => {
    const { hub } = hubWith(true);
    expect(() => hub.monitoring.addRemoteWrite({ name: 'victoria-metrics', url: 'http://x' })).toThrow(
      'remoteWrite "victoria-metrics" is invalid: each remote-write target once, by name');
  });
});

describe('HubMetricsBackend', () => {
  it('reaches each store at the address every hub gives it and requires VictoriaMetrics only for it', () => {
    const { exp } = inExperiment((e) => {
      const p = new HubMetricsBackend(e, 'p', { kind: 'prometheus' });
      expect(p.query.url).toBe('http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090');
      expect(e.requiredCapabilities.map((c) => c.name)).not.toContain('victoria-metrics');
      const vm = new HubMetricsBackend(e, 'vm', { kind: 'victoria-metrics' });
      expect(vm.query.url).toBe('http://victoria-metrics.victoria-metrics.svc.cluster.local:8428');
      e.runLoad(new MetricsQueryLoad(e, 'q', { backend: vm, queries: [{ name: 'up', promql: 'up' }], namespace: e.namespace() }));
    });
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(['argo-workflows', 'k6-operator', 'victoria-metrics']);
  });

  it('measures each store by its own container and metrics', () => {
    inExperiment((e) => {
      const p = new HubMetricsBackend(e, 'p', { kind: 'prometheus' });
      expect(p.ingestion.cpuCores).toBe(
        'sum(rate(container_cpu_usage_seconds_total{namespace="monitoring",pod=~"prometheus-kube-prometheus-stack-prometheus-[0-9]+",container="prometheus"}[$window]))');
      expect(p.ingestion.samplesPerSecond).toBe(
        'sum(rate(prometheus_tsdb_head_samples_appended_total{job="kube-prometheus-stack-prometheus",namespace="monitoring"}[$window]))');
      const vm = new HubMetricsBackend(e, 'vm', { kind: 'victoria-metrics' });
      expect(vm.ingestion.peakMemoryBytes).toBe(
        'max_over_time(sum(container_memory_working_set_bytes{namespace="victoria-metrics",pod=~"victoria-metrics-[0-9]+",container="vmsingle"})[$window:])');
      expect(vm.ingestion.diskBytes).toBe('sum(vm_data_size_bytes{job="victoria-metrics"})');
      e.runLoad(new MetricsQueryLoad(e, 'q', { backend: vm, queries: [{ name: 'up', promql: 'up' }], namespace: e.namespace() }));
    });
  });

  it('refuses an unknown store', () => {
    expect(() => inExperiment((e) => { new HubMetricsBackend(e, 'x', { kind: 'thanos' as MetricsBackendKind }); })).toThrow(
      'mb/x: kind "thanos" is invalid: must be one of prometheus, victoria-metrics');
  });
});

describe('SyntheticMetrics', () => {
  it('renders a run Job that serves the chosen gauges for the chosen seconds, non-root', () => {
    const { series } = queried('prometheus', { metrics: 4, seriesInterval: '10m', valueInterval: '30s', labels: 2 });
    const job = series.job({ runId: 'r1', seriesPerMetric: '250', seriesIntervalSeconds: '600', seconds: '120' });
    expect(job.metadata.name).toBe('r1-series');
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe('quay.io/prometheuscommunity/avalanche:v0.7.0');
    expect(container.command).toEqual(['/bin/sh', '-c',
      '/bin/avalanche --port=9001 --gauge-metric-count=4 --counter-metric-count=0 --histogram-metric-count=0 '
      + '--native-histogram-metric-count=0 --summary-metric-count=0 --series-count=250 --label-count=2 '
      + '--metricname-length=5 --labelname-length=5 --value-interval=30 --series-interval=600 --metric-interval=0 '
      + '& pid=$!; sleep 120; kill $pid; wait $pid; exit 0']);
    expect(container.ports).toEqual([{ containerPort: 9001, name: 'metrics' }]);
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65534, readOnlyRootFilesystem: true });
    expect(job.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'avalanche', 'app.kubernetes.io/part-of': 'series' });
    expect(validateObjects([{ file: 'test/job', document: 1, object: job }] as any).map(formatIssue)).toEqual([]);
  });

  it('offers series per metric, churn and seconds as workflow parameters and is scraped from its own folder', () => {
    const { app, series } = queried('prometheus', { seriesInterval: '5m' });
    const parameters = findManifest(app, 'WorkflowTemplate', 'mb').spec.arguments.parameters;
    expect(parameters.filter((p: { name: string }) => p.name.startsWith('series-'))).toEqual([
      { name: 'series-series-per-metric', value: '100', description: 'series of each of the 10 metrics: the cardinality' },
      { name: 'series-series-interval', value: '300', description: 'seconds between two replacements of every series (churn); 0 for none' },
      { name: 'series-seconds', value: '120', description: 'seconds the exporter serves' },
    ]);
    const monitor = findManifest(app, 'PodMonitor', 'series');
    expect(monitor.metadata.namespace).toBe('mb');
    expect(monitor.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'avalanche', 'app.kubernetes.io/part-of': 'series' });
    expect(monitor.spec.podMetricsEndpoints[0]).toMatchObject({ port: 'metrics', interval: '15s' });
    expect(series.metricName(9)).toBe('avalanche_gauge_metric_mmmmm_0_9');
  });

  it('prints the load it served as one metrics json line', () => {
    const { app } = queried('prometheus');
    const template = findManifest(app, 'WorkflowTemplate', 'mb').spec.templates.find((t: { name: string }) => t.name === 'series-summary');
    expect(template.container.args[0]).toBe(
      'echo "metrics json: {\\"series\\": $((10 * $SERIES_PER_METRIC)), \\"metrics\\": 10, \\"seriesPerMetric\\": $SERIES_PER_METRIC, '
      + '\\"seriesIntervalSeconds\\": $SERIES_INTERVAL, \\"seconds\\": $SECONDS_SERVED}"');
    expect(template.container.env).toEqual(expect.arrayContaining([
      { name: 'SERIES_PER_METRIC', value: '{{workflow.parameters.series-series-per-metric}}' },
    ]));
  });

  it('projects its store\'s disk for a retention chosen per run, after the exporter stops, into its summary', () => {
    let series!: SyntheticMetrics;
    const { app } = inExperiment((e) => {
      const backend = new HubMetricsBackend(e, 'store', { kind: 'victoria-metrics' });
      series = new SyntheticMetrics(e, 'series', { ...EXPORTER, namespace: e.namespace(), retentionOf: backend, retentionDays: 30 });
      e.runLoad(series, new MetricsQueryLoad(e, 'query', { backend, queries: querySet(series), namespace: e.namespace() }));
    });
    const workflow = findManifest(app, 'WorkflowTemplate', 'mb').spec;
    expect(workflow.arguments.parameters).toContainEqual(
      { name: 'series-retention-days', value: '30', description: 'days of retention the victoria-metrics disk is projected for' });
    // Its run is the Job, then the projection: the plan's window spans both.
    expect(workflow.templates.find((t: { name: string }) => t.name === 'series').steps).toEqual([
      [{ name: 'series-run', template: 'series-run' }], [{ name: 'series-project', template: 'series-project' }],
    ]);
    const project = workflow.templates.find((t: { name: string }) => t.name === 'series-project');
    expect(project.container.env).toEqual(expect.arrayContaining([
      { name: 'QUERY', value: 'deriv((sum(vm_data_size_bytes{job="victoria-metrics"}))[{{workflow.parameters.series-seconds}}s:])' },
      { name: 'RETENTION_DAYS', value: '{{workflow.parameters.series-retention-days}}' },
      { name: 'PROMETHEUS_URL', valueFrom: { configMapKeyRef: { name: 'experiment-run-settings', key: 'prometheus-url', optional: true } } },
    ]));
    expect(project.outputs.parameters).toEqual([
      { name: 'projected-disk-bytes', globalName: 'series-projected-disk-bytes', valueFrom: { path: '/tmp/projected-disk-bytes' } },
    ]);
    const summary = workflow.templates.find((t: { name: string }) => t.name === 'series-summary').container;
    expect(summary.args[0]).toContain('\\"retentionDays\\": $RETENTION_DAYS, \\"projectedDiskBytes\\": $PROJECTED}"');
    expect(summary.env).toContainEqual({ name: 'PROJECTED', value: '{{workflow.outputs.parameters.series-projected-disk-bytes}}' });
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'mb-results').data['plan.json']);
    expect(plan.variants[0].generators[0]).toMatchObject({ name: 'series', runTemplate: 'series' });
  });

  it('computes the projection in the step\'s shell: growth per second times the retention\'s seconds, and refuses a non-finite growth', async () => {
    let series!: SyntheticMetrics;
    const { app } = inExperiment((e) => {
      const backend = new HubMetricsBackend(e, 'store', { kind: 'prometheus' });
      series = new SyntheticMetrics(e, 'series', { ...EXPORTER, namespace: e.namespace(), retentionOf: backend });
      e.runLoad(series, new MetricsQueryLoad(e, 'query', { backend, queries: querySet(series), namespace: e.namespace() }));
    });
    const project = findManifest(app, 'WorkflowTemplate', 'mb').spec.templates.find((t: { name: string }) => t.name === 'series-project');
    const script: string = project.container.args[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'projection-'));
    // A stand-in curl that answers what Prometheus would.
    const answer = (value: string) => {
      fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/sh\necho '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1748772240.5,"${value}"]}]}}'\n`, { mode: 0o755 });
      return execFileSync('/bin/sh', ['-c', script.replaceAll('/tmp/projected-disk-bytes', path.join(dir, 'out'))], {
        env: { PATH: `${dir}:${process.env.PATH}`, QUERY: 'q', PROMETHEUS_URL: 'http://p', RETENTION_DAYS: '15' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      });
    };
    // 4000 bytes/s for 15 days: 4000 * 15 * 86400.
    expect(answer('4000')).toBe('5184000000\n');
    expect(() => answer('NaN')).toThrow('no finite disk growth');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [{ seriesPerMetric: 0 }, 'seriesPerMetric 0 is invalid'],
    [{ retentionDays: 7 }, 'retentionDays 7 is invalid: only with retentionOf, the store it projects'],
    [{ metrics: 100, seriesPerMetric: 30_000 }, 'seriesPerMetric 30000 is invalid: at most 20000 with 100 metrics: 2000000 series in all'],
    [{ duration: '90ms' }, 'duration "90ms" is invalid: whole seconds (avalanche counts its intervals in seconds)'],
    [{ seriesInterval: 'often' }, 'seriesInterval "often" is invalid: a duration such as 30s, 5m, 1h30m or 7d'],
    [{ image: 'quay.io/prometheuscommunity/avalanche:latest' }, 'image "quay.io/prometheuscommunity/avalanche:latest" is invalid'],
    [{ name: 'a-name-far-too-long-for-a-job-of-a-run-of-this-experiment' }, 'is invalid: at most 54 characters in experiment mb'],
  ])('refuses %j', (props, message) => {
    expect(() => queried('prometheus', props as Partial<SyntheticMetricsProps>)).toThrow(message);
  });

  it('refuses a metric index it does not serve', () => {
    const { series } = queried('prometheus');
    expect(() => series.metricName(10)).toThrow('mb/series: metricName 10 is invalid');
  });
});

describe('MetricsQueryLoad', () => {
  it('runs the fixed query set through k6 against the store, charging only its own namespace', () => {
    const { app, load, exp } = queried('victoria-metrics');
    expect(load.measuredNamespaces).toEqual(['mb']);
    expect(load.k6.target.url).toBe('http://victoria-metrics.victoria-metrics.svc.cluster.local:8428');
    const script = findManifest(app, 'ConfigMap', 'query-script').data['script.js'];
    expect(script).toContain('"path": "/api/v1/query_range"');
    expect(script).toContain('"rangeSeconds": 900');
    expect(script).toContain('"query": "count({__name__=~\\"avalanche_gauge_metric_.+\\",job=\\"series\\",namespace=\\"mb\\"})"');
    expect(script).toContain("all_series_count: new Trend('all_series_count_latency', true)");
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'mb-results').data['plan.json']);
    expect(plan.variants[0]).toMatchObject({ name: 'mb', namespaces: ['mb'] });
    expect(plan.variants[0].generators.map((g: { name: string; format: string }) => [g.name, g.format])).toEqual([['series', 'metrics-json'], ['query', 'k6']]);
    expect(exp.loadGenerators).toHaveLength(2);
    // The store's ingestion, by container and by its own metrics, at the end of the variant's window.
    const { measurements } = plan.variants[0];
    expect(measurements.map((m: { name: string; unit: string }) => [m.name, m.unit])).toEqual([
      ['ingestionCpuCores', 'cores'], ['ingestionPeakMemory', 'bytes'], ['diskBytes', 'bytes'],
      ['diskGrowth', 'bytes-per-second'], ['samplesIngested', 'per-second'], ['activeSeries', 'count'],
    ]);
    expect(measurements[2].query).toBe('sum(vm_data_size_bytes{job="victoria-metrics"})');
    expect(plan.variants[0].generators[0]).toMatchObject({ name: 'series', format: 'metrics-json', tool: 'avalanche' });
  });

  it.each([
    [[], 'script.queries [] is invalid: at least one query'],
    [[{ name: 'Up', promql: 'up' }], 'script.queries[0].name "Up" is invalid'],
    [[{ name: 'up', promql: 'up' }, { name: 'up', promql: 'up' }], 'script.queries[1].name "up" is invalid: each query name once in a set'],
    [[{ name: 'up', promql: 'up\nor vector(0)' }], 'script.queries[0].promql "up\\nor vector(0)" is invalid: a PromQL expression on one line'],
    [[{ name: 'up', promql: 'up', range: { lookback: '5m', step: '10m' } }],
      'script.queries[0].range.step "10m" is invalid: whole seconds, at least 1s and at most the lookback 5m'],
  ])('refuses the query set %j', (queries, message) => {
    expect(() => queried('prometheus', {}, queries as MetricsQuery[])).toThrow(message);
  });

  it('refuses a target without a Prometheus query API', () => {
    const script = new MetricsQueryScript([{ name: 'up', promql: 'up' }]);
    expect(() => script.render('here', 'script', {
      owner: new App(), serviceName: 'hello', namespace: 'x', port: 80, url: 'http://hello', endpoints: [{ path: '/', methods: ['GET'], description: 'hello' }],
    })).toThrow('here: script "hello" is invalid: a target that answers GET /api/v1/query (a Prometheus-compatible query API)');
  });
});

describe('the metrics-backends experiment', () => {
  it('is one of the lab\'s experiments: a stage per store, exporter and queries of the same variant', () => {
    expect(LAB.experiments).toContain(metricsBackends);
    const app = new App();
    const exp = new Experiment(app, metricsBackends.name, { definition: metricsBackends, lab: TEST_LAB });
    expect(exp.loadStages.map((stage) => stage.map((g) => [g.loadName, g.variant]))).toEqual([
      [['series-prometheus', 'prometheus'], ['query-prometheus', 'prometheus']],
      [['series-victoriametrics', 'victoriametrics'], ['query-victoriametrics', 'victoriametrics']],
    ]);
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('is enabled in no environment', () => {
    for (const env of LAB.environments) expect(env.experiments).not.toContain(metricsBackends);
  });
});
