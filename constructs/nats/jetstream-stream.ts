import { Construct } from 'constructs';
import { Stream, StreamSpecDiscard, StreamSpecRetention, StreamSpecStorage } from '../../imports/nack-jetstream.nats.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkDuration } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import type { IMessagingTarget, MessagingDurability } from '../messaging/messaging-target';
import { JetStreamConsumer, JetStreamConsumerOptions } from './jetstream-consumer';
import type { INatsCluster } from './nats-cluster-ref';

/** What {@link NatsCluster.addStream} takes. */
export interface JetStreamStreamOptions {
  /**
   * Subjects the stream captures.
   * @default - one subject, the stream's name
   */
  readonly subjects?: readonly string[];
  /**
   * Copies of every message, on different servers; at most the cluster's servers and 5.
   * @default - the cluster's servers, at most 3
   */
  readonly replicas?: number;
  /**
   * The most bytes the stream keeps; the oldest messages go first beyond it. -1 sets no limit.
   * @default 1073741824 (1 GiB)
   */
  readonly maxBytes?: number;
  /**
   * How long a message is kept, as a duration such as `1h`.
   * @default - no age limit
   */
  readonly maxAge?: string;
}

export interface JetStreamStreamProps extends JetStreamStreamOptions {
  readonly cluster: INatsCluster;
  /** The stream's name in JetStream, also its resource's name. */
  readonly streamName: string;
}

/** A stream name that is also a Kubernetes object name. */
const STREAM_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** JetStream allows at most 5 replicas of a stream. */
const MAX_STREAM_REPLICAS = 5;
/** A subject: tokens of letters, digits, `-` and `_`, separated by dots; `*` and a final `>` are wildcards. */
const SUBJECT = /^([A-Za-z0-9_-]+|\*)(\.([A-Za-z0-9_-]+|\*))*(\.>)?$|^>$/;

/**
 * A JetStream stream on a {@link NatsCluster}, kept in files and replicated, created by the hub's
 * nack controller from a Stream resource that names its cluster's address. It is a messaging
 * target: load generators take it instead of a subject and a URL.
 *
 * @example
 * const stream = nats.addStream('orders', { replicas: 3 });
 * stream.subject; // 'orders'
 */
export class JetStreamStream extends Construct implements IMessagingTarget {
  public readonly messagingSystem = 'nats-jetstream';
  public readonly streamName: string;
  public readonly cluster: INatsCluster;
  public readonly subjects: readonly string[];
  public readonly replicas: number;
  public readonly durability: MessagingDurability;
  private readonly consumers = new Map<string, JetStreamConsumer>();

  public constructor(scope: Construct, id: string, props: JetStreamStreamProps) {
    super(scope, id);
    const cluster = props.cluster;
    const where = cluster.node.path;
    const name = props.streamName;
    if (typeof name !== 'string' || !STREAM_NAME.test(name)) {
      throw new ValidationError(where, 'addStream name', name,
        'a stream name is also its resource\'s name: at most 63 lower-case letters, digits or "-", starting and ending with a letter or digit');
    }
    // nack creates the stream: an experiment that declares one needs it on its hub.
    Experiment.tryOf(this)?.require(Capabilities.nack);
    const field = `streams.${name}`;
    this.streamName = name;
    this.cluster = cluster;
    this.subjects = [...(props.subjects ?? [name])];
    if (this.subjects.length === 0) {
      throw new ValidationError(where, `${field}.subjects`, [], 'at least one subject: a stream captures messages published to its subjects');
    }
    for (const subject of this.subjects) {
      if (typeof subject !== 'string' || !SUBJECT.test(subject)) {
        throw new ValidationError(where, `${field}.subjects`, subject, 'a NATS subject: dot-separated tokens of letters, digits, "-" or "_", "*" for one token, a final ">" for the rest');
      }
    }
    const maxReplicas = Math.min(cluster.replicas, MAX_STREAM_REPLICAS);
    this.replicas = props.replicas ?? Math.min(cluster.replicas, 3);
    if (!Number.isInteger(this.replicas) || this.replicas < 1 || this.replicas > maxReplicas) {
      throw new ValidationError(where, `${field}.replicas`, this.replicas,
        `a whole number from 1 to ${maxReplicas}: each copy needs its own server (the cluster has ${cluster.replicas}) and JetStream allows at most ${MAX_STREAM_REPLICAS}`);
    }
    const maxBytes = props.maxBytes ?? 1_073_741_824;
    if (!Number.isInteger(maxBytes) || (maxBytes !== -1 && maxBytes < 1)) {
      throw new ValidationError(where, `${field}.maxBytes`, maxBytes, 'a whole number of bytes, at least 1, or -1 for no limit');
    }
    const maxAge = props.maxAge === undefined ? undefined : checkDuration(where, `${field}.maxAge`, props.maxAge);
    // A write is acknowledged once the stream's Raft group has it: a majority of its replicas.
    this.durability = { persisted: cluster.persistent, replicas: this.replicas, acknowledgedBy: Math.floor(this.replicas / 2) + 1 };

    new Stream(this, 'Resource', {
      metadata: {
        name,
        namespace: cluster.namespace,
        // After the servers are up: nack connects to them to create the stream.
        annotations: { [SYNC_WAVE_ANNOTATION]: '1' },
      },
      spec: {
        name,
        subjects: [...this.subjects],
        storage: cluster.persistent ? StreamSpecStorage.FILE : StreamSpecStorage.MEMORY,
        replicas: this.replicas,
        retention: StreamSpecRetention.LIMITS,
        discard: StreamSpecDiscard.OLD,
        maxBytes,
        ...(maxAge ? { maxAge } : {}),
        servers: [cluster.url],
      },
    });
  }

  public get destinationName(): string {
    return this.streamName;
  }

  /** The subject producers publish to: the stream's first. */
  public get subject(): string {
    return this.subjects[0];
  }

  public get connectAddress(): string {
    return this.cluster.url;
  }

  public get namespace(): string {
    return this.cluster.namespace;
  }

  /** The chart's StatefulSet names the servers `<release>-<n>`. */
  public get brokerPods(): string {
    return `${this.cluster.clusterName}-[0-9]+`;
  }

  public get maxMessageBytes(): number {
    return this.cluster.maxPayload;
  }

  /** The consumers declared so far. */
  public get consumerList(): readonly JetStreamConsumer[] {
    return [...this.consumers.values()];
  }

  /** Declares a durable consumer of the stream and returns its handle. */
  public addConsumer(name: string, options: JetStreamConsumerOptions = {}): JetStreamConsumer {
    if (this.consumers.has(name)) {
      throw new ValidationError(this.cluster.node.path, `streams.${this.streamName}.addConsumer name`, name, 'the consumer is already declared on this stream; each consumer is declared once');
    }
    const consumer = new JetStreamConsumer(this, `consumer-${name}`, { stream: this, durableName: name, ...options });
    this.consumers.set(name, consumer);
    return consumer;
  }
}
