import type { IConstruct } from 'constructs';

/** What queues and clients know of a RabbitMQ cluster; {@link RabbitmqCluster} implements it. */
export interface IRabbitmqCluster extends IConstruct {
  /** The RabbitmqCluster's name: its Service and the prefix of its pods and Secrets. */
  readonly clusterName: string;
  readonly namespace: string;
  /** Nodes: the most copies a queue can have. */
  readonly replicas: number;
  /** Whether nodes keep messages on persistent volumes. */
  readonly persistent: boolean;
  /** The largest message body a node accepts, in bytes. */
  readonly maxMessageBytes: number;
  /** The AMQP 0-9-1 address, `<service>.<namespace>.svc.cluster.local:5672`. */
  readonly amqpAddress: string;
  /** The Secret with the default user's `username` and `password`. */
  readonly defaultUserSecret: string;
}
