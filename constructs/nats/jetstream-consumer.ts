import { Construct } from 'constructs';
import { Consumer, ConsumerSpecAckPolicy, ConsumerSpecDeliverPolicy } from '../../imports/nack-jetstream.nats.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { ValidationError } from '../core/errors';
import { checkDuration, checkOneOf } from '../core/validation';
import type { INatsCluster } from './nats-cluster-ref';

/** What a consumer needs of its stream (a JetStreamStream has it). */
export interface IJetStreamStream {
  readonly streamName: string;
  readonly cluster: INatsCluster;
  readonly namespace: string;
  readonly replicas: number;
  readonly connectAddress: string;
}

/** What a stream's `addConsumer` takes. */
export interface JetStreamConsumerOptions {
  /**
   * Which messages a new consumer starts from.
   * @default 'all'
   */
  readonly deliverPolicy?: 'all' | 'last' | 'new';
  /**
   * How messages are acknowledged: each one (`explicit`), or every earlier one with a later ack (`all`).
   * @default 'explicit'
   */
  readonly ackPolicy?: 'explicit' | 'all';
  /**
   * How long the server waits for an acknowledgement before it delivers a message again.
   * @default '30s'
   */
  readonly ackWait?: string;
}

export interface JetStreamConsumerProps extends JetStreamConsumerOptions {
  readonly stream: IJetStreamStream;
  /** The durable name, also its resource's name (`<stream>-<name>`). */
  readonly durableName: string;
}

const DURABLE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A durable pull consumer of a JetStream stream, created by nack on the stream's cluster.
 * Clients bind to it by {@link durableName} and {@link streamName}.
 */
export class JetStreamConsumer extends Construct {
  public readonly durableName: string;
  public readonly stream: IJetStreamStream;

  public constructor(scope: Construct, id: string, props: JetStreamConsumerProps) {
    super(scope, id);
    const stream = props.stream;
    const where = stream.cluster.node.path;
    const field = `streams.${stream.streamName}.consumers.${props.durableName}`;
    const name = props.durableName;
    if (typeof name !== 'string' || !DURABLE_NAME.test(name) || name.length + stream.streamName.length + 1 > 63) {
      throw new ValidationError(where, `streams.${stream.streamName}.addConsumer name`, name,
        'lower-case letters, digits or "-", starting and ending with a letter or digit; "<stream>-<name>" is its resource\'s name and must stay within 63 characters');
    }
    const deliverPolicy = checkOneOf(where, `${field}.deliverPolicy`, props.deliverPolicy ?? 'all', ['all', 'last', 'new']);
    const ackPolicy = checkOneOf(where, `${field}.ackPolicy`, props.ackPolicy ?? 'explicit', ['explicit', 'all']);
    const ackWait = checkDuration(where, `${field}.ackWait`, props.ackWait ?? '30s');
    this.durableName = name;
    this.stream = stream;
    new Consumer(this, 'Resource', {
      metadata: {
        name: `${stream.streamName}-${name}`,
        namespace: stream.namespace,
        // After its stream.
        annotations: { [SYNC_WAVE_ANNOTATION]: '2' },
      },
      spec: {
        streamName: stream.streamName,
        durableName: name,
        deliverPolicy: { all: ConsumerSpecDeliverPolicy.ALL, last: ConsumerSpecDeliverPolicy.LAST, new: ConsumerSpecDeliverPolicy.NEW }[deliverPolicy],
        ackPolicy: ackPolicy === 'explicit' ? ConsumerSpecAckPolicy.EXPLICIT : ConsumerSpecAckPolicy.ALL,
        ackWait,
        replicas: stream.replicas,
        servers: [stream.connectAddress],
      },
    });
  }

  /** The stream the consumer reads. */
  public get streamName(): string {
    return this.stream.streamName;
  }
}
