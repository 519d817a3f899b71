import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { Experiment } from '../constructs/experiment/experiment';
import { TelemetrygenTest, TelemetrygenTestProps } from '../constructs/loadgen/telemetrygen';
import { collectResults } from '../constructs/results/collect/collect';
import { telemetrygenSummary } from '../constructs/results/telemetrygen-summary';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { Capabilities } from '../constructs/catalog/capabilities';
import { Instrumentation } from '../constructs/tracing/instrumentation';
import { Jaeger } from '../constructs/tracing/jaeger';
import { OpenTelemetryOperator } from '../constructs/tracing/opentelemetry-operator';
import { OtelCollector } from '../constructs/tracing/otel-collector';
import { Tempo } from '../constructs/tracing/tempo';
import { TRACE_BACKENDS } from '../constructs/tracing/trace-backend';
import { tracingBackends } from '../experiments/tracing-backends';
import { fitOf } from '../hub/fit';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'tt', { lab: TEST_LAB, definition: { name: 'tt', description: 'test', build } });
  return { app, exp };
}

/** A hub of the test environment, with tracing-backends enabled or not. */
function hubWith(enable: boolean) {
  const app = new App();
  const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
  if (enable) new Experiment(app, tracingBackends.name, { definition: tracingBackends, lab: TEST_LAB }).enableOn(hub);
  return { app, hub };
}

describe('Tempo', () => {
  it('keeps its blocks in a bucket of the lab\'s store, with the key pair from OpenBao in its own namespace', () => {
    const { app, hub } = hubWith(true);
    const tempo = hub.node.findChild('tempo') as Tempo;
    expect(tempo.bucket.name).toBe('traces');
    const application = findManifest(app, 'Application', 'tempo');
    expect(application.spec.destination.namespace).toBe('tempo');
    const source = application.spec.sources[0];
    expect([source.repoURL, source.chart, source.targetRevision]).toEqual(['https://grafana-community.github.io/helm-charts', 'tempo', '2.2.4']);
    const values = source.helm.valuesObject;
    expect(values.tempo.storage.trace).toEqual({
      backend: 's3',
      s3: { bucket: 'traces', endpoint: 'seaweedfs-all-in-one.seaweedfs.svc.cluster.local:8333', insecure: true, forcepathstyle: true },
      wal: { path: '/var/tempo/wal' },
    });
    expect(values.tempo.extraEnv).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'seaweedfs-s3-credentials', key: 'accessKey' } } },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'seaweedfs-s3-credentials', key: 'secretKey' } } },
    ]);
    expect(values.tempo.reportingEnabled).toBe(false);
    expect(values.tempo.retention).toBe('24h');
    expect(values.persistence).toEqual({ enabled: true, storageClassName: 'standard', size: '2Gi' });
    expect(values.tempo.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } });
    // The ExternalSecret in Tempo's folder reads the store's key pair; no secret value is in Git.
    const secret = manifestsOf(app).find((m) => m.kind === 'ExternalSecret' && m.metadata.namespace === 'tempo')!;
    expect(secret.metadata.name).toBe('seaweedfs-s3-credentials');
    expect(secret.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: 'seaweedfs/s3', property: 'access-key' }, { key: 'seaweedfs/s3', property: 'secret-key' },
    ]);
    // Grafana's data source, in Tempo's namespace, pointing at its HTTP API.
    expect(tempo.datasource.uid).toBe('tempo');
    const datasource = findManifest(app, 'ConfigMap', 'datasource-tempo');
    expect(datasource.metadata.namespace).toBe('tempo');
    expect(JSON.parse(datasource.data['tempo.yaml']).datasources[0]).toMatchObject({ type: 'tempo', url: 'http://tempo.tempo.svc.cluster.local:3200' });
    // The bucket hook creates it with the others.
    const seaweedfs = findManifest(app, 'Application', 'seaweedfs').spec.sources[0].helm.valuesObject;
    expect(seaweedfs.allInOne.s3.createBuckets).toEqual([{ name: 'results' }, { name: 'artifacts' }, { name: 'traces' }]);
  });

  it('writes days of retention as hours, as Tempo\'s Go duration reader takes them', () => {
    const { app, hub } = hubWith(false);
    new Tempo(hub, 'tempo', { chart: CHARTS.tempo, bucket: hub.objectStore.addBucket('traces'), storageClass: 'local-path', retention: '2d' });
    const values = findManifest(app, 'Application', 'tempo').spec.sources[0].helm.valuesObject;
    expect(values.tempo.retention).toBe('48h');
    expect(values.persistence.storageClassName).toBe('local-path');
  });

  it('refuses a retention that is not a duration and a storage class that is not a name', () => {
    const { hub } = hubWith(false);
    expect(() => new Tempo(hub, 'tempo', { chart: CHARTS.tempo, bucket: hub.objectStore.bucket('results'), storageClass: 'standard', retention: 'a day' }))
      .toThrow('lab2/tempo: retention "a day" is invalid: a duration such as 30s, 5m, 1h30m or 7d');
    const other = hubWith(false).hub;
    expect(() => new Tempo(other, 'tempo', { chart: CHARTS.tempo, bucket: other.objectStore.bucket('results'), storageClass: 'Local_Path' }))
      .toThrow('lab2/tempo: storageClass "Local_Path" is invalid');
  });
});

describe('the object store\'s buckets added on demand', () => {
  it('refuses a bucket name S3 does not take and a bucket it already has', () => {
    const store = hubWith(false).hub.objectStore;
    expect(() => store.addBucket('Traces')).toThrow('buckets[2] "Traces" is invalid: an S3 bucket name: 3-63 lower-case letters, digits, "-" or "."');
    expect(() => store.addBucket('results')).toThrow('buckets[2] "results" is invalid: each bucket once');
  });
});

describe('Jaeger', () => {
  it('runs Jaeger v2 with OTLP, its query service and a Badger store on a volume claim of its folder', () => {
    const { app, site } = testSite();
    new Jaeger(site, 'jaeger', { chart: CHARTS.jaeger, storageClass: 'local-path', retention: '3d' });
    const application = findManifest(app, 'Application', 'jaeger');
    expect(application.spec.destination.namespace).toBe('jaeger');
    const values = application.spec.sources[0].helm.valuesObject;
    expect(values.userconfig.extensions.jaeger_storage.backends.badger_store.badger).toEqual({
      directories: { keys: '/badger/keys', values: '/badger/values' }, ephemeral: false, ttl: { spans: '72h' },
    });
    expect(values.userconfig.service.pipelines.traces).toEqual({ receivers: ['otlp'], processors: ['batch'], exporters: ['jaeger_storage_exporter'] });
    expect(values.userconfig.receivers.otlp.protocols.grpc.endpoint).toBe('0.0.0.0:4317');
    // The chart's probes call the health check on 13133.
    expect(values.userconfig.extensions.healthcheckv2.http.endpoint).toBe('0.0.0.0:13133');
    expect(values.jaeger.extraVolumes).toEqual([{ name: 'badger', persistentVolumeClaim: { claimName: 'jaeger-badger' } }]);
    expect(values.jaeger.extraVolumeMounts).toEqual([{ name: 'badger', mountPath: '/badger' }]);
    const claim = findManifest(app, 'PersistentVolumeClaim', 'jaeger-badger');
    expect(claim.metadata.namespace).toBe('jaeger');
    expect(claim.spec.storageClassName).toBe('local-path');
    expect(claim.spec.resources.requests.storage).toBe('5Gi');
    const datasource = JSON.parse(findManifest(app, 'ConfigMap', 'datasource-jaeger').data['jaeger.yaml']).datasources[0];
    expect(datasource).toMatchObject({ name: 'Jaeger', type: 'jaeger', uid: 'jaeger', url: 'http://jaeger.jaeger.svc.cluster.local:16686' });
  });

  it('refuses a volume size that is not whole Gi', () => {
    const { site } = testSite();
    expect(() => new Jaeger(site, 'jaeger', { chart: CHARTS.jaeger, storageClass: 'standard', size: '512Mi' }))
      .toThrow('site/jaeger: size "512Mi" is invalid: a whole number of Gi, such as 5Gi');
  });
});

describe('OtelCollector', () => {
  it('exports to the store it is given and requires the store\'s capability in an experiment', () => {
    for (const [kind, endpoint] of [['tempo', 'tempo.tempo.svc.cluster.local:4317'], ['jaeger', 'jaeger.jaeger.svc.cluster.local:4317']] as const) {
      let collector: OtelCollector | undefined;
      const { app, exp } = inExperiment((e) => {
        collector = new OtelCollector(e, 'collector', { chart: CHARTS.openTelemetryCollector, namespace: e.namespace(), exporter: TRACE_BACKENDS[kind] });
        e.runLoad(new TelemetrygenTest(e, 'spans', { target: collector, spansPerSecond: 100, duration: '1m' }));
      });
      const values = findManifest(app, 'Application', 'tt-otel-collector').spec.sources[0].helm.valuesObject;
      expect(values.alternateConfig.exporters).toEqual({ [`otlp/${kind}`]: { endpoint, tls: { insecure: true } } });
      expect(values.alternateConfig.service.pipelines.traces.exporters).toEqual([`otlp/${kind}`]);
      expect(values.mode).toBe('deployment');
      expect(values.image).toEqual({ repository: 'otel/opentelemetry-collector-k8s', tag: '0.158.0' });
      expect(exp.requiredCapabilities.map((c) => c.name)).toContain(kind);
      expect(collector!.otlpGrpcEndpoint).toBe('otel-collector.tt.svc.cluster.local:4317');
      expect(collector!.servingNamespaces).toEqual([kind, 'tt'].sort());
      // Its own metrics port, scraped by a PodMonitor in its folder.
      const monitor = findManifest(app, 'PodMonitor', 'otel-collector');
      expect(monitor.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'opentelemetry-collector', 'app.kubernetes.io/instance': 'otel-collector' });
    }
  });

  it('refuses an exporter that is not one of the trace stores and a replica count out of range', () => {
    const { site } = testSite();
    expect(() => new OtelCollector(site, 'c', { chart: CHARTS.openTelemetryCollector, namespace: 'x', exporter: { ...TRACE_BACKENDS.tempo } }))
      .toThrow('site/c: exporter "tempo" is invalid: one of TRACE_BACKENDS (tempo, jaeger)');
    const { site: other } = testSite();
    expect(() => new OtelCollector(other, 'c', { chart: CHARTS.openTelemetryCollector, namespace: 'x', exporter: TRACE_BACKENDS.jaeger, replicas: 0 }))
      .toThrow('site/c: replicas 0 is invalid');
  });
});

describe('TelemetrygenTest', () => {
  const build = (props: Partial<TelemetrygenTestProps> = {}) => {
    let gen: TelemetrygenTest | undefined;
    inExperiment((e) => {
      const collector = new OtelCollector(e, 'collector', { chart: CHARTS.openTelemetryCollector, namespace: e.namespace(), exporter: TRACE_BACKENDS.tempo });
      gen = new TelemetrygenTest(e, 'spans', { target: collector, spansPerSecond: 1000, workers: 2, duration: '5m', ...props });
      e.runLoad(gen);
    });
    return gen!;
  };

  it('sends spans at the rate per worker for the duration, to the collector, and is charged the collector\'s and the store\'s namespaces', () => {
    const gen = build();
    const job = gen.job({ runId: 'run1', labels: { a: 'b' } });
    expect(job.metadata.name).toBe('run1-telemetrygen');
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe('ghcr.io/open-telemetry/opentelemetry-collector-contrib/telemetrygen:v0.158.0');
    expect(container.args).toEqual([
      'traces', '--otlp-endpoint', 'otel-collector.tt.svc.cluster.local:4317', '--otlp-insecure',
      '--workers', '2', '--rate', '500', '--duration', '300s', '--child-spans', '4', '--service', 'telemetrygen',
    ]);
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1000m', memory: '256Mi' } });
    expect(container.securityContext.runAsNonRoot).toBe(true);
    expect(job.spec.backoffLimit).toBe(0);
    expect(gen.measuredNamespaces).toEqual(['tempo', 'tt']);
    expect(gen.spansPerTrace).toBe(5);
    expect(gen.ownParameters.map((p) => [p.name, p.value])).toEqual([['rate', '500'], ['seconds', '300']]);
    expect(gen.served).toEqual({ unit: 'spans', metric: 'spans' });
    expect(gen.measurements).toEqual([
      { name: 'spansAcceptedPerSecond', unit: 'per-second', query: 'sum(rate(tempo_distributor_spans_received_total{namespace="tempo"}[$window]))' },
      { name: 'storedBytes', unit: 'bytes', query: 'sum(increase(tempo_ingester_flush_size_bytes_sum{namespace="tempo"}[$window]))' },
      { name: 'spansFailedToExport', unit: 'count', query: 'sum(increase(otelcol_exporter_send_failed_spans_total{namespace="tt"}[$window]))' },
    ]);
  });

  it('refuses a rate the workers cannot share equally, child spans out of range and a duration under a second', () => {
    expect(() => build({ spansPerSecond: 1001 })).toThrow('tt/spans: spansPerSecond 1001 is invalid: a whole multiple of workers (2): each worker sends an equal share');
    expect(() => build({ duration: '500ms' })).toThrow('tt/spans: duration "500ms" is invalid: at least one second');
    expect(() => build({ image: 'ghcr.io/open-telemetry/opentelemetry-collector-contrib/telemetrygen:latest' })).toThrow('tt/spans: image');
  });

  it('refuses a name that would make a run\'s Job name longer than 63', () => {
    expect(() => build({ name: 'x'.repeat(60) })).toThrow(`tt/spans: name "${'x'.repeat(60)}" is invalid: at most 54 characters in experiment tt`);
  });
});

describe('telemetrygenSummary', () => {
  // telemetrygen's console log: one closing line per worker.
  const LOG = [
    '2026-11-30T10:00:00.000Z\tINFO\ttraces/traces.go:70\tstarting gRPC exporter',
    '2026-11-30T10:05:00.100Z\tINFO\ttraces/worker.go:150\ttraces generated\t{"worker": 0, "traces": 30000}',
    '2026-11-30T10:05:00.120Z\tINFO\ttraces/worker.go:150\ttraces generated\t{"worker": 1, "traces": 29990}',
  ].join('\n');

  it('adds the workers\' traces and counts their spans', () => {
    // Every trace is a parent and four children.
    expect(telemetrygenSummary(LOG, { name: 'spans-tempo' })).toEqual({
      tool: 'telemetrygen', name: 'spans-tempo', metrics: { traces: 59990, spans: 299950, workers: 2 },
    });
  });

  it('reads the JSON encoding too', () => {
    const json = '{"level":"info","msg":"traces generated","worker":0,"traces":12}';
    expect(telemetrygenSummary(json, { name: 's' }).metrics).toEqual({ traces: 12, spans: 60, workers: 1 });
  });

  it('refuses a log without a worker\'s closing line', () => {
    expect(() => telemetrygenSummary('starting gRPC exporter\n', { name: 's' }))
      .toThrow('telemetrygen summary "s": traces "starting gRPC exporter" is invalid: must be in telemetrygen\'s log');
  });
});

describe('tracing-backends on a hub', () => {
  it('is one of the lab\'s experiments, with a tempo and a jaeger variant run one after the other', () => {
    expect(LAB.experiments).toContain(tracingBackends);
    const app = new App();
    const exp = new Experiment(app, tracingBackends.name, { definition: tracingBackends, lab: TEST_LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant, g.measuredNamespaces])).toEqual([
      ['spans-tempo', 'tempo', ['tempo', 'tracing-backends-tempo']],
      ['lookups-tempo', 'tempo', ['tempo', 'tracing-backends-tempo']],
      ['spans-jaeger', 'jaeger', ['jaeger', 'tracing-backends-jaeger']],
      ['lookups-jaeger', 'jaeger', ['jaeger', 'tracing-backends-jaeger']],
    ]);
    // Spans and lookups of a variant together; the variants one after the other.
    expect(exp.loadStages.map((stage) => stage.map((g) => g.loadName))).toEqual([['spans-tempo', 'lookups-tempo'], ['spans-jaeger', 'lookups-jaeger']]);
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(['argo-workflows', 'jaeger', 'k6-operator', 'tempo']);
  });

  it('brings Tempo and Jaeger onto a hub that enables it, and a hub that does not runs neither nor a traces bucket', () => {
    const on = hubWith(true);
    expect(on.hub.onDemand).toEqual(['jaeger (for tracing-backends)', 'k6-operator (for tracing-backends)', 'tempo (for tracing-backends)']);
    const off = hubWith(false);
    expect(off.hub.node.tryFindChild('tempo')).toBeUndefined();
    expect(off.hub.node.tryFindChild('jaeger')).toBeUndefined();
    expect(manifestsOf(off.app).filter((m) => m.kind === 'Application' && ['tempo', 'jaeger'].includes(m.metadata.name))).toEqual([]);
    expect(findManifest(off.app, 'Application', 'seaweedfs').spec.sources[0].helm.valuesObject.allInOne.s3.createBuckets)
      .toEqual([{ name: 'results' }, { name: 'artifacts' }]);
  });

  it('adds the stores\' requests to the hub: Tempo and Jaeger 100m and 256Mi each', () => {
    const on = hubWith(true);
    const apps = fitOf(on.hub.environment, on.hub).applications;
    const requests = (name: string) => apps.find((a) => a.name === name)!.usage;
    for (const store of ['tempo', 'jaeger']) {
      expect([requests(store).cpuRequest, requests(store).memoryRequest]).toEqual([0.1, 256 * 2 ** 20]);
    }
  });
});

describe('tracing-backends\' results document', () => {
  const vector = (...values: number[]) => ({ status: 'success', data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { i: String(i) }, value: [0, String(v)] })) } });
  // What the lookup scripts' handleSummary prints: k6's end-of-test data, here 600 searches and 600 fetches.
  const trend = (p95: number) => ({ type: 'trend', contains: 'time', values: { avg: p95 / 2, min: 1, med: p95 / 2, 'p(90)': p95 * 0.9, 'p(95)': p95, 'p(99)': p95 * 1.2, max: p95 * 2 } });
  const lookupSummary = (searchP95: number, traceP95: number) => `summary json: ${JSON.stringify({ metrics: {
    http_reqs: { type: 'counter', contains: 'default', values: { count: 1200, rate: 4 } },
    http_req_duration: { ...trend(traceP95), thresholds: { 'p(95)<2000': { ok: true } } },
    http_req_failed: { type: 'rate', contains: 'default', values: { rate: 0, passes: 0, fails: 1200 } },
    errors: { type: 'rate', contains: 'default', values: { rate: 0, passes: 0, fails: 1200 }, thresholds: { 'rate<0.1': { ok: true } } },
    search_latency: trend(searchP95),
    trace_latency: trend(traceP95),
  } })}`;
  const workerLine = (worker: number, traces: number) => `[pod/p/telemetrygen] 2026-11-30T10:05:00Z\tINFO\ttraces/worker.go:150\ttraces generated\t{"worker": ${worker}, "traces": ${traces}}`;

  it('counts the spans telemetrygen sent, prices them per million and reads each store\'s figures over its window', async () => {
    const exp = new Experiment(new App(), tracingBackends.name, { definition: tracingBackends, lab: TEST_LAB });
    const node = (template: string, start: string, end: string, result?: string) => ({
      templateName: template, phase: 'Succeeded', startedAt: start, finishedAt: end, ...(result ? { outputs: { result } } : {}),
    });
    const doc = await collectResults({
      plan: exp.workflow.runPlan,
      workflow: { metadata: { name: 'tracing-backends-a1b2c' }, status: { startedAt: '2026-11-30T10:00:00Z', nodes: {
        a: node('spans-tempo-run', '2026-11-30T10:00:00Z', '2026-11-30T10:05:00Z'),
        b: node('spans-tempo-summary', '2026-11-30T10:11:00Z', '2026-11-30T10:11:01Z', [workerLine(0, 30000), workerLine(1, 30000)].join('\n')),
        c: node('spans-jaeger-run', '2026-11-30T10:05:30Z', '2026-11-30T10:10:30Z'),
        d: node('spans-jaeger-summary', '2026-11-30T10:11:00Z', '2026-11-30T10:11:01Z', [workerLine(0, 29000), workerLine(1, 31000)].join('\n')),
        e: node('lookups-tempo-run', '2026-11-30T10:00:00Z', '2026-11-30T10:05:00Z'),
        f: node('lookups-tempo-summary', '2026-11-30T10:11:00Z', '2026-11-30T10:11:01Z', lookupSummary(40, 120)),
        g: node('lookups-jaeger-run', '2026-11-30T10:05:30Z', '2026-11-30T10:10:30Z'),
        h: node('lookups-jaeger-summary', '2026-11-30T10:11:00Z', '2026-11-30T10:11:01Z', lookupSummary(25, 60)),
      } } },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.036, gibHour: 0 },
      now: '2026-11-30T10:12:00Z',
      query: async (q) => {
        if (q.startsWith('sum(rate(tempo_distributor_spans_received_total')) return vector(998);
        if (q.startsWith('sum(increase(tempo_ingester_flush_size_bytes_sum')) return vector(52_000_000);
        if (q.startsWith('sum(rate(otelcol_receiver_accepted_spans_total{namespace="jaeger"}')) return vector(1000);
        if (q.startsWith('sum(increase(otelcol_exporter_send_failed_spans_total')) return vector(0);
        if (q.includes('kubelet_volume_stats_used_bytes')) return vector();
        // Usage: 15 CPU-seconds in each of the variant's two namespaces (the collector's and the store's).
        if (q.includes('container_cpu_usage_seconds_total')) {
          const namespaces = /namespace=~"([^"]+)"/.exec(q)![1].split('|');
          return { status: 'success', data: { resultType: 'vector', result: namespaces.map((namespace) => ({ metric: { namespace }, value: [0, '15'] })) } };
        }
        return vector();
      },
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const [tempo, jaeger] = doc.variants;
    expect([tempo.name, jaeger.name]).toEqual(['tempo', 'jaeger']);
    // 60000 traces of a parent and four children.
    expect(tempo.loadGenerators[0]).toEqual({ tool: 'telemetrygen', name: 'spans-tempo', metrics: { traces: 60000, spans: 300000, workers: 2 } });
    // Trace lookup latency: k6's figures per request, a fetch by id under "trace".
    const lookups = tempo.loadGenerators[1] as any;
    expect([lookups.tool, lookups.name, lookups.byRequest.trace.latencyMs.p95, lookups.byRequest.search.latencyMs.p95]).toEqual(['k6', 'lookups-tempo', 120, 40]);
    expect(tempo.cost.per.unit).toBe('spans');
    expect(tempo.cost.per.quantity).toBe(1_000_000);
    // 30 CPU-seconds at 0.036 per vCPU-hour is 0.0003, for 0.3 million spans.
    expect(tempo.cost.per.value).toBeCloseTo(0.0003 / 0.3, 12);
    expect(tempo.measurements).toEqual({
      spansAcceptedPerSecond: { unit: 'per-second', value: 998 },
      storedBytes: { unit: 'bytes', value: 52_000_000 },
      spansFailedToExport: { unit: 'count', value: 0 },
    });
    // Badger's volume on a provisioner whose volumes the kubelet does not measure: no figure.
    expect(jaeger.measurements!.storedBytes).toEqual({ unit: 'bytes', value: null });
    expect(jaeger.measurements!.spansAcceptedPerSecond).toEqual({ unit: 'per-second', value: 1000 });
  });
});

describe('OpenTelemetryOperator', () => {
  it('installs the pinned chart with its CRDs, plain metrics and resources, after cert-manager on a hub that needs it', () => {
    const { app, site } = testSite();
    new OpenTelemetryOperator(site, 'otel-operator', { chart: CHARTS.openTelemetryOperator });
    const application = findManifest(app, 'Application', 'opentelemetry-operator');
    expect(application.spec.destination.namespace).toBe('opentelemetry-operator');
    expect(application.spec.sources[0]).toMatchObject({
      repoURL: 'https://open-telemetry.github.io/opentelemetry-helm-charts', chart: 'opentelemetry-operator', targetRevision: '0.122.0',
      helm: { valuesObject: { manager: {
        resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } }, metrics: { secure: false },
      } } },
    });
    expect(application.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
    const app2 = new App();
    const hub = new Hub(app2, { lab: TEST_LAB, environment: testEnvironment() });
    hub.provide(Capabilities.openTelemetryOperator, 'test');
    const onHub = findManifest(app2, 'Application', 'opentelemetry-operator');
    const wave = (m: any) => Number(m.metadata.annotations['argocd.argoproj.io/sync-wave']);
    expect(wave(onHub)).toBeGreaterThan(wave(findManifest(app2, 'Application', 'cert-manager')));
  });
});

describe('Instrumentation', () => {
  it('points the injected SDKs at the collector over OTLP/HTTP, gives pods their annotation and requires the operator', () => {
    let instrumentation: Instrumentation | undefined;
    const { app, exp } = inExperiment((e) => {
      const collector = new OtelCollector(e, 'collector', { chart: CHARTS.openTelemetryCollector, namespace: e.namespace(), exporter: TRACE_BACKENDS.jaeger });
      instrumentation = new Instrumentation(collector.objects, 'Instrumentation', { namespace: e.namespace(), collector, samplingRatio: 0.25 });
      e.runLoad(new TelemetrygenTest(e, 'spans', { target: collector, spansPerSecond: 100, duration: '1m' }));
    });
    const object = findManifest(app, 'Instrumentation', 'default');
    expect(object.apiVersion).toBe('opentelemetry.io/v1alpha1');
    expect(object.spec).toEqual({
      exporter: { endpoint: 'http://otel-collector.tt.svc.cluster.local:4318' },
      propagators: ['tracecontext', 'baggage'],
      sampler: { type: 'parentbased_traceidratio', argument: '0.25' },
    });
    expect(instrumentation!.annotationFor('python')).toEqual({ 'instrumentation.opentelemetry.io/inject-python': 'tt/default' });
    expect(exp.requiredCapabilities.map((c) => c.name)).toContain('opentelemetry-operator');
  });

  it('refuses a sampling ratio outside 0 to 1 and a language the operator does not inject', () => {
    const { site } = testSite();
    const collector = new OtelCollector(site, 'c', { chart: CHARTS.openTelemetryCollector, namespace: 'x', exporter: TRACE_BACKENDS.tempo });
    expect(() => new Instrumentation(collector.objects, 'i', { namespace: 'x', collector, samplingRatio: 1.5 })).toThrow('samplingRatio 1.5 is invalid');
    const ok = new Instrumentation(collector.objects, 'j', { namespace: 'x', collector });
    expect(() => ok.annotationFor('ruby' as any)).toThrow('/j: language "ruby" is invalid: one of java, nodejs, python, dotnet, go');
  });
});

