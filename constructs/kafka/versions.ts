import { CHARTS } from '../catalog/charts';

/**
 * The Strimzi release the lab's Kafka constructs are written for: the pinned
 * strimzi-kafka-operator chart. The operator only runs the Kafka versions it was built with, and
 * its Kafka images are tagged with both versions.
 */
const STRIMZI_VERSION = CHARTS.strimzi.version;

/**
 * Kafka versions Strimzi 1.2.0 runs, each with the KRaft metadata version it writes by default.
 * Pinning `metadataVersion` keeps it from moving on an operator upgrade before the lab decides.
 */
export const KAFKA_VERSIONS = {
  '4.2.0': '4.2-IV1',
  '4.2.1': '4.2-IV1',
  '4.3.0': '4.3-IV0',
  '4.3.1': '4.3-IV0',
} as const;

/** A Kafka version the pinned operator supports. */
export type KafkaVersion = keyof typeof KAFKA_VERSIONS;

/** The newest supported version: the lab's default. */
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.3.1';

/** Strimzi's own Kafka image for a version, which also carries Kafka's command-line tools. */
export function kafkaImage(version: KafkaVersion): string {
  return `quay.io/strimzi/kafka:${STRIMZI_VERSION}-kafka-${version}`;
}
