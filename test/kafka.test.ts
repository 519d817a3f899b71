import { App } from 'cdk8s';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Experiment } from '../constructs/experiment/experiment';
import { HelmChart } from '../constructs/helm/helm-chart';
import { KafkaCluster, KafkaClusterProps } from '../constructs/kafka/kafka-cluster';
import type { KafkaTopic } from '../constructs/kafka/kafka-topic';
import { StrimziOperator } from '../constructs/kafka/strimzi-operator';
import { kafkaImage } from '../constructs/kafka/versions';
import { KafkaPerfTest, KafkaPerfTestProps } from '../constructs/loadgen/kafka-perf';
import { CHARTS } from '../constructs/catalog/charts';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB } from './support/lab';


function cluster(props: KafkaClusterProps = {}) {
  const { app, site: s } = testSite();
  const kafka = new KafkaCluster(s, 'kafka', { namespace: 'kt', ...props });
  return { app, site: s, kafka };
}

describe('StrimziOperator', () => {
  it('pins its Kafka constructs to the operator version of the catalog', () => {
    expect(kafkaImage('4.3.1')).toBe('quay.io/strimzi/kafka:1.2.0-kafka-4.3.1');
  });

  it('installs the OCI chart as an ArgoCD OCI source, watching every namespace', () => {
    const { app, site: s } = testSite();
    new StrimziOperator(s, 'strimzi', { chart: CHARTS.strimzi });
    const application = findManifest(app, 'Application', 'strimzi');
    const [helm] = application.spec.sources;
    expect(helm).toEqual({
      repoURL: 'oci://quay.io/strimzi-helm/strimzi-kafka-operator',
      path: '.',
      targetRevision: '1.2.0',
      helm: {
        releaseName: 'strimzi',
        valuesObject: {
          watchAnyNamespace: true,
          watchNamespaces: [],
          resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
        },
      },
    });
    expect(application.spec.destination.namespace).toBe('strimzi-system');
    expect(application.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
    expect(findManifest(app, 'AppProject', 'site').spec.sourceRepos).toContain('oci://quay.io/strimzi-helm/strimzi-kafka-operator');
  });

  it('keeps Helm repositories as chart sources', () => {
    const chart = new HelmChart({ repoUrl: 'https://charts.example.org', chart: 'demo', version: '1.0.0' });
    expect(chart.isOci).toBe(false);
    expect(chart.location).toEqual({ repoUrl: 'https://charts.example.org', chart: 'demo' });
    expect(new HelmChart({ repoUrl: 'oci://ghcr.io/org/charts/', chart: 'demo', version: '1.0.0' }).location)
      .toEqual({ repoUrl: 'oci://ghcr.io/org/charts/demo', path: '.' });
  });

  it('refuses a bad operator namespace', () => {
    const { site: s } = testSite();
    expect(() => new StrimziOperator(s, 'strimzi', { chart: CHARTS.strimzi, namespace: 'Strimzi' })).toThrow(
      'site/strimzi: namespace "Strimzi" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  });
});

describe('KafkaCluster', () => {
  it('runs in KRaft mode with node pools and no ZooKeeper', () => {
    const { app } = cluster();
    const kafka = findManifest(app, 'Kafka', 'kafka');
    expect(kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(kafka.metadata.namespace).toBe('kt');
    expect(kafka.spec.zookeeper).toBeUndefined();
    expect(kafka.spec.kafka.replicas).toBeUndefined();
    expect(kafka.spec.kafka.storage).toBeUndefined();
    expect(kafka.spec.kafka.version).toBe('4.3.1');
    expect(kafka.spec.kafka.metadataVersion).toBe('4.3-IV0');
    expect(kafka.spec.kafka.listeners).toEqual([
      { name: 'plain', port: 9092, type: 'internal', tls: false },
      { name: 'tls', port: 9093, type: 'internal', tls: true },
    ]);
    expect(kafka.spec.kafka.config).toEqual({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'offsets.topic.replication.factor': 3,
      'transaction.state.log.replication.factor': 3,
      'transaction.state.log.min.isr': 2,
      'auto.create.topics.enable': false,
    });
    expect(Object.keys(kafka.spec.entityOperator)).toEqual(['topicOperator']);
    expect(kafka.spec.entityOperator.topicOperator.resources).toEqual({
      requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '200m', memory: '256Mi' },
    });

    const pool = findManifest(app, 'KafkaNodePool', 'dual-role');
    expect(pool.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(pool.metadata.labels?.['strimzi.io/cluster']).toBe('kafka');
    expect(pool.spec).toEqual({
      replicas: 3,
      roles: ['controller', 'broker'],
      storage: { type: 'jbod', volumes: [{ id: 0, type: 'persistent-claim', size: '10Gi', deleteClaim: true, kraftMetadata: 'shared' }] },
      resources: { requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
    });
  });

  it('exposes typed handles', () => {
    const { kafka } = cluster({
      name: 'events',
      nodePools: [
        { name: 'controllers', roles: ['controller'], replicas: 3, storage: { kind: 'ephemeral' } },
        { name: 'brokers', roles: ['broker'], replicas: 4, storage: { kind: 'persistent', size: '20Gi', storageClass: 'fast', deleteClaim: false } },
      ],
      replication: { defaultReplicationFactor: 3, minInsyncReplicas: 2 },
    });
    expect(kafka.bootstrapServers).toBe('events-kafka-bootstrap.kt.svc.cluster.local:9092');
    expect(kafka.namespace).toBe('kt');
    expect(kafka.clusterName).toBe('events');
    expect(kafka.brokerCount).toBe(4);
    expect(kafka.controllerCount).toBe(3);
    expect(kafka.version).toBe('4.3.1');
    expect(kafka.application.applicationName).toBe('events');
  });

  it('writes separate pools with their own roles and storage', () => {
    const { app } = cluster({
      nodePools: [
        { name: 'controllers', roles: ['controller'], replicas: 3, storage: { kind: 'ephemeral', sizeLimit: '2Gi' } },
        { name: 'brokers', roles: ['broker'], replicas: 2, storage: { kind: 'persistent', size: '20Gi', storageClass: 'fast', deleteClaim: false } },
      ],
      version: '4.2.1',
    });
    expect(findManifest(app, 'KafkaNodePool', 'controllers').spec.storage).toEqual({
      type: 'jbod', volumes: [{ id: 0, type: 'ephemeral', sizeLimit: '2Gi', kraftMetadata: 'shared' }],
    });
    expect(findManifest(app, 'KafkaNodePool', 'brokers').spec.storage).toEqual({
      type: 'jbod', volumes: [{ id: 0, type: 'persistent-claim', size: '20Gi', class: 'fast', deleteClaim: false, kraftMetadata: 'shared' }],
    });
    expect(findManifest(app, 'KafkaNodePool', 'brokers').spec.roles).toEqual(['broker']);
    const spec = findManifest(app, 'Kafka', 'kafka').spec.kafka;
    expect([spec.version, spec.metadataVersion]).toEqual(['4.2.1', '4.2-IV1']);
    // Two brokers: the defaults follow the broker count.
    expect(spec.config['default.replication.factor']).toBe(2);
    expect(spec.config['min.insync.replicas']).toBe(1);
  });

  it('passes further broker settings and typed listener authentication', () => {
    const { app } = cluster({
      config: { 'log.retention.hours': 24, 'num.partitions': 6 },
      autoCreateTopics: true,
      listeners: [
        { name: 'plain', port: 9092, type: 'internal', tls: false },
        { name: 'secure', port: 9094, type: 'cluster-ip', tls: true, authentication: 'tls' },
      ],
    });
    const spec = findManifest(app, 'Kafka', 'kafka').spec.kafka;
    expect(spec.config).toMatchObject({ 'log.retention.hours': 24, 'num.partitions': 6, 'auto.create.topics.enable': true });
    expect(spec.listeners[1]).toEqual({ name: 'secure', port: 9094, type: 'cluster-ip', tls: true, authentication: { type: 'tls' } });
  });

  it('declares topics as KafkaTopics and returns their handles', () => {
    const { app, kafka } = cluster();
    const topic = kafka.addTopic('events', {
      partitions: 6,
      config: { retentionMs: 3_600_000, minInsyncReplicas: 2, cleanupPolicy: 'delete', compressionType: 'lz4', segmentBytes: 104_857_600 },
    });
    expect(topic.topicName).toBe('events');
    expect(topic.cluster).toBe(kafka);
    expect(topic.bootstrapServers).toBe('kafka-kafka-bootstrap.kt.svc.cluster.local:9092');
    expect([topic.partitions, topic.replicas, topic.minInsyncReplicas, topic.maxMessageBytes]).toEqual([6, 3, 2, 1_048_588]);
    expect(kafka.topics).toEqual([topic]);
    const object = findManifest(app, 'KafkaTopic', 'events');
    expect(object.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(object.metadata.namespace).toBe('kt');
    expect(object.metadata.labels?.['strimzi.io/cluster']).toBe('kafka');
    expect(object.metadata.annotations?.['argocd.argoproj.io/sync-wave']).toBe('1');
    expect(object.spec).toEqual({
      partitions: 6,
      replicas: 3,
      config: { 'retention.ms': 3_600_000, 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'compression.type': 'lz4', 'segment.bytes': 104_857_600 },
    });
    const plain = kafka.addTopic('plain');
    expect(findManifest(app, 'KafkaTopic', 'plain').spec).toEqual({ partitions: 3, replicas: 3 });
    expect(plain.maxMessageBytes).toBe(1_048_588);
  });
});

describe('KafkaCluster\'s lag exporter', () => {
  it('runs Strimzi\'s Kafka Exporter for every group and topic, scraped on its metrics port, only when asked', () => {
    const off = cluster();
    expect(findManifest(off.app, 'Kafka', 'kafka').spec.kafkaExporter).toBeUndefined();
    expect(manifestsOf(off.app).some((m) => m.kind === 'PodMonitor' && m.metadata.name.includes('exporter'))).toBe(false);
    const on = cluster({ lagExporter: {} });
    expect(findManifest(on.app, 'Kafka', 'kafka').spec.kafkaExporter).toEqual({
      groupRegex: '.*', topicRegex: '.*',
      resources: { requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
    });
    const monitor = manifestsOf(on.app).find((m) => m.kind === 'PodMonitor' && m.metadata.name.includes('exporter'))!;
    expect(monitor.spec.selector).toEqual({ matchLabels: { 'strimzi.io/cluster': 'kafka', 'strimzi.io/name': 'kafka-kafka-exporter' } });
    expect(monitor.spec.podMetricsEndpoints.map((e: { port: string }) => e.port)).toEqual(['tcp-prometheus']);
    expect(on.kafka.consumerLag('readers')).toEqual({
      consumerGroup: 'readers', query: 'sum(kafka_consumergroup_lag_sum{namespace="kt",consumergroup="readers"})',
    });
  });

  it('refuses to read a lag without the exporter, a group name PromQL would not quote, and unknown options', () => {
    expect(() => cluster().kafka.consumerLag('readers'))
      .toThrow('site/kafka: lagExporter (unset) is invalid: set (such as {}) to read the lag of consumer group "readers"');
    expect(() => cluster({ lagExporter: {} }).kafka.consumerLag('a"b'))
      .toThrow('site/kafka: consumerLag "a\\"b" is invalid: 1-249 letters, digits, ".", "_" or "-"');
    expect(() => cluster({ lagExporter: true as unknown as {} }))
      .toThrow('site/kafka: lagExporter true is invalid: options of the Kafka Exporter, such as {} or { resources }');
    expect(() => cluster({ lagExporter: { replicas: 2 } as unknown as {} })).toThrow(/lagExporter\.replicas .*unknown key/);
  });
});

describe('KafkaCluster refuses settings that would break the cluster', () => {
  const where = 'site/kafka';
  const threeBrokers = (props: KafkaClusterProps) => () => cluster(props);

  it('min.insync.replicas above the replication factor', () => {
    expect(threeBrokers({ replication: { defaultReplicationFactor: 2, minInsyncReplicas: 3 } })).toThrow(
      `${where}: replication.minInsyncReplicas 3 is invalid: must be a whole number from 1 to defaultReplicationFactor (2): acks=all writes to a topic with fewer replicas than min.insync.replicas always fail`);
  });

  it('default.replication.factor above the broker count', () => {
    expect(threeBrokers({ replication: { defaultReplicationFactor: 4 } })).toThrow(
      `${where}: replication.defaultReplicationFactor 4 is invalid: must be a whole number from 1 to the broker count (3): a topic cannot have more replicas than there are brokers`);
  });

  it('offsets.topic.replication.factor above the broker count', () => {
    expect(threeBrokers({ replication: { offsetsTopicReplicationFactor: 5 } })).toThrow(
      `${where}: replication.offsetsTopicReplicationFactor 5 is invalid: must be a whole number from 1 to the broker count (3): consumer groups cannot commit offsets until the offsets topic can be created`);
  });

  it('transaction.state.log.replication.factor above the broker count', () => {
    expect(threeBrokers({ replication: { transactionStateLogReplicationFactor: 4 } })).toThrow(
      `${where}: replication.transactionStateLogReplicationFactor 4 is invalid: must be a whole number from 1 to the broker count (3): transactional producers cannot start until the transaction log can be created`);
  });

  it('transaction.state.log.min.isr above its replication factor', () => {
    expect(threeBrokers({ replication: { transactionStateLogReplicationFactor: 2, transactionStateLogMinIsr: 3 } })).toThrow(
      `${where}: replication.transactionStateLogMinIsr 3 is invalid: must be a whole number from 1 to transactionStateLogReplicationFactor (2): transactions could never commit`);
  });

  it('an invalid cluster name', () => {
    expect(threeBrokers({ name: 'Kafka_1' })).toThrow(
      `${where}: name "Kafka_1" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit`);
  });

  it('an unsupported Kafka version', () => {
    expect(threeBrokers({ version: '3.9.0' as never })).toThrow(
      `${where}: version "3.9.0" is invalid: must be one of 4.2.0, 4.2.1, 4.3.0, 4.3.1`);
  });

  it('no node pools, or pools without a controller or a broker', () => {
    expect(threeBrokers({ nodePools: [] })).toThrow(`${where}: nodePools [] is invalid: a KRaft cluster needs at least one node pool`);
    expect(threeBrokers({ nodePools: [{ name: 'b', roles: ['broker'], replicas: 3 }] })).toThrow(
      `${where}: nodePools ["b: broker"] is invalid: no pool has the controller role; a KRaft cluster needs at least one controller and one broker (a pool may have both roles)`);
    expect(threeBrokers({ nodePools: [{ name: 'c', roles: ['controller'], replicas: 3 }] })).toThrow(
      `${where}: nodePools ["c: controller"] is invalid: no pool has the broker role; a KRaft cluster needs at least one controller and one broker (a pool may have both roles)`);
  });

  it('bad node pools', () => {
    expect(threeBrokers({ nodePools: [{ name: 'Pool', roles: ['broker', 'controller'], replicas: 1 }] })).toThrow(
      `${where}: nodePools[0].name "Pool" is invalid: a Kubernetes name must be 1-63 lower-case letters`);
    expect(threeBrokers({ nodePools: [{ name: 'a', roles: ['broker', 'controller'], replicas: 1 }, { name: 'a', roles: ['broker'], replicas: 1 }] })).toThrow(
      `${where}: nodePools[1].name "a" is invalid: each node pool needs its own name`);
    expect(threeBrokers({ nodePools: [{ name: 'a', roles: [], replicas: 1 }] })).toThrow(
      `${where}: nodePools[0].roles [] is invalid: one or both of "controller" and "broker", each once`);
    expect(threeBrokers({ nodePools: [{ name: 'a', roles: ['broker', 'broker'], replicas: 1 }] })).toThrow(
      `${where}: nodePools[0].roles ["broker","broker"] is invalid: one or both of "controller" and "broker", each once`);
    expect(threeBrokers({ nodePools: [{ name: 'a', roles: ['broker', 'controller'], replicas: 0 }] })).toThrow(
      `${where}: nodePools[0].replicas 0 is invalid: must be a whole number from 1 to 99`);
    expect(threeBrokers({ nodePools: [{ name: 'a', roles: ['broker', 'controller'], replicas: 1, storage: { kind: 'persistent', size: 'lots' } }] })).toThrow(
      `${where}: nodePools[0].storage.size "lots" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi`);
    const longName = 'a'.repeat(50);
    expect(threeBrokers({ name: 'k'.repeat(12), nodePools: [{ name: longName, roles: ['broker', 'controller'], replicas: 3 }] })).toThrow(
      `${where}: nodePools[0].name "${longName}" is invalid: pods are named <cluster>-<pool>-<n> ("${'k'.repeat(12)}-${longName}-2"), which must fit in 63 characters; shorten the cluster or pool name`);
  });

  it('bad listeners', () => {
    const plain = { name: 'plain', port: 9092, type: 'internal', tls: false } as const;
    expect(threeBrokers({ listeners: [{ ...plain, name: 'plaintextlistener' }] })).toThrow(
      `${where}: listeners[0].name "plaintextlistener" is invalid: a listener name is 1 to 11 lower-case letters or digits`);
    expect(threeBrokers({ listeners: [{ ...plain, port: 9404 }] })).toThrow(
      `${where}: listeners[0].port 9404 is invalid: ports 9404 and 9999 are taken by metrics and JMX`);
    expect(threeBrokers({ listeners: [{ ...plain, port: 8080 }] })).toThrow(
      `${where}: listeners[0].port 8080 is invalid: must be a whole number from 9092 to 65535`);
    expect(threeBrokers({ listeners: [plain, { ...plain, name: 'other' }] })).toThrow(
      `${where}: listeners[1].port 9092 is invalid: each listener needs its own port`);
    expect(threeBrokers({ listeners: [{ ...plain, authentication: 'tls' }] })).toThrow(
      `${where}: listeners[0].authentication "tls" is invalid: tls authentication needs a listener with tls: true`);
    expect(threeBrokers({ listeners: [] })).toThrow(`${where}: listeners [] is invalid: a cluster needs at least one listener`);
  });

  it('bootstrapServers without a plain listener', () => {
    const { kafka } = cluster({ listeners: [{ name: 'tls', port: 9093, type: 'internal', tls: true }] });
    expect(() => kafka.bootstrapServers).toThrow(
      `${where}: listeners ["tls"] is invalid: bootstrapServers needs a listener of type internal without TLS or authentication; add one such as { name: "plain", port: 9092, type: "internal", tls: false }`);
  });

  it('broker settings that have a typed prop or that Strimzi manages', () => {
    expect(threeBrokers({ config: { 'min.insync.replicas': 1 } })).toThrow(
      `${where}: config["min.insync.replicas"] 1 is invalid: set it with the typed prop replication.minInsyncReplicas, which is checked against the broker count`);
    expect(threeBrokers({ config: { 'listeners': 'PLAINTEXT://:9092' } })).toThrow(
      `${where}: config["listeners"] "PLAINTEXT://:9092" is invalid: Strimzi writes this setting itself (listeners, security, node identity and KRaft roles come from the typed props)`);
    expect(threeBrokers({ config: { 'ssl.protocol': 'TLSv1.3' } })).toThrow(/config\["ssl.protocol"\] "TLSv1.3" is invalid: Strimzi writes this setting itself/);
    expect(threeBrokers({ config: { 'message.max.bytes': 'big' } })).toThrow(
      `${where}: config["message.max.bytes"] "big" is invalid: a whole number of bytes, at least 1`);
  });
});

describe('KafkaCluster.addTopic refuses topics that could not work', () => {
  const where = 'site/kafka';

  it('zero or negative partitions', () => {
    expect(() => cluster().kafka.addTopic('t', { partitions: 0 })).toThrow(
      `${where}: topics.t.partitions 0 is invalid: must be a whole number from 1 to 10000: a topic needs at least one partition`);
    expect(() => cluster().kafka.addTopic('t', { partitions: -3 })).toThrow(
      `${where}: topics.t.partitions -3 is invalid: must be a whole number from 1 to 10000: a topic needs at least one partition`);
  });

  it('more replicas than brokers', () => {
    expect(() => cluster().kafka.addTopic('t', { replicas: 4 })).toThrow(
      `${where}: topics.t.replicas 4 is invalid: must be a whole number from 1 to the cluster's broker count (3): each replica of a partition needs its own broker`);
  });

  it('a topic min.insync.replicas above its replicas', () => {
    expect(() => cluster().kafka.addTopic('t', { replicas: 2, config: { minInsyncReplicas: 3 } })).toThrow(
      `${where}: topics.t.config.minInsyncReplicas 3 is invalid: must be a whole number from 1 to the topic's replicas (2): acks=all writes would always fail`);
  });

  it('fewer replicas than the cluster min.insync.replicas', () => {
    expect(() => cluster().kafka.addTopic('t', { replicas: 1 })).toThrow(
      `${where}: topics.t.replicas 1 is invalid: the cluster's min.insync.replicas is 2, so acks=all writes to a topic with fewer replicas always fail; give the topic at least 2 replicas or set config.minInsyncReplicas`);
    expect(() => cluster().kafka.addTopic('t', { replicas: 1, config: { minInsyncReplicas: 1 } })).not.toThrow();
  });

  it('invalid or repeated names', () => {
    expect(() => cluster().kafka.addTopic('Events_1')).toThrow(
      `${where}: addTopic name "Events_1" is invalid: a topic name is also its KafkaTopic's name: at most 249 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit`);
    const { kafka } = cluster();
    kafka.addTopic('events');
    expect(() => kafka.addTopic('events')).toThrow(
      `${where}: addTopic name "events" is invalid: the topic is already declared on cluster "kafka"; each topic is declared once`);
  });

  it('bad topic settings', () => {
    expect(() => cluster().kafka.addTopic('t', { config: { segmentBytes: 1000 } })).toThrow(
      `${where}: topics.t.config.segmentBytes 1000 is invalid: must be a whole number from 1048576 to 2147483647: Kafka 4 refuses segments under 1 MiB`);
    expect(() => cluster().kafka.addTopic('t', { config: { retentionMs: -2 } })).toThrow(
      `${where}: topics.t.config.retentionMs -2 is invalid: must be a whole number from -1 to 9007199254740991: -1 keeps records forever`);
    expect(() => cluster().kafka.addTopic('t', { config: { cleanupPolicy: 'forever' as never } })).toThrow(
      `${where}: topics.t.config.cleanupPolicy "forever" is invalid: must be one of delete, compact, compact,delete`);
  });
});

describe('KafkaPerfTest', () => {
  /** A perf test run by experiment `kt` (whose namespace is `kt`), with the experiment's workflow. */
  function perf(props: Partial<KafkaPerfTestProps> = {}, clusterProps: KafkaClusterProps = {},
    topicOf: (kafka: KafkaCluster) => KafkaTopic = (kafka) => kafka.addTopic('perf', { partitions: 6 })) {
    const app = new App();
    let test!: KafkaPerfTest;
    new Experiment(app, 'kt', { lab: TEST_LAB, definition: {
      name: 'kt', description: 'test',
      build: (e) => {
        const kafka = new KafkaCluster(e, 'kafka', { namespace: e.namespace(), ...clusterProps });
        test = new KafkaPerfTest(e, 'perf', { topic: topicOf(kafka), records: 100_000, ...props });
        e.runLoad(test);
      },
    } });
    const workflow = findManifest(app, 'WorkflowTemplate', 'kt');
    const template = (name: string) => workflow.spec.templates.find((t: any) => t.name === name);
    return { app, test, workflow, template };
  }

  it('renders a run\'s producer and consumer Jobs from the topic handle', () => {
    const { test } = perf({ recordSize: 512, throughput: 20_000, acks: 1 });
    expect(test.namespace).toBe('kt');
    expect(test.image).toBe('quay.io/strimzi/kafka:1.2.0-kafka-4.3.1');

    const producer = test.job('producer', { runId: 'r1', labels: { run: 'r1' } });
    expect(producer).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'r1-kafka-perf-producer', namespace: 'kt' } });
    expect(producer.metadata.labels).toEqual({
      run: 'r1', 'app.kubernetes.io/name': 'kafka-perf', 'app.kubernetes.io/part-of': 'kafka-perf', 'app.kubernetes.io/component': 'producer',
    });
    expect(producer.metadata.annotations).toBeUndefined();
    const pc = producer.spec.template.spec.containers[0];
    expect(pc.image).toBe('quay.io/strimzi/kafka:1.2.0-kafka-4.3.1');
    expect(pc.command).toEqual(['/opt/kafka/bin/kafka-producer-perf-test.sh']);
    expect(pc.args).toEqual([
      '--topic', 'perf', '--num-records', '100000', '--record-size', '512', '--throughput', '20000',
      '--producer-props', 'bootstrap.servers=kafka-kafka-bootstrap.kt.svc.cluster.local:9092', 'acks=1', '--print-metrics',
    ]);
    expect(pc.resources).toEqual({ requests: { cpu: '500m', memory: '1024Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } });
    expect(pc.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: true });
    expect(producer.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1001 });
    expect(producer.spec.backoffLimit).toBe(0);

    const consumer = test.job('consumer', { runId: 'r1', records: '{{records}}' });
    expect(consumer.metadata.name).toBe('r1-kafka-perf-consumer');
    const cc = consumer.spec.template.spec.containers[0];
    expect(cc.command).toEqual(['/opt/kafka/bin/kafka-consumer-perf-test.sh']);
    expect(cc.args).toEqual([
      '--bootstrap-server', 'kafka-kafka-bootstrap.kt.svc.cluster.local:9092', '--topic', 'perf', '--messages', '{{records}}',
      '--group', 'kafka-perf', '--timeout', '60000', '--print-metrics',
    ]);
  });

  it('keeps no Job in Git: its folder holds the runner\'s rights to what the workflow does', () => {
    const { app } = perf();
    const all = manifestsOf(app);
    expect(all.filter((m) => m.kind === 'Job')).toEqual([]);
    const role = findManifest(app, 'Role', 'experiment-runner-kafka-perf');
    expect(role.metadata.namespace).toBe('kt');
    expect(role.rules).toEqual([
      { apiGroups: ['batch'], resources: ['jobs'], verbs: ['create', 'get', 'list', 'watch', 'delete'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
      { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
    ]);
  });

  it('creates the producer, then the consumer, in each run, waits for each and deletes them on exit', () => {
    const { test, workflow, template } = perf({ throughput: 20_000 });
    const params = Object.fromEntries(workflow.spec.arguments.parameters.map((p: any) => [p.name, p.value]));
    expect(params).toEqual({ 'kafka-perf-records': '100000', 'kafka-perf-throughput': '20000', 'load-timeout': '660s' });
    expect(template('kafka-perf').steps.map((g: any[]) => g.map((x) => x.template))).toEqual([['kafka-perf-producer'], ['kafka-perf-consumer']]);
    for (const role of ['producer', 'consumer'] as const) {
      const t = template(`kafka-perf-${role}`);
      expect(t.resource).toMatchObject({ action: 'create', successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 0' });
      expect(t.timeout).toBe('{{workflow.parameters.load-timeout}}');
      expect(yaml.load(t.resource.manifest)).toEqual(test.job(role, {
        runId: '{{workflow.name}}',
        labels: { 'app.kubernetes.io/managed-by': 'argo-workflows', 'illmlab.xyz/experiment': 'kt', 'illmlab.xyz/run': '{{workflow.name}}' },
        records: '{{workflow.parameters.kafka-perf-records}}',
        throughput: '{{workflow.parameters.kafka-perf-throughput}}',
      }));
    }
    expect(template('kafka-perf-summary').container.args).toContain('job-name in ({{workflow.name}}-kafka-perf-producer,{{workflow.name}}-kafka-perf-consumer)');
    expect(template('kafka-perf-cleanup').container.args).toEqual([
      'delete', 'jobs', '--namespace', 'kt', '--selector', 'illmlab.xyz/experiment=kt,app.kubernetes.io/part-of=kafka-perf', '--ignore-not-found', '--timeout=5m',
    ]);
    const exit = workflow.spec.templates.find((t: any) => t.name === 'exit').steps.flat().map((x: any) => x.template);
    // The results step reads the summaries, so it runs after them, beside the cleanups.
    expect(exit).toEqual(['kafka-perf-summary', 'results', 'kafka-perf-cleanup', 'report']);
    expect(template('wait-healthy').container.args).toContain('application/kt-kafka-perf');
  });

  it('defaults to unlimited throughput with acks=all, and can start the consumer with the producer', () => {
    const { test, workflow, template } = perf({ consumerStart: 'with-producer', consumerTimeout: '10s' });
    const args = test.job('producer', { runId: 'r' }).spec.template.spec.containers[0].args as string[];
    expect(args.slice(args.indexOf('--throughput'), args.indexOf('--throughput') + 2)).toEqual(['--throughput', '-1']);
    expect(args).toContain('acks=all');
    expect(args).toContain('1024');
    expect(workflow.spec.arguments.parameters.find((p: any) => p.name === 'kafka-perf-throughput').value).toBe('-1');
    expect(template('kafka-perf').steps.map((g: any[]) => g.map((x) => x.template))).toEqual([['kafka-perf-producer', 'kafka-perf-consumer']]);
    expect(test.job('consumer', { runId: 'r' }).spec.template.spec.containers[0].args).toContain('10000');
  });

  it('runs the cluster version image', () => {
    const { test } = perf({}, { version: '4.2.0' });
    expect(test.job('producer', { runId: 'r' }).spec.template.spec.containers[0].image).toBe('quay.io/strimzi/kafka:1.2.0-kafka-4.2.0');
  });

  it('creates run Jobs that validate strictly against the pinned Kubernetes schemas', () => {
    const { test } = perf();
    const jobs = (['producer', 'consumer'] as const).map((role, i) => ({ file: `test/${role}`, document: i + 1, object: test.job(role, { runId: 'r1' }) }));
    expect(validateObjects(jobs as any).map(formatIssue)).toEqual([]);
  });

  it('refuses bad load settings', () => {
    const where = 'kt/perf';
    expect(() => perf({ records: 0 })).toThrow(`${where}: records 0 is invalid: must be a whole number from 1 to 1000000000`);
    expect(() => perf({ recordSize: 2_000_000 })).toThrow(
      `${where}: recordSize 2000000 is invalid: must be a whole number of bytes from 1 to 1048448: a record and its batch headers must fit the topic's max.message.bytes (1048588) and the producer's max.request.size (1048576)`);
    expect(() => perf({ throughput: 0 })).toThrow(`${where}: throughput 0 is invalid: records per second, a whole number from 1 to 10000000, or "unlimited"`);
    expect(() => perf({ acks: 2 as never })).toThrow(`${where}: acks 2 is invalid: must be one of 0, 1, "all"`);
    expect(() => perf({ consumerTimeout: '10ms' })).toThrow(
      `${where}: consumerTimeout "10ms" is invalid: at least one second: the consumer gives up after this long without a record`);
    expect(() => perf({ resources: { requests: { cpu: '500m', memory: '1.5G' }, limits: { memory: '2Gi' } } })).toThrow(
      `${where}: resources.requests.memory "1.5G" is invalid: memory as a whole number of Ki, Mi or Gi, such as 512Mi`);
  });

  it('refuses a name too long for a run\'s Job names', () => {
    const name = 'a-perf-test-with-a-very-long-name-for-its-run-jobs';
    expect(() => perf({ name })).toThrow(
      `kt/perf: name "${name}" is invalid: at most 45 characters in experiment kt: a run's Job names (<workflow>-${name}-consumer) must stay within 63`);
  });

  it('refuses a record larger than the topic accepts', () => {
    expect(() => perf({ records: 10, recordSize: 10_000 }, {}, (kafka) => kafka.addTopic('small', { config: { maxMessageBytes: 10_000 } }))).toThrow(
      /recordSize 10000 is invalid: must be a whole number of bytes from 1 to 9872: .*max.message.bytes \(10000\)/);
  });

  it('needs a plain listener to reach the topic', () => {
    expect(() => perf({}, { listeners: [{ name: 'tls', port: 9093, type: 'internal', tls: true }] })).toThrow(
      /^kt\/kafka: listeners \["tls"\] is invalid: bootstrapServers needs a listener of type internal/);
  });

  it('must be run by an experiment', () => {
    const { site: s, kafka } = cluster();
    expect(() => new KafkaPerfTest(s, 'perf', { topic: kafka.addTopic('t'), records: 10 })).toThrow('site: must be created inside an experiment');
  });
});

describe('Kafka objects', () => {
  it('validate strictly against the pinned Strimzi and Kubernetes schemas', () => {
    const { app, kafka } = cluster({
      nodePools: [
        { name: 'controllers', roles: ['controller'], replicas: 3, storage: { kind: 'ephemeral', sizeLimit: '1Gi' } },
        { name: 'brokers', roles: ['broker'], replicas: 3 },
      ],
      listeners: [
        { name: 'plain', port: 9092, type: 'internal', tls: false },
        { name: 'scram', port: 9094, type: 'internal', tls: true, authentication: 'scram-sha-512' },
      ],
    });
    kafka.addTopic('events', { partitions: 12, config: { retentionMs: 60_000, compressionType: 'zstd' } });
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(objects.map((o) => o.object.kind)).toEqual(expect.arrayContaining(['Kafka', 'KafkaNodePool', 'KafkaTopic']));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });
});
