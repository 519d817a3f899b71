import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import {
  Kafka,
  KafkaSpecEntityOperatorTopicOperatorResourcesLimits as TopicOperatorLimits,
  KafkaSpecEntityOperatorTopicOperatorResourcesRequests as TopicOperatorRequests,
  KafkaSpecKafkaExporterResourcesLimits as ExporterLimits,
  KafkaSpecKafkaExporterResourcesRequests as ExporterRequests,
  KafkaSpecKafkaListenersAuthenticationType as AuthenticationType,
  KafkaSpecKafkaListenersType as ListenerType,
  KafkaSpecKafkaMetricsConfigType as MetricsType,
} from '../../imports/strimzi-kafka-kafka.strimzi.io';
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits as NodePoolLimits,
  KafkaNodePoolSpecResourcesRequests as NodePoolRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorage,
  KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata,
  KafkaNodePoolSpecStorageVolumesType,
} from '../../imports/strimzi-kafkanodepool-kafka.strimzi.io';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger, checkKnownKeys, checkLabelName, checkOneOf, checkQuantity } from '../core/validation';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import { checkConsumerGroup } from './consumer-group';
import { IKafkaCluster, STRIMZI_CLUSTER_LABEL } from './kafka-cluster-ref';
import { KafkaTopic, KafkaTopicOptions } from './kafka-topic';
import { Capabilities } from '../catalog/capabilities';
import { Experiment } from '../experiment/experiment';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import { DEFAULT_KAFKA_VERSION, KAFKA_VERSIONS, KafkaVersion } from './versions';

/** What a node of a KRaft cluster does: keep the metadata quorum, hold partitions, or both. */
export type KafkaNodeRole = 'controller' | 'broker';

/** Where the nodes of a pool keep their logs. */
export type KafkaStorage =
  /** A PersistentVolumeClaim per node. */
  | {
    readonly kind: 'persistent';
    /** Claim size, e.g. `10Gi`. */
    readonly size: string;
    /** @default - the cluster's default StorageClass */
    readonly storageClass?: string;
    /**
     * Delete the claims with the nodes. Experiments are torn down whole, so their data goes too.
     * @default true
     */
    readonly deleteClaim?: boolean;
  }
  /** An emptyDir: data lost when a pod restarts. Fast to create, fine for short benchmarks. */
  | {
    readonly kind: 'ephemeral';
    /** @default - no limit */
    readonly sizeLimit?: string;
  };

/** A group of identical Kafka nodes (a KafkaNodePool). */
export interface KafkaNodePoolOptions {
  /** The pool's name; its pods are `<cluster>-<pool>-<n>`. */
  readonly name: string;
  /** Controller, broker, or both (dual-role nodes, the smallest KRaft layout). */
  readonly roles: readonly KafkaNodeRole[];
  /** Number of nodes. */
  readonly replicas: number;
  /**
   * Storage of each node.
   * @default - a 10Gi persistent claim per node, deleted with the node
   */
  readonly storage?: KafkaStorage;
  /**
   * Requests and limits of each node.
   * @default 250m/1Gi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** How clients reach the brokers. */
export type KafkaListenerType = 'internal' | 'cluster-ip' | 'nodeport' | 'loadbalancer';

/** One listener of the brokers. */
export interface KafkaListener {
  /** 1 to 11 lower-case letters or digits, unique in the cluster. */
  readonly name: string;
  /** Port inside Kafka: 9092 or above, except 9404 and 9999 (metrics and JMX). */
  readonly port: number;
  /** `internal` is reachable in the cluster through `<cluster>-kafka-bootstrap`. */
  readonly type: KafkaListenerType;
  /** Encrypt the listener with the cluster CA. */
  readonly tls: boolean;
  /**
   * Client authentication; `tls` needs a TLS listener.
   * @default - none
   */
  readonly authentication?: 'scram-sha-512' | 'tls';
}

/** The broker settings that decide whether writes survive a lost broker. */
export interface KafkaReplication {
  /**
   * `default.replication.factor`: replicas of topics created without one.
   * @default - 3, or the broker count when there are fewer brokers
   */
  readonly defaultReplicationFactor?: number;
  /**
   * `min.insync.replicas`: replicas that must have a write before an `acks=all` producer hears
   * back; at most `defaultReplicationFactor`.
   * @default - one less than defaultReplicationFactor, at least 1
   */
  readonly minInsyncReplicas?: number;
  /**
   * `offsets.topic.replication.factor`: replicas of consumer-group offsets.
   * @default - defaultReplicationFactor
   */
  readonly offsetsTopicReplicationFactor?: number;
  /**
   * `transaction.state.log.replication.factor`.
   * @default - defaultReplicationFactor
   */
  readonly transactionStateLogReplicationFactor?: number;
  /**
   * `transaction.state.log.min.isr`; at most transactionStateLogReplicationFactor.
   * @default - minInsyncReplicas, capped at transactionStateLogReplicationFactor
   */
  readonly transactionStateLogMinIsr?: number;
}

export interface KafkaClusterProps extends ComponentProps {
  /**
   * The cluster's name (the Kafka resource), also its Application's and folder's.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace of the cluster.
   * @default 'kafka'
   */
  readonly namespace?: string;
  /**
   * Kafka version; one the pinned Strimzi operator runs.
   * @default '4.3.1'
   */
  readonly version?: KafkaVersion;
  /**
   * The node pools; together they need at least one controller and one broker.
   * @default - one pool `dual-role` of 3 nodes that are both controller and broker
   */
  readonly nodePools?: readonly KafkaNodePoolOptions[];
  /**
   * The listeners.
   * @default - `plain` (9092, internal, no TLS) and `tls` (9093, internal, TLS)
   */
  readonly listeners?: readonly KafkaListener[];
  /**
   * Replication settings, checked against the broker count.
   * @default - see {@link KafkaReplication}
   */
  readonly replication?: KafkaReplication;
  /**
   * Let brokers create a topic on first use. Off, so that a misspelt topic fails instead of
   * quietly getting a topic with default settings; declare topics with {@link KafkaCluster.addTopic}.
   * @default false
   */
  readonly autoCreateTopics?: boolean;
  /**
   * Further broker settings (`log.retention.hours`, `num.partitions`, ...). Settings with a typed
   * prop, and those Strimzi manages itself (listeners, security, node ids), are refused.
   * @default - none
   */
  readonly config?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Requests and limits of the topic operator, which turns KafkaTopics into topics.
   * @default 50m/128Mi requested, 200m/256Mi limit
   */
  readonly topicOperatorResources?: Resources;
  /**
   * Runs Strimzi's Kafka Exporter beside the brokers: it reports every consumer group's lag per
   * topic, which the hub's Prometheus scrapes and {@link KafkaCluster.consumerLag} reads.
   * @default - no exporter
   */
  readonly lagExporter?: LagExporterOptions;
}

export interface LagExporterOptions {
  /**
   * Requests and limits of the exporter.
   * @default 25m/64Mi requested, 200m/128Mi limit
   */
  readonly resources?: Resources;
}

/** A consumer group's lag, as PromQL over the Kafka Exporter's series: records not yet consumed. */
export interface ConsumerLag {
  readonly consumerGroup: string;
  /** The group's lag summed over its topics and partitions, one series. */
  readonly query: string;
}

/** The listeners of a cluster that sets none. */
const DEFAULT_LISTENERS: readonly KafkaListener[] = [
  { name: 'plain', port: 9092, type: 'internal', tls: false },
  { name: 'tls', port: 9093, type: 'internal', tls: true },
];

/** Kafka's default `message.max.bytes`: 1 MiB plus a batch header. */
const KAFKA_MESSAGE_MAX_BYTES = 1_048_588;

/** Ports a listener may not take: Prometheus metrics and JMX. */
const RESERVED_PORTS = [9404, 9999];

/** Broker settings with a typed prop of their own. */
const TYPED_CONFIG: Readonly<Record<string, string>> = {
  'default.replication.factor': 'replication.defaultReplicationFactor',
  'min.insync.replicas': 'replication.minInsyncReplicas',
  'offsets.topic.replication.factor': 'replication.offsetsTopicReplicationFactor',
  'transaction.state.log.replication.factor': 'replication.transactionStateLogReplicationFactor',
  'transaction.state.log.min.isr': 'replication.transactionStateLogMinIsr',
  'auto.create.topics.enable': 'autoCreateTopics',
};

/** Broker settings Strimzi writes itself and refuses (prefixes end with a dot). */
const STRIMZI_MANAGED_CONFIG = [
  'listeners', 'advertised.', 'broker.', 'listener.', 'host.name', 'port', 'inter.broker.listener.name',
  'sasl.', 'ssl.', 'security.', 'password.', 'log.dir', 'log.dirs', 'node.id', 'process.roles',
  'controller.', 'metadata.log.dir', 'authorizer.', 'super.user', 'zookeeper.',
];

const LISTENER_TYPES: Readonly<Record<KafkaListenerType, ListenerType>> = {
  'internal': ListenerType.INTERNAL,
  'cluster-ip': ListenerType.CLUSTER_HYPHEN_IP,
  'nodeport': ListenerType.NODEPORT,
  'loadbalancer': ListenerType.LOADBALANCER,
};

const ROLES: Readonly<Record<KafkaNodeRole, KafkaNodePoolSpecRoles>> = {
  controller: KafkaNodePoolSpecRoles.CONTROLLER,
  broker: KafkaNodePoolSpecRoles.BROKER,
};

/**
 * A Kafka cluster in KRaft mode (no ZooKeeper), run by the hub's {@link StrimziOperator}: one
 * Kafka resource, its KafkaNodePools and its KafkaTopics, in one Application. Replication
 * settings are checked against the broker count, so a cluster that could never accept an
 * `acks=all` write fails the synth instead of the experiment.
 *
 * @example
 * const kafka = new KafkaCluster(experiment, 'kafka', {
 *   namespace: 'kafka-throughput',
 *   nodePools: [{ name: 'dual-role', roles: ['controller', 'broker'], replicas: 3 }],
 *   replication: { defaultReplicationFactor: 3, minInsyncReplicas: 2 },
 * });
 * const events = kafka.addTopic('events', { partitions: 6, config: { retentionMs: 3_600_000 } });
 * kafka.bootstrapServers; // 'kafka-kafka-bootstrap.kafka-throughput.svc.cluster.local:9092'
 */
export class KafkaCluster extends Component implements IKafkaCluster {
  /** The Kafka resource's name; Strimzi prefixes its services and pods with it. */
  public readonly clusterName: string;
  /** The Kafka version the brokers run. */
  public readonly version: KafkaVersion;
  /** Nodes with the broker role, over all pools. */
  public readonly brokerCount: number;
  /** Nodes with the controller role (the metadata quorum), over all pools. */
  public readonly controllerCount: number;
  /** `default.replication.factor`. */
  public readonly defaultReplicationFactor: number;
  /** `min.insync.replicas`, the cluster-wide value topics inherit. */
  public readonly minInsyncReplicas: number;
  /** `message.max.bytes`: the largest record batch a topic accepts unless it sets its own. */
  public readonly messageMaxBytes: number;
  /** The listeners, as given or defaulted. */
  public readonly listeners: readonly KafkaListener[];
  /** The metrics of every node (brokers and controllers), for dashboards of the experiment. */
  public readonly metrics: MetricsEndpoint;
  /** Whether every broker keeps its log on a persistent volume claim (none is ephemeral). */
  public readonly persistent: boolean;
  /** Whether the Kafka Exporter runs beside the brokers ({@link KafkaClusterProps.lagExporter}). */
  public readonly exportsLag: boolean;

  private readonly _topics = new Map<string, KafkaTopic>();

  public constructor(scope: Construct, id: string, props: KafkaClusterProps = {}) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? 'kafka' });
    const where = this.node.path;
    const clusterName = this.componentName;
    const namespace = this.namespace;
    // Strimzi's operator reconciles the cluster: an experiment that has one needs it on its hub.
    Experiment.tryOf(this)?.require(Capabilities.strimzi);

    this.clusterName = clusterName;
    this.version = checkOneOf(where, 'version', props.version ?? DEFAULT_KAFKA_VERSION, Object.keys(KAFKA_VERSIONS) as KafkaVersion[]);
    const pools = checkNodePools(where, clusterName, props.nodePools ?? [
      { name: 'dual-role', roles: ['controller', 'broker'], replicas: 3 },
    ]);
    this.brokerCount = sumReplicas(pools, 'broker');
    this.persistent = pools.filter((p) => p.roles.includes('broker')).every((p) => p.storage.kind === 'persistent');
    this.controllerCount = sumReplicas(pools, 'controller');
    this.listeners = checkListeners(where, props.listeners ?? DEFAULT_LISTENERS);
    const replication = checkReplication(where, props.replication ?? {}, this.brokerCount);
    this.defaultReplicationFactor = replication['default.replication.factor'];
    this.minInsyncReplicas = replication['min.insync.replicas'];
    const extra = checkExtraConfig(where, props.config ?? {});
    this.messageMaxBytes = Number(extra['message.max.bytes'] ?? KAFKA_MESSAGE_MAX_BYTES);
    if (!Number.isInteger(this.messageMaxBytes) || this.messageMaxBytes < 1) {
      throw new ValidationError(where, 'config["message.max.bytes"]', extra['message.max.bytes'], 'a whole number of bytes, at least 1');
    }
    const topicOperatorResources = checkResources(where, 'topicOperatorResources', props.topicOperatorResources ?? {
      requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '200m', memory: '256Mi' },
    });
    if (props.lagExporter !== undefined && (typeof props.lagExporter !== 'object' || props.lagExporter === null)) {
      throw new ValidationError(where, 'lagExporter', props.lagExporter, 'options of the Kafka Exporter, such as {} or { resources }');
    }
    if (props.lagExporter) checkKnownKeys(where, 'lagExporter', props.lagExporter, ['resources']);
    const exporterResources = props.lagExporter && checkResources(where, 'lagExporter.resources', props.lagExporter.resources ?? {
      requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' },
    });
    this.exportsLag = exporterResources !== undefined;

    for (const pool of pools) {
      new KafkaNodePool(this.objects, `pool-${pool.name}`, {
        metadata: { name: pool.name, namespace, labels: { [STRIMZI_CLUSTER_LABEL]: clusterName } },
        spec: {
          replicas: pool.replicas,
          roles: pool.roles.map((r) => ROLES[r]),
          storage: storageSpec(pool.storage),
          resources: bindingResources(pool.resources, NodePoolLimits, NodePoolRequests),
        },
      });
    }

    new Kafka(this.objects, 'Cluster', {
      metadata: { name: clusterName, namespace },
      spec: {
        kafka: {
          version: this.version,
          // Written out so that an operator upgrade never moves it before the lab decides to.
          metadataVersion: KAFKA_VERSIONS[this.version],
          listeners: this.listeners.map((l) => ({
            name: l.name,
            port: l.port,
            type: LISTENER_TYPES[l.type],
            tls: l.tls,
            ...(l.authentication ? {
              authentication: {
                type: l.authentication === 'tls' ? AuthenticationType.TLS : AuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
              },
            } : {}),
          })),
          config: { ...replication, 'auto.create.topics.enable': props.autoCreateTopics ?? false, ...extra },
          // Kafka's own metrics in Prometheus' format, without a JMX exporter configuration to keep:
          // Strimzi's metrics reporter with its default allow list.
          metricsConfig: { type: MetricsType.STRIMZI_METRICS_REPORTER },
        },
        entityOperator: {
          // Only the topic operator: the lab declares no KafkaUsers.
          topicOperator: { resources: bindingResources(topicOperatorResources, TopicOperatorLimits, TopicOperatorRequests) },
        },
        // Every group and topic (Strimzi 1.2's defaults, written out).
        ...(exporterResources ? {
          kafkaExporter: { groupRegex: '.*', topicRegex: '.*', resources: bindingResources(exporterResources, ExporterLimits, ExporterRequests) },
        } : {}),
      },
    });

    // With a metricsConfig, Strimzi 1.2 gives every node a container port `tcp-prometheus`
    // (9404, MetricsModel) serving /metrics, and labels the pods of all its node pools
    // strimzi.io/cluster=<cluster> and strimzi.io/name=<cluster>-kafka (KafkaPool.java).
    // The monitor goes in the cluster's own folder: experiments cannot write into a hub's.
    this.metrics = scrapeFromOwnFolder(this, {
      job: `${clusterName}-kafka`, target: 'pod', namespace,
      selector: { [STRIMZI_CLUSTER_LABEL]: clusterName, 'strimzi.io/name': `${clusterName}-kafka` }, port: 'tcp-prometheus',
    });
    // Strimzi 1.2 names the exporter's Deployment <cluster>-kafka-exporter, labels its pod with
    // strimzi.io/name=<cluster>-kafka-exporter (KafkaExporterResources, Labels.generateDefaultLabels)
    // and serves /metrics on the same `tcp-prometheus` port (KafkaExporter.java, MetricsModel).
    if (exporterResources) {
      scrapeFromOwnFolder(this, {
        job: `${clusterName}-kafka-exporter`, target: 'pod', namespace,
        selector: { [STRIMZI_CLUSTER_LABEL]: clusterName, 'strimzi.io/name': `${clusterName}-kafka-exporter` }, port: 'tcp-prometheus',
      });
    }
  }

  /**
   * A consumer group's lag over the cluster's topics, from the Kafka Exporter
   * ({@link KafkaClusterProps.lagExporter}): kafka_exporter's `kafka_consumergroup_lag_sum`, one
   * series per group and topic, summed. Throws when the cluster runs no exporter.
   */
  public consumerLag(consumerGroup: string): ConsumerLag {
    const where = this.node.path;
    if (!this.exportsLag) {
      throw new ValidationError(where, 'lagExporter', undefined, `set (such as {}) to read the lag of consumer group ${JSON.stringify(consumerGroup)}`);
    }
    checkConsumerGroup(where, 'consumerLag', consumerGroup);
    return { consumerGroup, query: `sum(kafka_consumergroup_lag_sum{namespace="${this.namespace}",consumergroup="${consumerGroup}"})` };
  }

  /**
   * The address of the first plain listener (internal, no TLS, no authentication), as clients
   * in the cluster use it: `<cluster>-kafka-bootstrap.<namespace>.svc.cluster.local:<port>`.
   * Throws when the cluster has no such listener.
   */
  public get bootstrapServers(): string {
    const plain = this.listeners.find((l) => l.type === 'internal' && !l.tls && !l.authentication);
    if (!plain) {
      throw new ValidationError(this.node.path, 'listeners', this.listeners.map((l) => l.name),
        'bootstrapServers needs a listener of type internal without TLS or authentication; add one such as { name: "plain", port: 9092, type: "internal", tls: false }');
    }
    return `${serviceHost(`${this.clusterName}-kafka-bootstrap`, this.namespace)}:${plain.port}`;
  }

  /** The topics declared so far, in order. */
  public get topics(): readonly KafkaTopic[] {
    return [...this._topics.values()];
  }

  /**
   * Declares a topic (a KafkaTopic the topic operator creates once the cluster is ready) and
   * returns its handle, which load generators and clients take instead of a name and address.
   */
  public addTopic(name: string, options: KafkaTopicOptions = {}): KafkaTopic {
    if (this._topics.has(name)) {
      throw new ValidationError(this.node.path, 'addTopic name', name, `the topic is already declared on cluster "${this.clusterName}"; each topic is declared once`);
    }
    const topic = new KafkaTopic(this.objects, `topic-${name}`, { cluster: this, topicName: name, ...options });
    this._topics.set(name, topic);
    return topic;
  }
}

/** A pool after validation, with its defaults filled in. */
interface CheckedPool {
  readonly name: string;
  readonly roles: readonly KafkaNodeRole[];
  readonly replicas: number;
  readonly storage: KafkaStorage;
  readonly resources: Resources;
}

function checkNodePools(where: string, clusterName: string, pools: readonly KafkaNodePoolOptions[]): CheckedPool[] {
  if (pools.length === 0) {
    throw new ValidationError(where, 'nodePools', [], 'a KRaft cluster needs at least one node pool');
  }
  const seen = new Set<string>();
  const checked = pools.map((pool, i): CheckedPool => {
    const field = `nodePools[${i}]`;
    checkLabelName(where, `${field}.name`, pool.name);
    if (seen.has(pool.name)) {
      throw new ValidationError(where, `${field}.name`, pool.name, 'each node pool needs its own name');
    }
    seen.add(pool.name);
    const replicas = checkInteger(where, `${field}.replicas`, pool.replicas, 1, 99);
    // Strimzi names the pods <cluster>-<pool>-<n>, and a pod name is also its host name.
    const longestPod = `${clusterName}-${pool.name}-${replicas - 1}`;
    if (longestPod.length > 63) {
      throw new ValidationError(where, `${field}.name`, pool.name,
        `pods are named <cluster>-<pool>-<n> ("${longestPod}"), which must fit in 63 characters; shorten the cluster or pool name`);
    }
    const roles = pool.roles ?? [];
    const allowed = Object.keys(ROLES) as KafkaNodeRole[];
    if (roles.length === 0 || new Set(roles).size !== roles.length || roles.some((r) => !allowed.includes(r))) {
      throw new ValidationError(where, `${field}.roles`, roles, 'one or both of "controller" and "broker", each once');
    }
    return {
      name: pool.name,
      roles,
      replicas,
      storage: checkStorage(where, `${field}.storage`, pool.storage ?? { kind: 'persistent', size: '10Gi' }),
      // A JVM's heap is sized from its memory; requesting all of the limit keeps it from being
      // the first pod evicted under memory pressure.
      resources: checkResources(where, `${field}.resources`, pool.resources ?? {
        requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' },
      }),
    };
  });
  for (const role of ['controller', 'broker'] as const) {
    if (sumReplicas(checked, role) === 0) {
      throw new ValidationError(where, 'nodePools', checked.map((p) => `${p.name}: ${p.roles.join('+')}`),
        `no pool has the ${role} role; a KRaft cluster needs at least one controller and one broker (a pool may have both roles)`);
    }
  }
  return checked;
}

function checkStorage(where: string, field: string, storage: KafkaStorage): KafkaStorage {
  if (storage.kind === 'persistent') {
    checkQuantity(where, `${field}.size`, storage.size);
    if (storage.storageClass !== undefined) checkLabelName(where, `${field}.storageClass`, storage.storageClass);
    return storage;
  }
  if (storage.kind === 'ephemeral') {
    if (storage.sizeLimit !== undefined) checkQuantity(where, `${field}.sizeLimit`, storage.sizeLimit);
    return storage;
  }
  throw new ValidationError(where, `${field}.kind`, (storage as { kind: unknown }).kind, 'must be one of persistent, ephemeral');
}

function storageSpec(storage: KafkaStorage): KafkaNodePoolSpecStorage {
  // One JBOD volume that also holds the KRaft metadata, so disks can be added later without
  // moving the metadata log.
  const volume = storage.kind === 'persistent'
    ? {
      id: 0,
      type: KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
      size: storage.size,
      ...(storage.storageClass ? { class: storage.storageClass } : {}),
      deleteClaim: storage.deleteClaim ?? true,
    }
    : {
      id: 0,
      type: KafkaNodePoolSpecStorageVolumesType.EPHEMERAL,
      ...(storage.sizeLimit ? { sizeLimit: storage.sizeLimit } : {}),
    };
  return {
    type: KafkaNodePoolSpecStorageType.JBOD,
    volumes: [{ ...volume, kraftMetadata: KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED }],
  };
}

function sumReplicas(pools: readonly CheckedPool[], role: KafkaNodeRole): number {
  return pools.filter((p) => p.roles.includes(role)).reduce((n, p) => n + p.replicas, 0);
}

function checkListeners(where: string, listeners: readonly KafkaListener[]): readonly KafkaListener[] {
  if (listeners.length === 0) {
    throw new ValidationError(where, 'listeners', [], 'a cluster needs at least one listener');
  }
  const names = new Set<string>();
  const ports = new Set<number>();
  listeners.forEach((l, i) => {
    const field = `listeners[${i}]`;
    if (typeof l.name !== 'string' || !/^[a-z0-9]{1,11}$/.test(l.name)) {
      throw new ValidationError(where, `${field}.name`, l.name, 'a listener name is 1 to 11 lower-case letters or digits');
    }
    if (names.has(l.name)) throw new ValidationError(where, `${field}.name`, l.name, 'each listener needs its own name');
    names.add(l.name);
    checkInteger(where, `${field}.port`, l.port, 9092, 65535);
    if (RESERVED_PORTS.includes(l.port)) {
      throw new ValidationError(where, `${field}.port`, l.port, `ports ${RESERVED_PORTS.join(' and ')} are taken by metrics and JMX`);
    }
    if (ports.has(l.port)) throw new ValidationError(where, `${field}.port`, l.port, 'each listener needs its own port');
    ports.add(l.port);
    checkOneOf(where, `${field}.type`, l.type, Object.keys(LISTENER_TYPES) as KafkaListenerType[]);
    if (l.authentication !== undefined) {
      checkOneOf(where, `${field}.authentication`, l.authentication, ['scram-sha-512', 'tls']);
      if (l.authentication === 'tls' && !l.tls) {
        throw new ValidationError(where, `${field}.authentication`, l.authentication, 'tls authentication needs a listener with tls: true');
      }
    }
  });
  return [...listeners];
}

/** The replication settings as broker config keys. */
interface ReplicationConfig {
  readonly 'default.replication.factor': number;
  readonly 'min.insync.replicas': number;
  readonly 'offsets.topic.replication.factor': number;
  readonly 'transaction.state.log.replication.factor': number;
  readonly 'transaction.state.log.min.isr': number;
}

function checkReplication(where: string, r: KafkaReplication, brokers: number): ReplicationConfig {
  const factor = (field: keyof KafkaReplication, value: number, what: string) => {
    if (!Number.isInteger(value) || value < 1 || value > brokers) {
      throw new ValidationError(where, `replication.${field}`, value,
        `must be a whole number from 1 to the broker count (${brokers}): ${what}`);
    }
    return value;
  };
  const defaultRf = factor('defaultReplicationFactor', r.defaultReplicationFactor ?? Math.min(3, brokers),
    'a topic cannot have more replicas than there are brokers');
  const minIsr = r.minInsyncReplicas ?? Math.max(1, defaultRf - 1);
  if (!Number.isInteger(minIsr) || minIsr < 1 || minIsr > defaultRf) {
    throw new ValidationError(where, 'replication.minInsyncReplicas', minIsr,
      `must be a whole number from 1 to defaultReplicationFactor (${defaultRf}): acks=all writes to a topic with fewer replicas than min.insync.replicas always fail`);
  }
  const offsetsRf = factor('offsetsTopicReplicationFactor', r.offsetsTopicReplicationFactor ?? defaultRf,
    'consumer groups cannot commit offsets until the offsets topic can be created');
  const txRf = factor('transactionStateLogReplicationFactor', r.transactionStateLogReplicationFactor ?? defaultRf,
    'transactional producers cannot start until the transaction log can be created');
  const txMinIsr = r.transactionStateLogMinIsr ?? Math.min(minIsr, txRf);
  if (!Number.isInteger(txMinIsr) || txMinIsr < 1 || txMinIsr > txRf) {
    throw new ValidationError(where, 'replication.transactionStateLogMinIsr', txMinIsr,
      `must be a whole number from 1 to transactionStateLogReplicationFactor (${txRf}): transactions could never commit`);
  }
  return {
    'default.replication.factor': defaultRf,
    'min.insync.replicas': minIsr,
    'offsets.topic.replication.factor': offsetsRf,
    'transaction.state.log.replication.factor': txRf,
    'transaction.state.log.min.isr': txMinIsr,
  };
}

function checkExtraConfig(where: string, config: Readonly<Record<string, string | number | boolean>>): Record<string, string | number | boolean> {
  for (const [key, value] of Object.entries(config)) {
    const typed = TYPED_CONFIG[key];
    if (typed) {
      throw new ValidationError(where, `config["${key}"]`, value, `set it with the typed prop ${typed}, which is checked against the broker count`);
    }
    if (STRIMZI_MANAGED_CONFIG.some((p) => (p.endsWith('.') ? key.startsWith(p) : key === p))) {
      throw new ValidationError(where, `config["${key}"]`, value, 'Strimzi writes this setting itself (listeners, security, node identity and KRaft roles come from the typed props)');
    }
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new ValidationError(where, `config["${key}"]`, value, 'a broker setting is a string, number or boolean');
    }
  }
  return { ...config };
}

