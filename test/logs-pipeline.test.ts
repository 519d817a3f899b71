import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Capabilities } from '../constructs/catalog/capabilities';
import { CHARTS } from '../constructs/catalog/charts';
import { Experiment } from '../constructs/experiment/experiment';
import { LogGenerator, LogGeneratorProps } from '../constructs/loadgen/log-generator';
import { baselineScript, generatorScript, probeScript } from '../constructs/loadgen/log-generator-scripts';
import { EckOperator } from '../constructs/logging/eck-operator';
import { ElasticLogStore } from '../constructs/logging/elastic-log-store';
import { LOG_PIPELINES, LogPipeline } from '../constructs/logging/log-pipeline';
import { Loki, LokiProps } from '../constructs/logging/loki';
import { logsPipeline } from '../experiments/logs-pipeline';
import { collectResults } from '../constructs/results/collect/collect';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { applicationUsage, runningApplications } from '../hub/application-usage';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'lt', { lab: TEST_LAB, definition: { name: 'lt', description: 'test', build } });
  return { app, exp };
}

function generator(props: Partial<LogGeneratorProps> = {}) {
  let made: LogGenerator | undefined;
  const { app, exp } = inExperiment((e) => {
    made = new LogGenerator(e, 'loggen', { pipeline: LOG_PIPELINES.loki, rate: 100, lineBytes: 200, duration: '1m', ...props });
    e.runLoad(made);
  });
  return { app, exp, gen: made! };
}

const hubWith = (enable: boolean) => {
  const app = new App();
  const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
  if (enable) new Experiment(app, logsPipeline.name, { definition: logsPipeline, lab: TEST_LAB }).enableOn(hub);
  return { app, hub };
};

const LOG_COMPONENTS = ['loki', 'alloy', 'eck-operator', 'elasticsearch', 'fluent-bit'];

describe('log pipelines on a hub', () => {
  const on = hubWith(true);
  const manifests = manifestsOf(on.app);
  const application = (name: string): Manifest => findManifest(on.app, 'Application', name);

  it('a hub that enables logs-pipeline runs both pipelines; a hub that does not runs none of their components', () => {
    expect(on.hub.capabilities.map((c) => [c.capability.name, c.neededBy])).toEqual(expect.arrayContaining([
      ['loki-logs', ['logs-pipeline']], ['elastic-logs', ['logs-pipeline']], ['eck', ['elastic-logs']],
    ]));
    for (const name of LOG_COMPONENTS) expect(application(name).spec).toBeDefined();
    const off = hubWith(false);
    const offApps = manifestsOf(off.app).filter((m) => m.kind === 'Application').map((m) => m.metadata.name);
    for (const name of LOG_COMPONENTS) expect(offApps).not.toContain(name);
  });

  it('runs Loki monolithic on the store\'s bucket, with credentials from OpenBao and none in Git', () => {
    const source = application('loki').spec.sources[0];
    expect([source.repoURL, source.chart, source.targetRevision]).toEqual(['https://grafana-community.github.io/helm-charts', 'loki', '18.11.0']);
    const v = source.helm.valuesObject;
    expect(v.deploymentMode).toBe('Monolithic');
    expect(v.loki.storage).toEqual({
      type: 's3',
      bucketNames: { chunks: 'loki', ruler: 'loki', admin: 'loki' },
      s3: {
        endpoint: 'seaweedfs-all-in-one.seaweedfs.svc.cluster.local:8333', region: 'us-east-1',
        accessKeyId: '${AWS_ACCESS_KEY_ID}', secretAccessKey: '${AWS_SECRET_ACCESS_KEY}', s3ForcePathStyle: true, insecure: true,
      },
    });
    expect(v.singleBinary.extraArgs).toEqual(['-config.expand-env=true']);
    expect(v.singleBinary.extraEnv).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'seaweedfs-s3-credentials', key: expect.any(String) } } },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'seaweedfs-s3-credentials', key: expect.any(String) } } },
    ]);
    // The store's own bucket hook creates the bucket: the hub's SeaweedFS lists it beside its core buckets.
    expect(application('seaweedfs').spec.sources[0].helm.valuesObject.allInOne.s3.createBuckets).toContainEqual({ name: 'loki' });
    expect(v.singleBinary.persistence).toEqual({ size: '5Gi', storageClass: 'standard' });
    for (const off of ['gateway', 'chunksCache', 'resultsCache', 'lokiCanary', 'test']) expect(v[off]).toEqual({ enabled: false });
    const secret = manifests.find((m) => m.kind === 'ExternalSecret' && m.metadata.namespace === 'logs-loki');
    expect(secret?.spec.target.name).toBe('seaweedfs-s3-credentials');
    expect(application('loki').spec.destination.namespace).toBe('logs-loki');
  });

  it('feeds Loki from Alloy, which tails only the pods labelled for the loki pipeline', () => {
    const v = application('alloy').spec.sources[0].helm.valuesObject;
    expect(v.controller).toEqual({ type: 'daemonset' });
    expect(v.crds).toEqual({ create: false });
    const config: string = v.alloy.configMap.content;
    expect(config).toContain('label = "illmlab.xyz/log-pipeline=loki"');
    expect(config).toContain('source_labels = ["__meta_kubernetes_pod_label_illmlab_xyz_log_pipeline"]');
    expect(config).toContain('url = "http://loki.logs-loki.svc.cluster.local:3100/loki/api/v1/push"');
    expect(application('alloy').spec.destination.namespace).toBe('logs-loki');
  });

  it('runs Elasticsearch and Kibana through ECK, fed by Fluent Bit keeping the elasticsearch pipeline\'s pods', () => {
    const eck = application('eck-operator').spec.sources[0];
    expect([eck.repoURL, eck.chart, eck.targetRevision, eck.helm.valuesObject.image.tag]).toEqual(['https://helm.elastic.co', 'eck-operator', '3.5.0', '3.5.0']);
    const es = findManifest(on.app, 'Elasticsearch', 'logs');
    expect(es.metadata.namespace).toBe('logs-elastic');
    expect(es.spec.version).toBe('9.1.0');
    expect(es.spec.http).toEqual({ tls: { selfSignedCertificate: { disabled: true } } });
    expect(es.spec.nodeSets[0].podTemplate.spec.containers[0].env).toEqual([{ name: 'ES_JAVA_OPTS', value: '-Xms512m -Xmx512m' }]);
    expect(findManifest(on.app, 'Kibana', 'logs').spec.elasticsearchRef).toEqual({ name: 'logs' });
    const fb = application('fluent-bit').spec.sources[0].helm.valuesObject;
    expect(fb.config.filters).toContain("Regex $kubernetes['labels']['illmlab.xyz/log-pipeline'] ^elasticsearch$");
    expect(fb.config.outputs).toContain('Host logs-es-http.logs-elastic.svc.cluster.local');
    expect(fb.config.outputs).toContain('Index lab-logs');
    expect(fb.image).toEqual({ tag: '5.1.1' });
  });

  it('writes objects that validate strictly: the hub with both pipelines, Elasticsearch and Kibana against ECK\'s CRDs', () => {
    const objects = manifests.map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(objects.map((o) => o.object.kind)).toEqual(expect.arrayContaining(['Elasticsearch', 'Kibana', 'ExternalSecret']));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('registers each backend as a Grafana data source in its own namespace, through the components\' handles', () => {
    const file = (name: string) => {
      const cm = findManifest(on.app, 'ConfigMap', name);
      expect(cm.metadata.labels).toEqual(expect.objectContaining({ grafana_datasource: '1' }));
      return { namespace: cm.metadata.namespace, source: JSON.parse(Object.values(cm.data as Record<string, string>)[0]).datasources[0] };
    };
    expect(file('datasource-loki')).toEqual({ namespace: 'logs-loki', source: {
      name: 'Loki', type: 'loki', uid: 'loki', url: 'http://loki.logs-loki.svc.cluster.local:3100', access: 'proxy', editable: false,
    } });
    expect(file('datasource-elasticsearch-logs')).toEqual({ namespace: 'logs-elastic', source: {
      name: 'Elasticsearch logs', type: 'elasticsearch', uid: 'elasticsearch-logs', url: 'http://logs-es-http.logs-elastic.svc.cluster.local:9200',
      access: 'proxy', editable: false, jsonData: { index: 'lab-logs', timeField: '@timestamp' },
    } });
    const loki = on.hub.node.findChild('loki') as Loki;
    const store = on.hub.node.findChild('elasticsearch') as ElasticLogStore;
    expect([loki.datasource.uid, loki.datasource.type, store.datasource.uid, store.datasource.type]).toEqual(['loki', 'loki', 'elasticsearch-logs', 'elasticsearch']);
  });

  it('orders backends before their collectors and the operator before Elasticsearch', () => {
    const wave = (name: string) => Number(application(name).metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
    expect(wave('alloy')).toBeGreaterThan(wave('loki'));
    expect(wave('loki')).toBeGreaterThan(wave('seaweedfs'));
    expect(wave('elasticsearch')).toBeGreaterThan(wave('eck-operator'));
    expect(wave('fluent-bit')).toBeGreaterThan(wave('elasticsearch'));
  });

  it('adds requests to the hub: the five log components, measured from their values and objects', () => {
    const usage = (nodes: number) => {
      const used = runningApplications(on.hub).filter((a) => LOG_COMPONENTS.includes(a.applicationName)).map((a) => applicationUsage(a, { nodes }));
      expect(used.map((u) => u.name).sort()).toEqual([...LOG_COMPONENTS].sort());
      return { cpu: used.reduce((s, u) => s + u.usage.cpuRequest, 0), memory: used.reduce((s, u) => s + u.usage.memoryRequest, 0) };
    };
    // Loki 250m/512Mi, Alloy 100m/128Mi, the operator 100m/150Mi,
    // Elasticsearch 250m/1Gi, Kibana 100m/512Mi, Fluent Bit 100m/128Mi.
    expect(usage(1).cpu).toBeCloseTo(0.9, 5);
    expect(usage(1).memory).toBe((512 + 128 + 150 + 1024 + 512 + 128) * 2 ** 20);
    // Alloy and Fluent Bit are DaemonSets: a pod of each on every node.
    expect(usage(3).cpu).toBeCloseTo(0.9 + 2 * (0.1 + 0.1), 5);
    expect(usage(3).memory).toBe((512 + 128 + 150 + 1024 + 512 + 128 + 2 * (128 + 128)) * 2 ** 20);
  });
});

describe('Loki, Elasticsearch and ECK props', () => {
  it('refuses a bucket that is not one of the store\'s and a retention that is not whole days', () => {
    const { hub } = hubWith(false);
    const loki = (props: { bucket?: unknown; retention?: string }) => new Loki(testSite().site, 'loki', {
      chart: CHARTS.loki, bucket: hub.objectStore.bucket('results'), storageClass: 'standard', ...props,
    } as LokiProps);
    expect(() => loki({ bucket: 'logs' }))
      .toThrow('site/loki: bucket "logs" is invalid: a bucket of the lab\'s store, as objectStore.addBucket(...) returns it');
    expect(() => loki({ retention: '36h' })).toThrow('site/loki: retention "36h" is invalid: a multiple of 24h, the index period');
    expect(() => loki({ retention: '7d' })).toThrow('site/loki: retention "7d" is invalid: whole hours such as 168h');
  });

  it('refuses a heap larger than half of Elasticsearch\'s memory limit', () => {
    const { site } = testSite();
    const operator = new EckOperator(site, 'eck', { chart: CHARTS.eckOperator });
    expect(() => new ElasticLogStore(site, 'es', { operator, storageClass: 'standard', heapMiB: 1024 }))
      .toThrow('site/es: heapMiB 1024 is invalid: a whole number of MiB from 256 to half the memory limit (768)');
  });
});

describe('LogGenerator', () => {
  it('requires its pipeline\'s capability and is charged for the pipeline\'s namespace', () => {
    const { exp, gen } = generator({ pipeline: LOG_PIPELINES.elasticsearch, variant: 'es' });
    expect(exp.requiredCapabilities).toContain(Capabilities.elasticLogs);
    expect(exp.requiredCapabilities).not.toContain(Capabilities.lokiLogs);
    expect(gen.measuredNamespaces).toEqual(['logs-elastic', 'lt']);
    expect(gen.variant).toBe('es');
    expect(gen.ownParameters).toEqual([
      { name: 'rate', value: '100', description: 'log lines per second' },
      { name: 'line-bytes', value: '200', description: 'bytes of each log line before its newline' },
      { name: 'seconds', value: '60', description: 'seconds the generator writes' },
    ]);
  });

  it('writes a Job that carries the pipeline\'s label: baseline, generator, then the probe', () => {
    const { gen } = generator();
    const job = gen.job({ runId: 'lt-abcde', rate: '{{workflow.parameters.loggen-rate}}' });
    expect(job.metadata.name).toBe('lt-abcde-loggen');
    expect(job.spec.template.metadata.labels['illmlab.xyz/log-pipeline']).toBe('loki');
    const pod = job.spec.template.spec;
    expect(pod.initContainers.map((c: any) => [c.name, c.image])).toEqual([['baseline', 'curlimages/curl:8.11.1'], ['generate', 'busybox:1.37.0']]);
    expect(pod.containers.map((c: any) => [c.name, c.image])).toEqual([['probe', 'curlimages/curl:8.11.1']]);
    const env = Object.fromEntries(pod.initContainers[1].env.map((e: any) => [e.name, e.value]));
    expect(env).toEqual({
      PIPELINE: 'loki', MARKER: 'loggen-lt-abcde', LINE_BYTES: '200', RATE: '{{workflow.parameters.loggen-rate}}', SECONDS_TOTAL: '60',
    });
    expect(validateObjects([{ file: 'test/job', document: 1, object: job }] as any).map(formatIssue)).toEqual([]);
    for (const c of [...pod.initContainers, ...pod.containers]) {
      expect(c.securityContext.runAsNonRoot).toBe(true);
      expect(c.resources.limits).toBeDefined();
    }
  });

  it('refuses what it cannot generate or measure', () => {
    expect(() => generator({ rate: 0 })).toThrow('lt/loggen: rate 0 is invalid');
    expect(() => generator({ lineBytes: 50 })).toThrow('lt/loggen: lineBytes 50 is invalid');
    expect(() => generator({ duration: '2h' })).toThrow('lt/loggen: duration "2h" is invalid: from 10s to 30m: the probe\'s query looks back one hour');
    expect(() => generator({ ingestTimeout: '5s' })).toThrow('lt/loggen: ingestTimeout "5s" is invalid: from 10s to 30m');
    expect(() => generator({ pipeline: { name: 'loki' } as unknown as LogPipeline }))
      .toThrow('lt/loggen: pipeline "loki" is invalid: a log pipeline of LOG_PIPELINES (constructs/logging/log-pipeline.ts)');
    expect(() => generator({ name: 'a-name-far-too-long-for-the-job-of-a-run-in-this-experiment-x' }))
      .toThrow('lt/loggen: name "a-name-far-too-long-for-the-job-of-a-run-in-this-experiment-x" is invalid: at most 54 characters');
  });
});

describe('log generator scripts', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'loggen-'));

  it('the generator writes exactly rate x seconds lines of the given size, each with the run\'s marker', () => {
    const dir = tmp();
    const out = execFileSync('/bin/sh', ['-c', generatorScript(dir)], {
      env: { PATH: process.env.PATH, RATE: '300', SECONDS_TOTAL: '1', LINE_BYTES: '120', MARKER: 'loggen-run1' }, encoding: 'utf8', timeout: 10_000,
    });
    const lines = out.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(300);
    expect(new Set(lines.map((l) => l.length))).toEqual(new Set([120]));
    expect(lines[0]).toMatch(/^loggen-run1 seq=000000001 level=[a-z]+ status=[0-9]{3} latency_ms=[0-9]+ user=[0-9]+ path=\/api\/[a-z]+ msg=/);
    expect(lines[299]).toMatch(/^loggen-run1 seq=000000300 /);
    // Not one repeated line: the backends compress it as they would an application's log.
    expect(new Set(lines.map((l) => l.slice(22))).size).toBeGreaterThan(290);
    const [count, seconds] = fs.readFileSync(path.join(dir, 'generated'), 'utf8').trim().split(' ').map(Number);
    expect(count).toBe(300);
    expect(seconds).toBeGreaterThanOrEqual(1);
  });

  /** Runs a probe script against a stand-in `curl` that answers from `answers` (first match of a URL part). */
  function runProbe(kind: 'loki' | 'elasticsearch', answers: Record<string, string>, dir: string, script: (d: string) => string) {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const cases = Object.entries(answers).map(([part, body]) => `  *${part}*) printf '%s' '${body}' ;;`).join('\n');
    fs.writeFileSync(path.join(bin, 'curl'), [
      '#!/bin/sh',
      'for a in "$@"; do case "$a" in http*) url="$a" ;; esac; done',
      'case " $* " in *time_total*) echo 0.0125; exit 0 ;; esac',
      `case "$url" in\n${cases}\nesac`,
    ].join('\n'), { mode: 0o755 });
    return execFileSync('/bin/sh', ['-c', script(dir)], {
      env: { PATH: `${bin}:${process.env.PATH}`, PIPELINE: kind, MARKER: 'loggen-run1', LINE_BYTES: '999', QUERIES: '3', INGEST_TIMEOUT: '30', FLUSH_WAIT: '0' },
      encoding: 'utf8', timeout: 60_000,
    });
  }

  it('the Elasticsearch probe reports lag, latency and the stored bytes of the run per GB', () => {
    const dir = tmp();
    const api = LOG_PIPELINES.elasticsearch.backend;
    runProbe('elasticsearch', { '_stats': '{"_shards":{"total":1},"_all":{"primaries":{"store":{"size_in_bytes":1000,"reserved":0}}}}' }, dir, (d) => baselineScript(api, d));
    expect(fs.readFileSync(path.join(dir, 'baseline'), 'utf8').trim()).toBe('1000');
    fs.writeFileSync(path.join(dir, 'generated'), `1000 10 ${Math.floor(Date.now() / 1000)}\n`);
    const log = runProbe('elasticsearch', {
      '_count': '{"count":1000,"_shards":{"total":1}}',
      '_stats': '{"_shards":{"total":1},"_all":{"primaries":{"store":{"size_in_bytes":501000,"reserved":0}}}}',
    }, dir, (d) => probeScript(api, d));
    const line = log.split('\n').find((l) => l.startsWith('metrics json: '))!;
    const metrics = JSON.parse(line.slice('metrics json: '.length));
    // 1000 lines of 999 bytes and a newline: 1 MB ingested, 500,000 bytes stored for it.
    expect(metrics).toEqual({
      lines: 1000, bytes: 1_000_000, seconds: 10, linesPerSecond: 100, bytesPerSecond: 100_000,
      linesStored: 1000, ingestComplete: 1, ingestLagSeconds: expect.any(Number),
      queryLatencyMsP50: 12.5, queryLatencyMsMax: 12.5, storedBytes: 500_000, storedBytesPerGb: 500_000_000,
    });
    expect(metrics.ingestLagSeconds).toBeLessThanOrEqual(2);
  });

  it('the Loki probe reads the count from a vector and the stored bytes from Loki\'s metrics', { timeout: 90_000 }, () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'baseline'), '200\n');
    fs.writeFileSync(path.join(dir, 'generated'), `500 5 ${Math.floor(Date.now() / 1000)}\n`);
    const log = runProbe('loki', {
      'query': '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1796034155.5,"500"]}]}}',
      '/flush': '',
      '/metrics': 'loki_ingester_chunk_stored_bytes_total{tenant="fake"} 100200\n# HELP other\nloki_ingester_chunk_stored_bytes_total{tenant="b"} 0\n',
    }, dir, (d) => probeScript(LOG_PIPELINES.loki.backend, d));
    const metrics = JSON.parse(log.split('\n').find((l) => l.startsWith('metrics json: '))!.slice('metrics json: '.length));
    expect([metrics.linesStored, metrics.ingestComplete, metrics.storedBytes, metrics.bytes]).toEqual([500, 1, 100_000, 500_000]);
    expect(metrics.storedBytesPerGb).toBe(200_000_000);
  });
});

describe('logs-pipeline', () => {
  it('is one of the lab\'s experiments: loki then elasticsearch, the same load, each in its own namespace', () => {
    expect(LAB.experiments).toContain(logsPipeline);
    const exp = new Experiment(new App(), logsPipeline.name, { definition: logsPipeline, lab: TEST_LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant, g.measuredNamespaces])).toEqual([
      ['loggen-loki', 'loki', ['logs-loki', 'logs-pipeline-loki']],
      ['loggen-elasticsearch', 'elasticsearch', ['logs-elastic', 'logs-pipeline-elasticsearch']],
    ]);
    expect(exp.loadStages.length).toBe(2);
    expect(exp.requiredCapabilities.map(String)).toEqual(['argo-workflows', 'elastic-logs', 'loki-logs']);
    const params = exp.workflow.parameters.map((p) => [p.name, p.value]);
    expect(params).toEqual(expect.arrayContaining([['loggen-loki-rate', '1000'], ['loggen-elasticsearch-line-bytes', '512'], ['loggen-loki-seconds', '300']]));
  });

  it('writes a results document per run: the probe\'s figures, cost per GB written, the bytes each backend received', async () => {
    const exp = new Experiment(new App(), logsPipeline.name, { definition: logsPipeline, lab: TEST_LAB });
    const plan = exp.workflow.runPlan;
    expect(plan.variants.map((v) => [v.name, v.namespaces, v.generators.map((g) => [g.format, g.tool, g.served])])).toEqual([
      ['loki', ['logs-loki', 'logs-pipeline-loki'], [['metrics-json', 'log-generator', { unit: 'bytes', metric: 'bytes' }]]],
      ['elasticsearch', ['logs-elastic', 'logs-pipeline-elasticsearch'], [['metrics-json', 'log-generator', { unit: 'bytes', metric: 'bytes' }]]],
    ]);
    const nodes: Record<string, unknown> = {};
    plan.variants.forEach((v, i) => {
      const g = v.generators[0];
      nodes[`run-${i}`] = { templateName: g.runTemplate, phase: 'Succeeded', startedAt: `2025-06-01T10:0${i * 5}:00Z`, finishedAt: `2025-06-01T10:0${i * 5 + 4}:00Z` };
      nodes[`summary-${i}`] = { templateName: g.summaryTemplate, phase: 'Succeeded', outputs: { result:
        'lines stored: 300000 of 300000 after 3s\nmetrics json: {"lines":300000,"bytes":153900000,"seconds":300,"ingestLagSeconds":3,"storedBytes":15390000}' } };
    });
    const queries: string[] = [];
    const doc = await collectResults({
      plan,
      workflow: { metadata: { name: 'logs-pipeline-abcde' }, status: { startedAt: '2025-06-01T10:00:00Z', nodes } },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0 },
      now: '2025-06-01T10:10:00Z',
      query: async (q) => {
        queries.push(q);
        const value = q.startsWith('sum(increase(loki_') ? '160000000' : q.startsWith('sum(increase(fluentbit_') ? '410000000' : '360';
        return { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'logs-loki' }, value: [0, value] }] } };
      },
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const [loki, elastic] = doc.variants;
    expect(loki.loadGenerators).toEqual([{ tool: 'log-generator', name: 'loggen-loki', metrics: {
      lines: 300000, bytes: 153900000, seconds: 300, ingestLagSeconds: 3, storedBytes: 15390000,
    } }]);
    expect([loki.cost.per.unit, loki.cost.per.quantity]).toEqual(['bytes', 1e9]);
    expect(loki.measurements).toEqual({ backendBytesReceived: { unit: 'bytes', value: 160000000 } });
    expect(elastic.measurements).toEqual({ backendBytesReceived: { unit: 'bytes', value: 410000000 } });
    // A four-minute window each.
    expect(queries).toContain('sum(increase(loki_distributor_bytes_received_total{job="loki"}[240s]))');
    expect(queries).toContain('sum(increase(fluentbit_output_proc_bytes_total{job="fluent-bit"}[240s]))');
  });
});
