import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';
import { checkConsumerGroup } from '../kafka/consumer-group';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { KedaScaledObject, KedaScaledObjectProps } from './keda-scaled-object';

export interface KafkaLagScaledObjectProps extends KedaScaledObjectProps {
  /** The topic it reads: its cluster's bootstrap address and its name come from this handle. */
  readonly topic: KafkaTopic;
  /** The consumer group the app reads with, whose lag is measured. */
  readonly consumerGroup: string;
  /** Records of lag one replica takes: KEDA aims at ceil(total lag / lagThreshold) replicas. */
  readonly lagThreshold: number;
}

/**
 * A KEDA ScaledObject with one `kafka` trigger (metadata `bootstrapServers`, `consumerGroup`,
 * `topic`, `lagThreshold`; KEDA 2.20): the consumer's Deployment grows with its group's lag on the
 * topic. KEDA gives no more replicas than the topic has partitions (an idle consumer would read
 * nothing), so a larger maximum is refused.
 */
export class KafkaLagScaledObject extends KedaScaledObject {
  public constructor(scope: Construct, id: string, props: KafkaLagScaledObjectProps) {
    super(scope, id, props, (where, { max }) => {
      if (max > props.topic.partitions) {
        throw new ValidationError(where, 'maxReplicas', max,
          `at most the ${props.topic.partitions} partitions of topic ${props.topic.topicName}: KEDA scales a consumer group no wider`);
      }
      const consumerGroup = checkConsumerGroup(where, 'consumerGroup', props.consumerGroup);
      const lag = checkInteger(where, 'lagThreshold', props.lagThreshold, 1, 1_000_000_000);
      return {
        type: 'kafka',
        // KEDA reads trigger metadata as strings.
        metadata: { bootstrapServers: props.topic.bootstrapServers, consumerGroup, topic: props.topic.topicName, lagThreshold: String(lag) },
      };
    });
  }
}
