import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { kafkaImage } from '../kafka/versions';
import { MESSAGES_LINE, MessagingBench, MessagingBenchProps } from './bench-load-generator';
import { checkInteger } from '../core/validation';

export interface KafkaEndToEndLatencyProps extends Omit<MessagingBenchProps, 'target'> {
  /** The topic to write to and read back from. */
  readonly topic: KafkaTopic;
  /**
   * Messages sent, one at a time: each is produced, acknowledged and consumed before the next.
   * @default 10000
   */
  readonly messages?: number;
  /**
   * Size of each message in bytes; it must fit the topic's max.message.bytes.
   * @default 1024
   */
  readonly messageSize?: number;
  /**
   * Producer `acks`; the tool refuses 0 (it measures acknowledged writes).
   * @default 'all'
   */
  readonly acks?: 1 | 'all';
}

/** The Kafka images run as this user. */
const KAFKA_USER = 1001;

/**
 * Kafka's end-to-end latency tool (`org.apache.kafka.tools.EndToEndLatency`): a producer sends
 * one message, waits for its acknowledgement, and a consumer polls until it has read it back;
 * then the next. It prints the average and the 50th, 99th and 99.9th percentiles in
 * milliseconds. It runs Strimzi's Kafka image of the cluster's version, with the tool's positional
 * arguments (broker list, topic, messages, acks, size), which every Kafka 4 release reads.
 *
 * @example
 * exp.runLoad(new KafkaEndToEndLatency(exp, 'e2e', { topic, messages: 10_000, messageSize: 1024 }));
 */
export class KafkaEndToEndLatency extends MessagingBench {
  public readonly messages: number;

  public constructor(scope: Construct, id: string, props: KafkaEndToEndLatencyProps) {
    super(scope, id, { ...props, target: props.topic }, 'kafka-e2e-latency');
    const where = this.node.path;
    const topic = props.topic;
    this.messages = checkInteger(where, 'messages', props.messages ?? 10_000, 1, 10_000_000, 'messages sent one after another');
    const size = checkInteger(where, 'messageSize', props.messageSize ?? 1024, 1, topic.maxMessageBytes - 128,
      `a message and its batch header must fit the topic's max.message.bytes (${topic.maxMessageBytes})`);
    const acks = props.acks ?? 'all';
    if (acks !== 1 && acks !== 'all') {
      throw new ValidationError(where, 'acks', acks, 'must be one of 1, "all": the tool measures acknowledged writes');
    }
    const bootstrap = topic.bootstrapServers;
    this.useTool({
      tool: 'kafka-e2e-latency',
      image: kafkaImage(topic.cluster.version),
      user: KAFKA_USER,
      summaryFormat: 'kafka-e2e-latency',
      env: { LOG_DIR: { value: '/tmp' } },
      ownParameters: [{ name: 'messages', value: String(this.messages), description: 'messages sent one at a time and read back' }],
      script: (own) => [
        `/opt/kafka/bin/kafka-run-class.sh org.apache.kafka.tools.EndToEndLatency ${bootstrap} ${topic.topicName} ${own.messages} ${acks} ${size}`,
        `echo "${MESSAGES_LINE} ${own.messages}"`,
      ].join(' && '),
    });
  }
}
