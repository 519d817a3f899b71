import { Construct } from 'constructs';
import { Queue } from '../../imports/rabbitmq-queue-rabbitmq.com';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkOneOf } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import type { IMessagingTarget, MessagingDurability, MessagingSystem } from '../messaging/messaging-target';
import type { IRabbitmqCluster } from './rabbitmq-cluster-ref';

/** A replicated, persisted queue type: a Raft-replicated quorum queue, or an append-only stream. */
export type RabbitmqQueueType = 'quorum' | 'stream';

/** What a cluster's `addQueue` takes. */
export interface RabbitmqQueueOptions {
  /** Quorum queue or stream. */
  readonly type: RabbitmqQueueType;
  /**
   * Copies of every message, on different nodes (`x-quorum-initial-group-size` for a quorum
   * queue, `x-initial-cluster-size` for a stream); at most the cluster's nodes.
   * @default - the cluster's nodes, at most 3
   */
  readonly replicas?: number;
}

export interface RabbitmqQueueProps extends RabbitmqQueueOptions {
  readonly cluster: IRabbitmqCluster;
  /** The queue's name in RabbitMQ. */
  readonly queueName: string;
}

/** A queue name the lab uses: letters, digits, `-`, `_` and `.`; names starting `amq.` are RabbitMQ's. */
const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A Kubernetes object name (a DNS subdomain): the Queue resource is named after the cluster and the queue. */
const RESOURCE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_RESOURCE_NAME = 253;

/**
 * A quorum queue or stream of a RabbitMQ cluster, declared by the messaging topology operator
 * from a `Queue` resource (rabbitmq.com/v1beta1) in the cluster's namespace: durable, never
 * auto-deleted, with the replica count as its initial group (quorum) or cluster (stream) size.
 * Clients use it as it is and declare nothing (ADR 0145). It is a messaging target: load
 * generators take it instead of a name and an address.
 */
export class RabbitmqQueue extends Construct implements IMessagingTarget {
  public readonly queueName: string;
  public readonly cluster: IRabbitmqCluster;
  public readonly type: RabbitmqQueueType;
  public readonly replicas: number;
  public readonly durability: MessagingDurability;
  /** The name of the `Queue` resource the topology operator reconciles, `<cluster>-<queue>`. */
  public readonly resourceName: string;

  public constructor(scope: Construct, id: string, props: RabbitmqQueueProps) {
    super(scope, id);
    const cluster = props.cluster;
    const where = cluster.node.path;
    const name = props.queueName;
    if (typeof name !== 'string' || !QUEUE_NAME.test(name) || name.startsWith('amq.')) {
      throw new ValidationError(where, 'addQueue name', name,
        'up to 128 letters, digits, ".", "-" or "_", starting with a letter or digit, and not "amq." (RabbitMQ reserves it)');
    }
    const field = `queues.${name}`;
    this.queueName = name;
    this.cluster = cluster;
    this.type = checkOneOf(where, `${field}.type`, props.type, ['quorum', 'stream']);
    this.replicas = props.replicas ?? Math.min(cluster.replicas, 3);
    if (!Number.isInteger(this.replicas) || this.replicas < 1 || this.replicas > cluster.replicas) {
      throw new ValidationError(where, `${field}.replicas`, this.replicas,
        `a whole number from 1 to the cluster's nodes (${cluster.replicas}): each copy needs its own node`);
    }
    // Both confirm a publish once a majority of the replicas has it (quorum queues: Raft; streams: Osiris).
    this.durability = { persisted: cluster.persistent, replicas: this.replicas, acknowledgedBy: Math.floor(this.replicas / 2) + 1 };
    this.resourceName = `${cluster.clusterName}-${name}`;
    if (!RESOURCE_NAME.test(this.resourceName) || this.resourceName.length > MAX_RESOURCE_NAME) {
      throw new ValidationError(where, 'addQueue name', name,
        `a name that also makes a Kubernetes object name: its Queue resource is "<cluster>-<queue>" ("${this.resourceName}"), at most ${MAX_RESOURCE_NAME} lower-case letters, digits, "-" or "."`);
    }
    // The topology operator declares it: an experiment with one needs the operator on its hub.
    Experiment.tryOf(this)?.require(Capabilities.rabbitmqTopologyOperator);

    const args = this.declareArguments;
    new Queue(this, 'Resource', {
      metadata: {
        name: this.resourceName,
        namespace: cluster.namespace,
        // After the cluster: the operator declares it through the cluster's management API.
        annotations: { [SYNC_WAVE_ANNOTATION]: '1' },
      },
      spec: {
        name,
        type: this.type,
        // Quorum queues and streams must be durable (RabbitMQ refuses others; the operator's
        // webhook refuses a quorum queue without it). The operator declares the queue with
        // `type` as its type (internal/queue_settings.go at v1.20.1), so the arguments leave
        // `x-queue-type` out.
        durable: true,
        autoDelete: false,
        arguments: Object.fromEntries(Object.entries(args).filter(([key]) => key !== 'x-queue-type')),
        rabbitmqClusterReference: { name: cluster.clusterName },
      },
    });
  }

  public get messagingSystem(): MessagingSystem {
    return this.type === 'quorum' ? 'rabbitmq-quorum-queue' : 'rabbitmq-stream';
  }

  public get destinationName(): string {
    return this.queueName;
  }

  /** The AMQP address; streams are read over AMQP too, and over the cluster's stream address. */
  public get connectAddress(): string {
    return this.cluster.amqpAddress;
  }

  public get namespace(): string {
    return this.cluster.namespace;
  }

  /** The operator's StatefulSet names the nodes `<cluster>-server-<n>`. */
  public get brokerPods(): string {
    return `${this.cluster.clusterName}-server-[0-9]+`;
  }

  public get maxMessageBytes(): number {
    return this.cluster.maxMessageBytes;
  }

  /** The `x-` arguments the queue is declared with, in order (its type, then its size). */
  public get declareArguments(): Readonly<Record<string, string | number>> {
    return this.type === 'quorum'
      ? { 'x-queue-type': 'quorum', 'x-quorum-initial-group-size': this.replicas }
      : { 'x-queue-type': 'stream', 'x-initial-cluster-size': this.replicas };
  }
}
