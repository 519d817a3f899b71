import { CHARTS } from '../../constructs/catalog/charts';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { KafkaCluster } from '../../constructs/kafka/kafka-cluster';
import { KafkaEndToEndLatency } from '../../constructs/loadgen/kafka-e2e-latency';
import { KafkaPerfTest } from '../../constructs/loadgen/kafka-perf';
import { NatsBench } from '../../constructs/loadgen/nats-bench';
import { RabbitmqPerfTest } from '../../constructs/loadgen/rabbitmq-perf-test';
import { checkEqualDurability } from '../../constructs/messaging/equal-durability';
import { NatsCluster } from '../../constructs/nats/nats-cluster';
import { RabbitmqCluster } from '../../constructs/rabbitmq/rabbitmq-cluster';

/** The load every broker is given: messages, their size, and the rate they are sent at. */
export const MESSAGING_LOAD = { messages: 200_000, messageSize: 1024, rate: 2_000 } as const;
/** Messages Kafka's end-to-end latency tool sends one at a time, after the rated load. */
const KAFKA_LATENCY_MESSAGES = 10_000;
/** Brokers of every system, and the copies of each message. */
const BROKERS = 3;

/**
 * Kafka, a RabbitMQ quorum queue, a RabbitMQ stream and NATS JetStream given the same work: 200,000
 * messages of 1 KiB at 2,000 per second, each kept on persistent volumes in three copies and
 * acknowledged to the producer once two of them have it (ADR 0142). Each variant runs after the
 * other, so they never share the machines: Kafka's producer and consumer perf tools, then its
 * end-to-end latency tool; RabbitMQ PerfTest on the quorum queue, then on the stream (one
 * three-node cluster); `nats bench` on a three-replica stream. The results document has per
 * variant messages per second, latency percentiles, the brokers' CPU and memory, and the cost per
 * million messages.
 */
export const messagingComparison: ExperimentDefinition = {
  name: 'messaging-comparison',
  description: 'Throughput, latency, CPU, memory and cost per million messages of Kafka, RabbitMQ (quorum queue, stream) and NATS JetStream under the same durable load',
  parameters: { duration: '5m' },
  build(exp) {
    const kafka = new KafkaCluster(exp, 'kafka', {
      namespace: exp.namespace('kafka'),
      nodePools: [{ name: 'dual-role', roles: ['controller', 'broker'], replicas: BROKERS, storage: { kind: 'persistent', size: '10Gi' } }],
      replication: { defaultReplicationFactor: BROKERS, minInsyncReplicas: 2 },
    });
    const topic = kafka.addTopic('messages', { partitions: 3 });
    const rabbit = new RabbitmqCluster(exp, 'rabbitmq', { namespace: exp.namespace('rabbitmq'), replicas: BROKERS });
    const quorum = rabbit.addQueue('messages-quorum', { type: 'quorum' });
    const stream = rabbit.addQueue('messages-stream', { type: 'stream' });
    const nats = new NatsCluster(exp, 'nats', { chart: CHARTS.nats, namespace: exp.namespace('nats'), replicas: BROKERS });
    const jetstream = nats.addStream('messages', { replicas: BROKERS });
    checkEqualDurability(`${exp.node.path}`, [topic, quorum, stream, jetstream]);

    const { messages, messageSize, rate } = MESSAGING_LOAD;
    exp.runLoad(new KafkaPerfTest(exp, 'kafka-perf', {
      topic, variant: 'kafka', records: messages, recordSize: messageSize, throughput: rate, acks: 'all', consumerStart: 'with-producer',
    }));
    exp.runLoad(new KafkaEndToEndLatency(exp, 'kafka-e2e', {
      topic, variant: 'kafka', messages: KAFKA_LATENCY_MESSAGES, messageSize, acks: 'all',
    }));
    exp.runLoad(new RabbitmqPerfTest(exp, 'perf-quorum', { name: 'perf-quorum', queue: quorum, variant: 'rabbitmq-quorum', messages, messageSize, rate }));
    exp.runLoad(new RabbitmqPerfTest(exp, 'perf-stream', { name: 'perf-stream', queue: stream, variant: 'rabbitmq-stream', messages, messageSize, rate }));
    exp.runLoad(new NatsBench(exp, 'nats-bench', { stream: jetstream, variant: 'nats-jetstream', messages, messageSize, rate }));
  },
};
