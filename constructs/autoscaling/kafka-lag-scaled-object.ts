import { Construct } from 'constructs';
import { ScaledObject } from '../../imports/keda-scaledobject-keda.sh';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { checkReplicaRange, ReplicaRange } from './replica-range';
import type { IScalableApp } from './scalable-app';

/** Kafka's legal group ids, as far as the lab uses them: no spaces, no separators of its own. */
const CONSUMER_GROUP = /^[A-Za-z0-9._-]{1,249}$/;

export interface KafkaLagScaledObjectProps extends ReplicaRange {
  /** The consumer whose Deployment is scaled; the ScaledObject goes into its folder. */
  readonly app: IScalableApp;
  /** The topic it reads: its cluster's bootstrap address and its name come from this handle. */
  readonly topic: KafkaTopic;
  /** The consumer group the app reads with, whose lag is measured. */
  readonly consumerGroup: string;
  /** Records of lag one replica takes: KEDA aims at ceil(total lag / lagThreshold) replicas. */
  readonly lagThreshold: number;
  /**
   * Seconds between KEDA's lag checks.
   * @default 5
   */
  readonly pollingIntervalSeconds?: number;
}

/**
 * A KEDA ScaledObject with one `kafka` trigger (metadata `bootstrapServers`, `consumerGroup`,
 * `topic`, `lagThreshold`; KEDA 2.20): the consumer's Deployment grows with its group's lag on the
 * topic. KEDA gives no more replicas than the topic has partitions (an idle consumer would read
 * nothing), so a larger maximum is refused.
 */
export class KafkaLagScaledObject extends Construct {
  public readonly scaledObject: ScaledObject;

  public constructor(scope: Construct, id: string, props: KafkaLagScaledObjectProps) {
    super(scope, id);
    const where = this.node.path;
    const { min, max } = checkReplicaRange(where, props);
    if (max > props.topic.partitions) {
      throw new ValidationError(where, 'maxReplicas', max,
        `at most the ${props.topic.partitions} partitions of topic ${props.topic.topicName}: KEDA scales a consumer group no wider`);
    }
    if (typeof props.consumerGroup !== 'string' || !CONSUMER_GROUP.test(props.consumerGroup)) {
      throw new ValidationError(where, 'consumerGroup', props.consumerGroup, '1-249 letters, digits, ".", "_" or "-"');
    }
    const lag = checkInteger(where, 'lagThreshold', props.lagThreshold, 1, 1_000_000_000);
    const polling = checkInteger(where, 'pollingIntervalSeconds', props.pollingIntervalSeconds ?? 5, 1, 300);
    Experiment.of(this).require(Capabilities.keda);
    props.app.deployment.markHasAutoscaler();
    this.scaledObject = new ScaledObject(props.app.objects, 'ScaledObject', {
      metadata: { name: props.app.deployment.name, namespace: props.app.namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: props.app.deployment.name },
        minReplicaCount: min,
        maxReplicaCount: max,
        pollingInterval: polling,
        triggers: [{
          type: 'kafka',
          metadata: {
            bootstrapServers: props.topic.bootstrapServers,
            consumerGroup: props.consumerGroup,
            topic: props.topic.topicName,
            lagThreshold: String(lag),
          },
        }],
      },
    });
  }
}
