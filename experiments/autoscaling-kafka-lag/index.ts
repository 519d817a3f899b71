import { KafkaConsumerApp } from '../../constructs/apps/kafka-consumer-app';
import { KafkaLagScaledObject } from '../../constructs/autoscaling/kafka-lag-scaled-object';
import { ResourceRecommendation } from '../../constructs/autoscaling/resource-recommendation';
import { ScalingReport } from '../../constructs/autoscaling/scaling-report';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { KafkaCluster } from '../../constructs/kafka/kafka-cluster';
import { KafkaProducerLoad } from '../../constructs/loadgen/kafka-producer-load';

/** The most consumers any variant runs, and the partitions of each topic (KEDA scales no wider). */
const MAX_REPLICAS = 6;
/** Records one consumer pod handles per second. */
const RECORDS_PER_POD = 50;
/** The producer's step: four pods' worth of records a second, for three minutes. */
const THROUGHPUT = 200;
const STEP_SECONDS = 180;
/** Records of committed lag one replica takes under KEDA. */
const LAG_PER_REPLICA = 1000;

/**
 * The autoscaling phase's Kafka variant: how fast and how cheaply KEDA follows a consumer group's
 * lag. A one-broker Kafka cluster holds a topic per variant; the same consumer (each pod handles
 * 50 records/s) runs at a fixed size of six pods, the cost baseline, and under KEDA on its group's
 * lag (1 to 6 pods), and each is given the same step of 200 records/s in turn. Every consumer
 * group also carries a VerticalPodAutoscaler in recommendation mode. ADR 0104 says why this is an
 * experiment of its own and what its numbers mean.
 */
export const autoscalingKafkaLag: ExperimentDefinition = {
  name: 'autoscaling-kafka-lag',
  description: 'Pods, lag and cost of a fixed-size Kafka consumer group and one KEDA scales on its lag under the same step of records',
  // The duration bounds one stage: the producer's step and its start-up.
  parameters: { duration: `${STEP_SECONDS + 60}s` },
  build(exp) {
    const kafka = new KafkaCluster(exp, 'kafka', {
      namespace: exp.namespace(),
      // One node is enough to feed six consumers; the experiment measures them, not the brokers.
      nodePools: [{ name: 'dual-role', roles: ['controller', 'broker'], replicas: 1, storage: { kind: 'ephemeral' } }],
      replication: { defaultReplicationFactor: 1, minInsyncReplicas: 1 },
      // The consumer groups' lag, for each variant's peak and final lag.
      lagExporter: {},
    });
    const consumers = (variant: 'fixed' | 'keda-lag') => new KafkaConsumerApp(exp, `consumer-${variant}`, {
      name: `consumer-${variant}`,
      namespace: exp.namespace(variant),
      // A topic per variant: the idle variant's consumers read nothing of the other's step.
      topic: kafka.addTopic(`records-${variant}`, { partitions: MAX_REPLICAS }),
      recordsPerSecond: RECORDS_PER_POD,
      replicas: variant === 'fixed' ? MAX_REPLICAS : 'autoscaled',
      // Consumers that start before the broker only retry: they come after it.
      dependsOn: [kafka],
    });
    const fixed = consumers('fixed');
    const keda = consumers('keda-lag');
    new KafkaLagScaledObject(exp, 'keda-lag', {
      app: keda, topic: keda.topic, consumerGroup: keda.consumerGroup, lagThreshold: LAG_PER_REPLICA, minReplicas: 1, maxReplicas: MAX_REPLICAS,
    });
    // One stage per variant, so the steps do not compete for the broker or the nodes; beside each
    // step, the report of how its consumers scaled and what the VPA recommends for them.
    for (const target of [fixed, keda]) {
      const variant = target === fixed ? 'fixed' : 'keda-lag';
      const recommendation = new ResourceRecommendation(exp, `vpa-${variant}`, { app: target });
      exp.runLoad(
        new KafkaProducerLoad(exp, `producer-${variant}`, { target, variant, throughput: THROUGHPUT, records: THROUGHPUT * STEP_SECONDS }),
        new ScalingReport(exp, `report-${variant}`, {
          app: target, recommendation, variant, minReplicas: target === fixed ? MAX_REPLICAS : 1, baselineReplicas: MAX_REPLICAS,
          consumerLag: kafka.consumerLag(target.consumerGroup),
        }),
      );
    }
  },
};
