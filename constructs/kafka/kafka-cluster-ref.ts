import type { IConstruct } from 'constructs';
import type { KafkaVersion } from './versions';

/** The label by which Strimzi ties node pools, topics and users to their Kafka cluster. */
export const STRIMZI_CLUSTER_LABEL = 'strimzi.io/cluster';

/** What topics and clients know of a Kafka cluster; {@link KafkaCluster} implements it. */
export interface IKafkaCluster extends IConstruct {
  /** The Kafka resource's name. */
  readonly clusterName: string;
  /** The Kafka version the brokers run (clients use the same tools). */
  readonly version: KafkaVersion;
  /** The namespace of the cluster, its topics and its services. */
  readonly namespace: string;
  /** The plain listener's bootstrap address. */
  readonly bootstrapServers: string;
  /** Nodes with the broker role. */
  readonly brokerCount: number;
  /** `default.replication.factor`. */
  readonly defaultReplicationFactor: number;
  /** `min.insync.replicas`, the cluster-wide value topics inherit. */
  readonly minInsyncReplicas: number;
  /** `message.max.bytes`. */
  readonly messageMaxBytes: number;
  /** Whether every broker keeps its log on a persistent volume claim. */
  readonly persistent: boolean;
}
