import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { KafkaCluster } from '../../constructs/kafka/kafka-cluster';
import { KafkaEndToEndLatency } from '../../constructs/loadgen/kafka-e2e-latency';
import { KafkaPerfTest } from '../../constructs/loadgen/kafka-perf';

/** Records each run writes and reads back. */
const RECORDS = 1_000_000;
/** Records the end-to-end latency tool sends one at a time, once the perf tools are done. */
const LATENCY_RECORDS = 10_000;

/**
 * How fast a three-broker Kafka cluster takes and hands out records: Kafka's own producer perf
 * tool writes a million 1 KiB records to a six-partition topic (acks=all, replicated three times),
 * then the consumer perf tool reads them back. The producer's last line has records/s, MB/s and
 * latency percentiles; the consumer's the read rate. Last, Kafka's end-to-end latency tool sends
 * 10,000 records one at a time and reads each back: its percentiles are the time from send to read.
 */
export const kafkaThroughput: ExperimentDefinition = {
  name: 'kafka-throughput',
  description: 'Producer and consumer throughput of a three-broker Kafka cluster, measured with Kafka\'s perf tools',
  // The rate caps the producer (unset: as fast as it goes); the duration bounds a run.
  parameters: { duration: '5m' },
  build(exp) {
    const namespace = exp.namespace();
    const kafka = new KafkaCluster(exp, 'kafka', {
      namespace,
      nodePools: [{ name: 'dual-role', roles: ['controller', 'broker'], replicas: 3, storage: { kind: 'ephemeral' } }],
      replication: { defaultReplicationFactor: 3, minInsyncReplicas: 2 },
    });
    // Each run creates the producer and consumer Jobs; records and throughput are run parameters.
    const topic = kafka.addTopic('perf', { partitions: 6 });
    exp.runLoad(new KafkaPerfTest(exp, 'perf', {
      topic,
      records: RECORDS,
      recordSize: 1024,
      throughput: exp.parameters.rate > 0 ? exp.parameters.rate : 'unlimited',
      acks: 'all',
      consumerStart: 'after-producer',
    }));
    exp.runLoad(new KafkaEndToEndLatency(exp, 'e2e', { topic, messages: LATENCY_RECORDS, messageSize: 1024, acks: 'all' }));
  },
};
