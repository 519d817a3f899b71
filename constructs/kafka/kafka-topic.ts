import { Construct } from 'constructs';
import { KafkaTopic as KafkaTopicL1 } from '../../imports/strimzi-kafkatopic-kafka.strimzi.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { ValidationError } from '../core/errors';
import { checkInteger, checkOneOf } from '../core/validation';
import type { IMessagingTarget, MessagingDurability } from '../messaging/messaging-target';
import { IKafkaCluster, STRIMZI_CLUSTER_LABEL } from './kafka-cluster-ref';

/** Topic-level settings the lab uses; each maps to the Kafka topic config named in its doc. */
export interface KafkaTopicConfig {
  /**
   * `min.insync.replicas`; at most the topic's replicas.
   * @default - the cluster's min.insync.replicas
   */
  readonly minInsyncReplicas?: number;
  /**
   * `retention.ms`; -1 keeps records forever.
   * @default - the broker's (7 days)
   */
  readonly retentionMs?: number;
  /**
   * `retention.bytes` per partition; -1 for no size limit.
   * @default - the broker's (no limit)
   */
  readonly retentionBytes?: number;
  /**
   * `cleanup.policy`.
   * @default - the broker's (delete)
   */
  readonly cleanupPolicy?: 'delete' | 'compact' | 'compact,delete';
  /**
   * `compression.type`: `producer` keeps what the producer sent.
   * @default - the broker's (producer)
   */
  readonly compressionType?: 'producer' | 'uncompressed' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
  /**
   * `segment.bytes`; Kafka 4 refuses less than 1 MiB.
   * @default - the broker's (1 GiB)
   */
  readonly segmentBytes?: number;
  /**
   * `max.message.bytes`: the largest record batch the topic accepts.
   * @default - the cluster's message.max.bytes
   */
  readonly maxMessageBytes?: number;
}

/** What {@link KafkaCluster.addTopic} takes. */
export interface KafkaTopicOptions {
  /**
   * Partitions: the topic's unit of parallelism. They can be added later but never removed.
   * @default 3
   */
  readonly partitions?: number;
  /**
   * Replicas of each partition; at most the cluster's broker count.
   * @default - the cluster's default.replication.factor
   */
  readonly replicas?: number;
  /**
   * Topic-level settings.
   * @default - the cluster's
   */
  readonly config?: KafkaTopicConfig;
}

export interface KafkaTopicProps extends KafkaTopicOptions {
  /** The cluster the topic lives in. */
  readonly cluster: IKafkaCluster;
  /** The topic's name in Kafka, also the KafkaTopic object's name. */
  readonly topicName: string;
}

/** A Kafka topic name that is also a Kubernetes object name (Kafka allows at most 249 characters). */
const TOPIC_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const MAX_TOPIC_NAME = 249;
const MIN_SEGMENT_BYTES = 1024 * 1024;
const MAX_INT = 2 ** 31 - 1;

/** Kafka's config key for each typed setting. */
const CONFIG_KEYS: Readonly<Record<keyof KafkaTopicConfig, string>> = {
  minInsyncReplicas: 'min.insync.replicas',
  retentionMs: 'retention.ms',
  retentionBytes: 'retention.bytes',
  cleanupPolicy: 'cleanup.policy',
  compressionType: 'compression.type',
  segmentBytes: 'segment.bytes',
  maxMessageBytes: 'max.message.bytes',
};

/**
 * A topic of a {@link KafkaCluster}, declared as a KafkaTopic for Strimzi's topic operator. It is
 * the handle clients and load generators take: it knows its cluster's address, its namespace
 * and the limits a producer must respect. Create it with {@link KafkaCluster.addTopic}.
 *
 * @example
 * const topic = kafka.addTopic('events', { partitions: 6, replicas: 3, config: { minInsyncReplicas: 2 } });
 * topic.topicName;        // 'events'
 * topic.bootstrapServers; // the cluster's plain listener
 */
export class KafkaTopic extends Construct implements IMessagingTarget {
  public readonly messagingSystem = 'kafka';
  /** The topic's name in Kafka. */
  public readonly topicName: string;
  /** The cluster the topic lives in. */
  public readonly cluster: IKafkaCluster;
  /** Number of partitions. */
  public readonly partitions: number;
  /** Replicas of each partition. */
  public readonly replicas: number;
  /** The `min.insync.replicas` in force: the topic's, or the cluster's. */
  public readonly minInsyncReplicas: number;
  /** The largest record batch the topic accepts, in bytes: the topic's, or the cluster's. */
  public readonly maxMessageBytes: number;

  public constructor(scope: Construct, id: string, props: KafkaTopicProps) {
    super(scope, id);
    const where = props.cluster.node.path;
    const cluster = props.cluster;
    const name = props.topicName;
    if (typeof name !== 'string' || name.length > MAX_TOPIC_NAME || !TOPIC_NAME.test(name)) {
      throw new ValidationError(where, 'addTopic name', name,
        `a topic name is also its KafkaTopic's name: at most ${MAX_TOPIC_NAME} lower-case letters, digits, "-" or ".", starting and ending with a letter or digit`);
    }
    const field = `topics.${name}`;
    this.topicName = name;
    this.cluster = cluster;

    this.partitions = props.partitions ?? 3;
    if (!Number.isInteger(this.partitions) || this.partitions < 1 || this.partitions > 10_000) {
      throw new ValidationError(where, `${field}.partitions`, this.partitions,
        'must be a whole number from 1 to 10000: a topic needs at least one partition');
    }
    this.replicas = props.replicas ?? cluster.defaultReplicationFactor;
    if (!Number.isInteger(this.replicas) || this.replicas < 1 || this.replicas > cluster.brokerCount) {
      throw new ValidationError(where, `${field}.replicas`, this.replicas,
        `must be a whole number from 1 to the cluster's broker count (${cluster.brokerCount}): each replica of a partition needs its own broker`);
    }

    const config = props.config ?? {};
    const topicMinIsr = config.minInsyncReplicas;
    if (topicMinIsr !== undefined && (!Number.isInteger(topicMinIsr) || topicMinIsr < 1 || topicMinIsr > this.replicas)) {
      throw new ValidationError(where, `${field}.config.minInsyncReplicas`, topicMinIsr,
        `must be a whole number from 1 to the topic's replicas (${this.replicas}): acks=all writes would always fail`);
    }
    if (topicMinIsr === undefined && cluster.minInsyncReplicas > this.replicas) {
      throw new ValidationError(where, `${field}.replicas`, this.replicas,
        `the cluster's min.insync.replicas is ${cluster.minInsyncReplicas}, so acks=all writes to a topic with fewer replicas always fail; ` +
        `give the topic at least ${cluster.minInsyncReplicas} replicas or set config.minInsyncReplicas`);
    }
    this.minInsyncReplicas = topicMinIsr ?? cluster.minInsyncReplicas;
    if (config.retentionMs !== undefined) checkInteger(where, `${field}.config.retentionMs`, config.retentionMs, -1, Number.MAX_SAFE_INTEGER, '-1 keeps records forever');
    if (config.retentionBytes !== undefined) checkInteger(where, `${field}.config.retentionBytes`, config.retentionBytes, -1, Number.MAX_SAFE_INTEGER, '-1 sets no size limit');
    if (config.segmentBytes !== undefined) checkInteger(where, `${field}.config.segmentBytes`, config.segmentBytes, MIN_SEGMENT_BYTES, MAX_INT, 'Kafka 4 refuses segments under 1 MiB');
    if (config.maxMessageBytes !== undefined) checkInteger(where, `${field}.config.maxMessageBytes`, config.maxMessageBytes, 1, MAX_INT, 'the largest record batch, in bytes');
    if (config.cleanupPolicy !== undefined) {
      checkOneOf(where, `${field}.config.cleanupPolicy`, config.cleanupPolicy, ['delete', 'compact', 'compact,delete']);
    }
    if (config.compressionType !== undefined) {
      checkOneOf(where, `${field}.config.compressionType`, config.compressionType, ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd']);
    }
    this.maxMessageBytes = config.maxMessageBytes ?? cluster.messageMaxBytes;

    const kafkaConfig = Object.fromEntries(Object.entries(config)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [CONFIG_KEYS[k as keyof KafkaTopicConfig], v]));
    new KafkaTopicL1(this, 'Resource', {
      metadata: {
        name,
        namespace: cluster.namespace,
        labels: { [STRIMZI_CLUSTER_LABEL]: cluster.clusterName },
        // After the Kafka resource is Ready: the topic operator it starts creates the topic.
        annotations: { [SYNC_WAVE_ANNOTATION]: '1' },
      },
      spec: {
        partitions: this.partitions,
        replicas: this.replicas,
        ...(Object.keys(kafkaConfig).length ? { config: kafkaConfig } : {}),
      },
    });
  }

  /** The cluster's plain bootstrap address. */
  public get bootstrapServers(): string {
    return this.cluster.bootstrapServers;
  }

  /** The namespace of the cluster and topic. */
  public get namespace(): string {
    return this.cluster.namespace;
  }

  public get destinationName(): string {
    return this.topicName;
  }

  public get connectAddress(): string {
    return this.bootstrapServers;
  }

  /** Strimzi names every pod of the cluster (nodes, entity operator) `<cluster>-...`. */
  public get brokerPods(): string {
    return `${this.cluster.clusterName}-.+`;
  }

  /**
   * What an `acks=all` write survives: on the partition's replicas, acknowledged once
   * min.insync.replicas of them have it. Brokers keep logs on disk unless the cluster's storage
   * is ephemeral, which the topic does not know: see {@link KafkaCluster}'s storage.
   */
  public get durability(): MessagingDurability {
    return { persisted: this.cluster.persistent, replicas: this.replicas, acknowledgedBy: this.minInsyncReplicas };
  }
}

