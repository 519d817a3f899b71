import type { IConstruct } from 'constructs';

/** The broker families the lab compares. */
export type MessagingSystem = 'kafka' | 'rabbitmq-quorum-queue' | 'rabbitmq-stream' | 'nats-jetstream';

/**
 * How a destination keeps what it accepted: what a producer's acknowledgement promises. Two
 * targets with equal durability can be given the same load and compared (ADR 0142).
 */
export interface MessagingDurability {
  /** Messages are written to disk (a persistent volume), not held in memory only. */
  readonly persisted: boolean;
  /** Copies of every message, on different brokers. */
  readonly replicas: number;
  /** Copies that hold a message before the producer's acknowledgement (a majority of `replicas`). */
  readonly acknowledgedBy: number;
}

/**
 * A place messages are sent to and read from: a Kafka topic, a RabbitMQ queue or stream, a NATS
 * JetStream stream. Load generators that compare brokers take one, never an address by hand.
 */
export interface IMessagingTarget extends IConstruct {
  /** Which broker and kind of destination it is. */
  readonly messagingSystem: MessagingSystem;
  /** The destination's name in its broker (topic, queue, stream). */
  readonly destinationName: string;
  /** The address clients in the cluster connect to, in the broker's own form. */
  readonly connectAddress: string;
  /** The namespace of the broker and the destination. */
  readonly namespace: string;
  /** What an acknowledged write survives. */
  readonly durability: MessagingDurability;
  /** The largest message body the destination accepts, in bytes. */
  readonly maxMessageBytes: number;
  /** A regular expression matching the names of the broker's pods (not its clients'), for its CPU and memory. */
  readonly brokerPods: string;
}
