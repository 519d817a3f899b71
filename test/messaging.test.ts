import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { UpstreamFolderSource } from '../constructs/argocd/upstream-folder-source';
import { CHARTS } from '../constructs/catalog/charts';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { Experiment } from '../constructs/experiment/experiment';
import { KafkaCluster } from '../constructs/kafka/kafka-cluster';
import { KafkaEndToEndLatency } from '../constructs/loadgen/kafka-e2e-latency';
import { NatsBench } from '../constructs/loadgen/nats-bench';
import { RabbitmqPerfTest } from '../constructs/loadgen/rabbitmq-perf-test';
import { checkEqualDurability } from '../constructs/messaging/equal-durability';
import { Nack } from '../constructs/nats/nack';
import { NatsCluster } from '../constructs/nats/nats-cluster';
import { RabbitmqCluster } from '../constructs/rabbitmq/rabbitmq-cluster';
import { RabbitmqClusterOperator } from '../constructs/rabbitmq/rabbitmq-cluster-operator';
import { kafkaE2eLatencySummary } from '../constructs/results/kafka-e2e-latency-summary';
import { natsBenchSummary } from '../constructs/results/nats-bench-summary';
import { perfTestSummary } from '../constructs/results/perf-test-summary';
import { SUMMARY_READERS } from '../constructs/results/summary-formats';
import { messagingComparison } from '../experiments/messaging-comparison';
import { kafkaThroughput } from '../experiments/kafka-throughput';
import { Hub } from '../hub/hub';
import { applicationUsage } from '../hub/application-usage';
import { fitOf } from '../hub/fit';
import { LAB } from '../lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

function inExperiment(build: (e: Experiment) => void, name = 'mt') {
  const app = new App();
  const exp = new Experiment(app, name, { lab: TEST_LAB, definition: { name, description: 'test', build } });
  return { app, exp };
}

/** Builds targets inside an experiment and hands them to `use`, which adds the load. */
function withTargets(use: (t: ReturnType<typeof targets>, e: Experiment) => void) {
  return inExperiment((e) => use(targets(e), e));
}

function targets(e: Experiment) {
  const kafka = new KafkaCluster(e, 'kafka', {
    namespace: e.namespace('kafka'),
    nodePools: [{ name: 'pool', roles: ['controller', 'broker'], replicas: 3, storage: { kind: 'persistent', size: '5Gi' } }],
    replication: { defaultReplicationFactor: 3, minInsyncReplicas: 2 },
  });
  const rabbit = new RabbitmqCluster(e, 'rabbitmq', { namespace: e.namespace('rabbitmq') });
  const nats = new NatsCluster(e, 'nats', { chart: CHARTS.nats, namespace: e.namespace('nats') });
  return {
    kafka, rabbit, nats,
    topic: kafka.addTopic('t', { partitions: 3 }),
    quorum: rabbit.addQueue('q', { type: 'quorum' }),
    stream: rabbit.addQueue('s', { type: 'stream' }),
    jetstream: nats.addStream('js'),
  };
}

const objectsOf = (app: App) => manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));

describe('RabbitmqClusterOperator', () => {
  function operator() {
    const { app, site } = testSite();
    // cert-manager of the same site: the operator comes after it.
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    new RabbitmqClusterOperator(site, 'rabbitmq-cluster-operator', { certManager });
    return app;
  }

  it('pulls the CRDs from the release tag and writes the operator, its rights and webhooks as typed objects', () => {
    const app = operator();
    const application = findManifest(app, 'Application', 'rabbitmq-cluster-operator');
    expect(application.spec.sources[0]).toEqual({ repoURL: 'https://github.com/rabbitmq/cluster-operator', targetRevision: 'v2.22.3', path: 'config/crd/bases' });
    const deployment = findManifest(app, 'Deployment', 'rabbitmq-cluster-operator');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe('ghcr.io/rabbitmq/cluster-operator:2.22.3');
    expect(container.ports.map((p: any) => [p.name, p.containerPort])).toEqual([['metrics', 8080], ['webhook-server', 9443]]);
    expect(container.resources).toEqual({ limits: { cpu: '200m', memory: '500Mi' }, requests: { cpu: '100m', memory: '256Mi' } });
    expect(findManifest(app, 'ClusterRole', 'rabbitmq-cluster-operator-role').rules).toContainEqual(
      expect.objectContaining({ apiGroups: ['rabbitmq.com'], resources: ['rabbitmqclusters/status'] }));
    const webhook = findManifest(app, 'ValidatingWebhookConfiguration', 'cluster-operator-validating-webhook-configuration');
    expect(webhook.metadata.annotations).toEqual({ 'cert-manager.io/inject-ca-from': 'rabbitmq-system/cluster-operator-serving-cert' });
    expect(webhook.webhooks[0].clientConfig.service).toEqual({ name: 'cluster-operator-webhook-service', namespace: 'rabbitmq-system', path: '/validate-rabbitmq-com-v1beta1-rabbitmqcluster' });
    expect(findManifest(app, 'Certificate', 'cluster-operator-serving-cert').spec.dnsNames[0]).toBe('cluster-operator-webhook-service.rabbitmq-system.svc');
    const operatorObjects = objectsOf(app).filter((o) => o.object.metadata.labels?.['app.kubernetes.io/part-of'] !== 'cert-manager');
    expect(validateObjects(operatorObjects).map(formatIssue)).toEqual([]);
  });

  it.each([
    [{ repoUrl: 'https://gitlab.com/x/y', tag: 'v1.0.0', path: 'a' }, 'source.repoUrl "https://gitlab.com/x/y" is invalid'],
    [{ repoUrl: 'https://github.com/x/y', tag: 'main', path: 'a' }, 'source.tag "main" is invalid: a release tag such as v2.22.3, never a branch'],
    [{ repoUrl: 'https://github.com/x/y', tag: 'v1.0.0', path: '../a' }, 'source.path "../a" is invalid'],
  ])('an upstream folder source refuses %j', (props, message) => {
    expect(() => new UpstreamFolderSource(props).check('site/app')).toThrow(`site/app: ${message}`);
  });

  it('refuses an unpinned image', () => {
    const { site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    expect(() => new RabbitmqClusterOperator(site, 'op', { certManager, image: 'ghcr.io/rabbitmq/cluster-operator:latest' }))
      .toThrow('site/op: image "ghcr.io/rabbitmq/cluster-operator:latest" is invalid');
  });
});

describe('Nack and NatsCluster', () => {
  it('runs nack with -crd-connect (no server URL) as a non-root user', () => {
    const { app, site } = testSite();
    new Nack(site, 'nack', { chart: CHARTS.nack });
    const values = findManifest(app, 'Application', 'nack').spec.sources[0].helm.valuesObject;
    expect(values.jetstream).toBeUndefined();
    expect(values.securityContext.runAsNonRoot).toBe(true);
  });

  it('refuses nack resources whose request exceeds the limit', () => {
    const { site } = testSite();
    expect(() => new Nack(site, 'nack', { chart: CHARTS.nack, resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '100m', memory: '1Gi' } } }))
      .toThrow('site/nack: resources.requests.cpu "1" is invalid');
  });

  it('installs NATS with JetStream on claims, a cluster of three, the exporter scraped, and streams with the cluster\'s address', () => {
    const { app } = withTargets((t, e) => e.runLoad(new NatsBench(e, 'bench', { stream: t.jetstream, messages: 10 })));
    const values = findManifest(app, 'Application', 'mt-nats').spec.sources[0].helm.valuesObject;
    expect(values.config.jetstream).toEqual({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true, size: '10Gi' }, maxSize: '10Gi' }, memoryStore: { enabled: false } });
    expect(values.config.cluster).toEqual({ enabled: true, replicas: 3 });
    const stream = findManifest(app, 'Stream', 'js');
    expect(stream.spec).toEqual(expect.objectContaining({ name: 'js', subjects: ['js'], storage: 'file', replicas: 3, servers: ['nats://nats.mt-nats.svc.cluster.local:4222'] }));
    expect(findManifest(app, 'PodMonitor', 'nats-nats').spec.podMetricsEndpoints[0].port).toBe('prom-metrics');
  });

  it('counts every server\'s requests and claim, though the chart reads their count elsewhere', () => {
    let nats!: NatsCluster;
    inExperiment((e) => {
      nats = new NatsCluster(e, 'nats', { chart: CHARTS.nats, replicas: 3, storageSize: '2Gi' });
      e.runLoad(new NatsBench(e, 'bench', { stream: nats.addStream('s'), messages: 10 }));
    });
    // nats-cluster.ts defaults: 100m/256Mi per server, 1 CPU/1Gi limit; a 2Gi claim each.
    expect(applicationUsage(nats.application, { nodes: 1 }).usage).toEqual({
      cpuRequest: 3 * 0.1, cpuLimit: 3 * 1, memoryRequest: 3 * 256 * 2 ** 20, memoryLimit: 3 * 2 ** 30, storage: 3 * 2 * 2 ** 30,
    });
  });

  it.each([
    [{ replicas: 0 }, 'replicas 0 is invalid'],
    [{ storageSize: '10GB' }, 'storageSize "10GB" is invalid'],
    [{ storageSize: '1500m' }, 'storageSize "1500m" is invalid: a whole number of Mi, Gi or Ti'],
  ])('NatsCluster refuses %j', (props, message) => {
    expect(() => inExperiment((e) => {
      new NatsCluster(e, 'nats', { chart: CHARTS.nats, ...props });
      throw new Error('unreachable');
    })).toThrow(`mt/nats: ${message}`);
  });

  it.each([
    ['Bad_Name', {}, 'addStream name "Bad_Name" is invalid'],
    ['s', { subjects: [] }, 'streams.s.subjects [] is invalid'],
    ['s', { subjects: ['a b'] }, 'streams.s.subjects "a b" is invalid'],
    ['s', { replicas: 4 }, 'streams.s.replicas 4 is invalid: a whole number from 1 to 3'],
    ['s', { maxBytes: 0 }, 'streams.s.maxBytes 0 is invalid'],
    ['s', { maxAge: 'forever' }, 'streams.s.maxAge "forever" is invalid'],
  ] as const)('a stream refuses %s %j', (name, options, message) => {
    expect(() => inExperiment((e) => {
      new NatsCluster(e, 'nats', { chart: CHARTS.nats }).addStream(name, options as any);
    })).toThrow(`mt/nats: ${message}`);
  });

  it('declares a durable consumer after its stream, and refuses bad consumers and repeats', () => {
    let consumerStream: any;
    const { app } = inExperiment((e) => {
      const nats = new NatsCluster(e, 'nats', { chart: CHARTS.nats });
      consumerStream = nats.addStream('s');
      consumerStream.addConsumer('reader');
      expect(() => nats.addStream('s')).toThrow('mt/nats: addStream name "s" is invalid: the stream is already declared');
      expect(() => consumerStream.addConsumer('reader')).toThrow('streams.s.addConsumer name "reader" is invalid: the consumer is already declared');
      expect(() => consumerStream.addConsumer('Bad')).toThrow('streams.s.addConsumer name "Bad" is invalid');
      expect(() => consumerStream.addConsumer('c1', { deliverPolicy: 'first' })).toThrow('streams.s.consumers.c1.deliverPolicy "first" is invalid');
      expect(() => consumerStream.addConsumer('c2', { ackPolicy: 'none' })).toThrow('streams.s.consumers.c2.ackPolicy "none" is invalid');
      expect(() => consumerStream.addConsumer('c3', { ackWait: 'soon' })).toThrow('streams.s.consumers.c3.ackWait "soon" is invalid');
      e.runLoad(new NatsBench(e, 'bench', { stream: consumerStream, messages: 10 }));
    });
    const consumer = findManifest(app, 'Consumer', 's-reader');
    expect(consumer.spec).toEqual(expect.objectContaining({ streamName: 's', durableName: 'reader', ackPolicy: 'explicit', deliverPolicy: 'all', replicas: 3 }));
    expect(consumer.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '2' });
  });
});

describe('RabbitmqCluster and its queues', () => {
  it('writes a RabbitmqCluster with persistence, the stream plugin and a pinned image, and queue handles', () => {
    let handles: any;
    const { app, exp } = withTargets((t, e) => {
      handles = t;
      e.runLoad(new RabbitmqPerfTest(e, 'perf', { queue: t.quorum, messages: 10 }));
    });
    const cluster = findManifest(app, 'RabbitmqCluster', 'rabbitmq');
    expect(cluster.spec).toEqual(expect.objectContaining({
      replicas: 3, image: 'rabbitmq:4.2.6-management', persistence: { storage: '10Gi' }, rabbitmq: { additionalPlugins: ['rabbitmq_stream'] },
    }));
    expect(handles.quorum.declareArguments).toEqual({ 'x-queue-type': 'quorum', 'x-quorum-initial-group-size': 3 });
    expect(handles.stream.declareArguments).toEqual({ 'x-queue-type': 'stream', 'x-initial-cluster-size': 3 });
    expect(handles.quorum.connectAddress).toBe('rabbitmq.mt-rabbitmq.svc.cluster.local:5672');
    expect(handles.rabbit.streamAddress).toBe('rabbitmq.mt-rabbitmq.svc.cluster.local:5552');
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(expect.arrayContaining(['rabbitmq-cluster-operator', 'nack', 'strimzi']));
    expect(validateObjects(objectsOf(app)).map(formatIssue)).toEqual([]);
  });

  it.each([
    [{ replicas: 10 }, 'replicas 10 is invalid'],
    [{ storageSize: 'big' }, 'storageSize "big" is invalid'],
    [{ image: 'rabbitmq' }, 'image "rabbitmq" is invalid'],
    [{ resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '2Gi' } } }, 'resources.limits.cpu (unset) is invalid: a CPU limit'],
  ])('RabbitmqCluster refuses %j', (props, message) => {
    expect(() => inExperiment((e) => { new RabbitmqCluster(e, 'rabbitmq', props as any); })).toThrow(`mt/rabbitmq: ${message}`);
  });

  it.each([
    ['amq.x', { type: 'quorum' }, 'addQueue name "amq.x" is invalid'],
    ['q', { type: 'classic' }, 'queues.q.type "classic" is invalid'],
    ['q', { type: 'quorum', replicas: 4 }, 'queues.q.replicas 4 is invalid: a whole number from 1 to the cluster\'s nodes (3)'],
  ])('a queue refuses %s %j', (name, options, message) => {
    expect(() => inExperiment((e) => { new RabbitmqCluster(e, 'rabbitmq').addQueue(name, options as any); })).toThrow(`mt/rabbitmq: ${message}`);
  });

  it('refuses a queue declared twice', () => {
    expect(() => inExperiment((e) => {
      const r = new RabbitmqCluster(e, 'rabbitmq');
      r.addQueue('q', { type: 'quorum' });
      r.addQueue('q', { type: 'stream' });
    })).toThrow('mt/rabbitmq: addQueue name "q" is invalid: the queue is already declared');
  });
});

describe('messaging targets and their durability', () => {
  it('gives Kafka topics, RabbitMQ queues and JetStream streams one interface with equal durability', () => {
    withTargets((t, e) => {
      const all = [t.topic, t.quorum, t.stream, t.jetstream];
      expect(all.map((x) => [x.messagingSystem, x.destinationName, x.durability])).toEqual([
        ['kafka', 't', { persisted: true, replicas: 3, acknowledgedBy: 2 }],
        ['rabbitmq-quorum-queue', 'q', { persisted: true, replicas: 3, acknowledgedBy: 2 }],
        ['rabbitmq-stream', 's', { persisted: true, replicas: 3, acknowledgedBy: 2 }],
        ['nats-jetstream', 'js', { persisted: true, replicas: 3, acknowledgedBy: 2 }],
      ]);
      expect(all.map((x) => x.brokerPods)).toEqual(['kafka-.+', 'rabbitmq-server-[0-9]+', 'rabbitmq-server-[0-9]+', 'nats-[0-9]+']);
      expect(() => checkEqualDurability('cmp', all)).not.toThrow();
      e.runLoad(new NatsBench(e, 'bench', { stream: t.jetstream, messages: 10 }));
    });
  });

  it('refuses a comparison whose targets keep messages differently, and an empty one', () => {
    expect(() => checkEqualDurability('cmp', [])).toThrow('cmp: targets [] is invalid: at least one messaging target');
    expect(() => inExperiment((e) => {
      const t = targets(e);
      const r1 = new RabbitmqCluster(e, 'single', { replicas: 1 }).addQueue('one', { type: 'quorum' });
      checkEqualDurability('cmp', [t.topic, r1]);
    })).toThrow('cmp: targets.rabbitmq-quorum-queue.durability "persisted, 1 replicas, acknowledged by 1" is invalid: the same as kafka\'s (persisted, 3 replicas, acknowledged by 2)');
  });
});

describe('messaging benches', () => {
  const job = (g: { job(runId: string): Record<string, any> }) => g.job('r1') as Manifest;

  it('runs PerfTest against a quorum queue with the operator\'s credentials from its Secret, as a non-root user', () => {
    let perf!: RabbitmqPerfTest;
    withTargets((t, e) => { perf = new RabbitmqPerfTest(e, 'perf', { queue: t.quorum, messages: 1000, rate: 500 }); e.runLoad(perf); });
    const j = job(perf);
    const container = j.spec.template.spec.containers[0];
    expect(j.metadata).toEqual(expect.objectContaining({ name: 'r1-perf-test', namespace: 'mt-rabbitmq' }));
    expect(container.image).toBe('pivotalrabbitmq/perf-test:2.25.0');
    expect(container.command[2]).toContain('--queue q --predeclared --quorum-queue --producers 1');
    expect(container.command[2]).toContain('--pmessages 1000 --cmessages 1000 --size 1024 --confirm 100');
    expect(container.command[2]).toContain('RATE=500;');
    expect(container.env).toContainEqual({ name: 'RABBITMQ_PASSWORD', valueFrom: { secretKeyRef: { name: 'rabbitmq-default-user', key: 'password' } } });
    expect(j.spec.template.spec.securityContext).toEqual(expect.objectContaining({ runAsNonRoot: true, runAsUser: 2000 }));
    expect(perf.summaryFormat).toBe('perf-test');
    expect(perf.measurements.map((m) => m.name)).toEqual(['brokerCpuCores', 'brokerPeakMemoryBytes']);
    expect(perf.measurements[0].query).toBe('sum(rate(container_cpu_usage_seconds_total{namespace="mt-rabbitmq",pod=~"rabbitmq-server-[0-9]+",container!=""}[$window]))');
    expect(validateObjects([{ file: 'test/job', document: 1, object: j }] as any).map(formatIssue)).toEqual([]);
  });

  it('runs nats bench with a pause for the rate, and Kafka\'s end-to-end latency tool with positional arguments', () => {
    let bench!: NatsBench;
    let e2e!: KafkaEndToEndLatency;
    withTargets((t, e) => {
      bench = new NatsBench(e, 'bench', { stream: t.jetstream, messages: 1000, rate: 2000, variant: 'nats' });
      e2e = new KafkaEndToEndLatency(e, 'e2e', { topic: t.topic, messages: 500, variant: 'kafka' });
      e.runLoad(bench, e2e);
    });
    const natsScript = job(bench).spec.template.spec.containers[0].command[2];
    expect(natsScript).toContain('bench js pub sync js --stream js --msgs 1000 --size 1024B --sleep $SLEEP --no-progress');
    expect(natsScript).toContain('nats --server nats://nats.mt-nats.svc.cluster.local:4222 bench js ordered --stream js --msgs 1000');
    const kafkaScript = job(e2e).spec.template.spec.containers[0].command[2];
    expect(kafkaScript).toBe('/opt/kafka/bin/kafka-run-class.sh org.apache.kafka.tools.EndToEndLatency kafka-kafka-bootstrap.mt-kafka.svc.cluster.local:9092 t 500 all 1024 && echo "messages sent: 500"');
    for (const g of [bench, e2e]) expect(validateObjects([{ file: 'test/job', document: 1, object: job(g) }] as any).map(formatIssue)).toEqual([]);
  });

  it.each([
    ['perf', (t: any, e: Experiment) => new RabbitmqPerfTest(e, 'g', { queue: t.quorum, messages: 0 }), 'messages 0 is invalid'],
    ['perf', (t: any, e: Experiment) => new RabbitmqPerfTest(e, 'g', { queue: t.quorum, messages: 1, messageSize: 11 }), 'messageSize 11 is invalid'],
    ['perf', (t: any, e: Experiment) => new RabbitmqPerfTest(e, 'g', { queue: t.quorum, messages: 1, rate: 0 }), 'rate 0 is invalid'],
    ['perf', (t: any, e: Experiment) => new RabbitmqPerfTest(e, 'g', { queue: t.quorum, messages: 1, confirmWindow: 0 }), 'confirmWindow 0 is invalid'],
    ['nats', (t: any, e: Experiment) => new NatsBench(e, 'g', { stream: t.jetstream, messages: 1.5 }), 'messages 1.5 is invalid'],
    ['nats', (t: any, e: Experiment) => new NatsBench(e, 'g', { stream: t.jetstream, messages: 1, messageSize: 2_000_000 }), 'messageSize 2000000 is invalid'],
    ['nats', (t: any, e: Experiment) => new NatsBench(e, 'g', { stream: t.jetstream, messages: 1, rate: 'fast' as any }), 'rate "fast" is invalid'],
    ['e2e', (t: any, e: Experiment) => new KafkaEndToEndLatency(e, 'g', { topic: t.topic, messages: 0 }), 'messages 0 is invalid'],
    ['e2e', (t: any, e: Experiment) => new KafkaEndToEndLatency(e, 'g', { topic: t.topic, messageSize: 0 }), 'messageSize 0 is invalid'],
    ['e2e', (t: any, e: Experiment) => new KafkaEndToEndLatency(e, 'g', { topic: t.topic, acks: 0 as any }), 'acks 0 is invalid: must be one of 1, "all"'],
    ['name', (t: any, e: Experiment) => new NatsBench(e, 'g', { stream: t.jetstream, messages: 1, name: 'x'.repeat(60) }), `name "${'x'.repeat(60)}" is invalid: at most 54 characters`],
  ])('%s refuses bad props', (_kind, make, message) => {
    expect(() => withTargets((t, e) => { e.runLoad(make(t, e)); })).toThrow(`mt/g: ${message}`);
  });
});

describe('messaging summaries', () => {
  const PERF_TEST = `id: test-1, time 60.001 s, sent: 2000 msg/s, received: 1999 msg/s, consumer latency min/median/75th/95th/99th 900/1500/1800/2600/4100 µs
id: test-1, sending rate avg: 1998 msg/s
id: test-1, receiving rate avg: 1997 msg/s
id: test-1, consumer latency min/median/75th/95th/99th/max 800/1600/1900/2700/4200/9000 µs
id: test-1, confirm latency min/median/75th/95th/99th/max 500/1100/1300/2000/3100/7000 µs
messages sent: 120000
`;
  const NATS_BENCH = `NATS JetStream synchronous publisher stats: 1,987 msgs/sec ~ 1.9 MiB/sec ~ min: 310.5us ~ avg: 480.2us ~ max: 9,120.33us ~ P50: 450.25us ~ P90: 610.1us ~ P99: 1,250.5us ~ P99.9: 4,010.75us
NATS JetStream ordered ephemeral consumer stats: 45,210 msgs/sec ~ 44 MiB/sec
messages sent: 120000
`;
  const KAFKA_E2E = `0\t25.4\n1000\t2.1\nAvg latency: 2.5310 ms\nPercentiles: 50th = 2, 99th = 6, 99.9th = 14\nmessages sent: 10000\n`;

  it('reads PerfTest\'s closing summary, latencies in milliseconds', () => {
    expect(perfTestSummary(PERF_TEST, { name: 'perf-quorum' })).toEqual({
      tool: 'perf-test', name: 'perf-quorum',
      metrics: { messages: 120000, sentPerSecond: 1998, messagesPerSecond: 1997, endToEndP50Ms: 1.6, endToEndP99Ms: 4.2, confirmP50Ms: 1.1, confirmP99Ms: 3.1 },
    });
  });

  it('reads nats bench\'s publisher and consumer lines', () => {
    expect(natsBenchSummary(NATS_BENCH, { name: 'nats-bench' })).toEqual({
      tool: 'nats-bench', name: 'nats-bench',
      metrics: { messages: 120000, sentPerSecond: 1987, messagesPerSecond: 45210, publishAckP50Ms: 0.45025, publishAckP99Ms: 1.2505 },
    });
  });

  it('reads Kafka\'s end-to-end latency tool', () => {
    expect(kafkaE2eLatencySummary(KAFKA_E2E, { name: 'kafka-e2e' })).toEqual({
      tool: 'kafka-e2e-latency', name: 'kafka-e2e',
      metrics: { messages: 10000, endToEndAvgMs: 2.531, endToEndP50Ms: 2, endToEndP99Ms: 6, endToEndP999Ms: 14 },
    });
  });

  it('counts PerfTest\'s and nats bench\'s messages as served, not the latency tool\'s', () => {
    expect(SUMMARY_READERS['perf-test'].served).toEqual({ unit: 'messages', metric: 'messages' });
    expect(SUMMARY_READERS['nats-bench'].served).toEqual({ unit: 'messages', metric: 'messages' });
    expect(SUMMARY_READERS['kafka-e2e-latency'].served).toBeUndefined();
  });

  it.each([
    [() => perfTestSummary(PERF_TEST.replace('messages sent: 120000\n', ''), { name: 'p' }), 'perf-test summary "p": messages "id: test-1, confirm latency min/median/75th/95th/99th/max 500/1100/1300/2000/3100/7000 µs" is invalid: must end with the line "messages sent: <n>"'],
    [() => perfTestSummary('messages sent: 5', { name: 'p' }), 'perf-test summary "p": sentPerSecond "messages sent: 5" is invalid'],
    [() => perfTestSummary('sending rate avg: 5 msg/s\nreceiving rate avg: 5 msg/s\nmessages sent: 5', { name: 'p' }), 'perf-test summary "p": endToEndP50Ms "messages sent: 5" is invalid'],
    [() => natsBenchSummary('x stats: 5 msgs/sec ~ 1 KiB/sec\nmessages sent: 5', { name: 'n' }), 'nats-bench summary "n": messagesPerSecond "messages sent: 5" is invalid'],
    [() => natsBenchSummary('x stats: 5 msgs/sec ~ 1 KiB/sec\ny stats: 5 msgs/sec ~ 1 KiB/sec\nmessages sent: 5', { name: 'n' }), 'nats-bench summary "n": publishAckP50Ms "messages sent: 5" is invalid'],
    [() => kafkaE2eLatencySummary('messages sent: 5', { name: 'k' }), 'kafka-e2e-latency summary "k": endToEndAvgMs "messages sent: 5" is invalid'],
    [() => kafkaE2eLatencySummary('Avg latency: 1.0 ms\nmessages sent: 5', { name: 'k' }), 'kafka-e2e-latency summary "k": endToEndP50Ms "messages sent: 5" is invalid'],
    [() => kafkaE2eLatencySummary(KAFKA_E2E, { name: 'Bad' }), 'kafka-e2e-latency summary: name "Bad" is invalid'],
  ])('refuses an incomplete summary (%#)', (read, message) => {
    expect(read).toThrow(message);
  });
});

describe('messaging-comparison', () => {
  const hubWith = (enable: boolean) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    if (enable) new Experiment(app, messagingComparison.name, { definition: messagingComparison, lab: TEST_LAB }).enableOn(hub);
    return { app, hub };
  };

  it('is one of the lab\'s experiments: four variants, one after another, the same load on each', () => {
    expect(LAB.experiments).toContain(messagingComparison);
    const exp = new Experiment(new App(), messagingComparison.name, { definition: messagingComparison, lab: TEST_LAB });
    expect(exp.loadStages.map((s) => s.map((g) => [g.loadName, g.variant, g.summaryFormat]))).toEqual([
      [['kafka-perf', 'kafka', 'kafka-perf']],
      [['kafka-e2e-latency', 'kafka', 'kafka-e2e-latency']],
      [['perf-quorum', 'rabbitmq-quorum', 'perf-test']],
      [['perf-stream', 'rabbitmq-stream', 'perf-test']],
      [['nats-bench', 'nats-jetstream', 'nats-bench']],
    ]);
    expect(exp.loadGenerators.map((g) => g.ownParameters?.find((p) => p.name === 'messages' || p.name === 'records')?.value))
      .toEqual(['200000', '10000', '200000', '200000', '200000']);
  });

  it('brings the operators onto a hub that enables it; a hub that does not runs none of them', () => {
    const on = hubWith(true);
    expect(on.hub.capabilities.filter((c) => c.neededBy.includes('messaging-comparison')).map((c) => c.capability.name).sort())
      .toEqual(['argo-workflows', 'nack', 'rabbitmq-cluster-operator', 'rabbitmq-topology-operator', 'strimzi']);
    const off = hubWith(false);
    const names = manifestsOf(off.app).filter((m) => m.kind === 'Application').map((m) => m.metadata.name);
    for (const name of ['rabbitmq-cluster-operator', 'rabbitmq-topology-operator', 'nack', 'strimzi']) expect(names).not.toContain(name);
    // The operator's objects, on a real hub, validate strictly.
    const operator = manifestsOf(on.app).filter((m) => m.metadata.labels?.['app.kubernetes.io/part-of'] === 'rabbitmq-cluster-operator' && m.kind !== 'Application')
      .map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(operator.map((o) => o.object.kind).sort()).toEqual(expect.arrayContaining(['Deployment', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'Certificate']));
    expect(validateObjects(operator).map(formatIssue)).toEqual([]);
  });

  it('adds to the hub\'s requests what its brokers, operators and benches ask (reported, and bounded)', () => {
    const env = testEnvironment();
    const on = fitOf(env, hubWith(true).hub);
    const off = fitOf(env, hubWith(false).hub);
    const added = { cpu: on.requested.cpu - off.requested.cpu, memory: on.requested.memory - off.requested.memory };
    console.log(`messaging-comparison adds ${added.cpu.toFixed(2)} CPU and ${(added.memory / 2 ** 30).toFixed(2)} GiB of requests to a hub`);
    // Three Kafka nodes, three RabbitMQ nodes and three NATS servers with their operators: well over a core, under six.
    expect(added.cpu).toBeGreaterThan(1);
    expect(added.cpu).toBeLessThan(6);
  });

  it('gives kafka-throughput an end-to-end latency stage after the perf tools', () => {
    const exp = new Experiment(new App(), kafkaThroughput.name, { definition: kafkaThroughput, lab: TEST_LAB });
    expect(exp.loadStages.map((s) => s.map((g) => g.summaryFormat))).toEqual([['kafka-perf'], ['kafka-e2e-latency']]);
  });
});
