import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { AppOfApps } from '../argocd/app-of-apps';
import { Component, ComponentProps } from '../argocd/component';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { kafkaImage } from '../kafka/versions';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';

/** Producer acknowledgements: none, the leader's, or every in-sync replica's. */
export type KafkaAcks = 0 | 1 | 'all';

/** When the consumer Job starts. */
export type KafkaPerfConsumerStart =
  /** Once the producer Job has completed: the consumer reads the whole backlog at full speed. */
  | 'after-producer'
  /** With the producer: the consumer reads as records arrive (end-to-end flow). */
  | 'with-producer';

export interface KafkaPerfTestProps extends ComponentProps {
  /** The topic to write and read; its cluster gives the address. */
  readonly topic: KafkaTopic;
  /**
   * Name of the component; the Jobs are `<name>-producer` and `<name>-consumer`.
   * @default 'kafka-perf'
   */
  readonly name?: string;
  /**
   * Namespace of the Jobs.
   * @default - the topic's namespace
   */
  readonly namespace?: string;
  /** Records the producer sends and the consumer reads. */
  readonly records: number;
  /**
   * Size of each record in bytes; it must fit the topic's max.message.bytes.
   * @default 1024
   */
  readonly recordSize?: number;
  /**
   * Records per second the producer aims at, or `unlimited` to find the maximum.
   * @default 'unlimited'
   */
  readonly throughput?: number | 'unlimited';
  /**
   * Producer `acks`.
   * @default 'all'
   */
  readonly acks?: KafkaAcks;
  /**
   * When the consumer starts.
   * @default 'after-producer'
   */
  readonly consumerStart?: KafkaPerfConsumerStart;
  /**
   * How long the consumer waits for a record before it gives up.
   * @default Duration.seconds(60)
   */
  readonly consumerTimeout?: Duration;
  /**
   * Requests and limits of each Job's container. CPU as `500m` or `2`, memory in Ki, Mi or Gi.
   * @default 500m/1Gi requested, 2 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** The producer's `max.request.size` default: one request holds one batch at most this big. */
const PRODUCER_MAX_REQUEST_SIZE = 1_048_576;
/** Room for the record batch header and the record's own framing. */
const RECORD_OVERHEAD = 128;
/** The Kafka images run as this user. */
const KAFKA_USER = 1001;
const KAFKA_BIN = '/opt/kafka/bin';

/**
 * Kafka's own perf tools against one topic: a producer Job (`kafka-producer-perf-test.sh`) and a
 * consumer Job (`kafka-consumer-perf-test.sh`) that reads the same records back. Both use
 * Strimzi's Kafka image of the cluster's Kafka version. A workflow waits for {@link jobNames}
 * in {@link namespace} to complete and collects their logs: the producer's last line holds
 * throughput and latency percentiles, the consumer's the MB/s and records/s read.
 *
 * @example
 * const perf = new KafkaPerfTest(experiment, 'perf', {
 *   topic: kafka.addTopic('perf', { partitions: 6 }),
 *   records: 1_000_000, recordSize: 1024, throughput: 'unlimited', acks: 'all',
 * });
 * perf.jobNames; // ['kafka-perf-producer', 'kafka-perf-consumer']
 */
export class KafkaPerfTest extends Component {
  /** The topic under test. */
  public readonly topic: KafkaTopic;
  /** Name of the producer Job. */
  public readonly producerJobName: string;
  /** Name of the consumer Job. */
  public readonly consumerJobName: string;
  /** The consumer group the consumer reads with. */
  public readonly consumerGroup: string;
  /** Records sent and read. */
  public readonly records: number;
  /** The image both Jobs run. */
  public readonly image: string;

  public constructor(scope: Construct, id: string, props: KafkaPerfTestProps) {
    const where = `${scope.node.path}/${id}`;
    const topic = props.topic;
    const name = checkLabelName(where, 'name', props.name ?? 'kafka-perf');
    // Job names get a pod suffix: keep room for it.
    if (name.length > 40) throw new ValidationError(where, 'name', name, 'at most 40 characters, so that Job and pod names stay within 63');
    const namespace = checkLabelName(where, 'namespace', props.namespace ?? topic.namespace);
    const records = checkWholeNumber(where, 'records', props.records, 1, 1_000_000_000);
    const maxRecordSize = Math.min(topic.maxMessageBytes, PRODUCER_MAX_REQUEST_SIZE) - RECORD_OVERHEAD;
    const recordSize = props.recordSize ?? 1024;
    if (!Number.isInteger(recordSize) || recordSize < 1 || recordSize > maxRecordSize) {
      throw new ValidationError(where, 'recordSize', recordSize,
        `must be a whole number of bytes from 1 to ${maxRecordSize}: a record and its batch headers must fit the topic's max.message.bytes ` +
        `(${topic.maxMessageBytes}) and the producer's max.request.size (${PRODUCER_MAX_REQUEST_SIZE})`);
    }
    const throughput = props.throughput ?? 'unlimited';
    if (throughput !== 'unlimited' && (!Number.isInteger(throughput) || throughput < 1 || throughput > 10_000_000)) {
      throw new ValidationError(where, 'throughput', throughput, 'records per second, a whole number from 1 to 10000000, or "unlimited"');
    }
    const acks = props.acks ?? 'all';
    if (!([0, 1, 'all'] as unknown[]).includes(acks)) {
      throw new ValidationError(where, 'acks', acks, 'must be one of 0, 1, "all"');
    }
    const consumerStart = props.consumerStart ?? 'after-producer';
    if (!['after-producer', 'with-producer'].includes(consumerStart)) {
      throw new ValidationError(where, 'consumerStart', consumerStart, 'must be one of after-producer, with-producer');
    }
    const timeoutMs = (props.consumerTimeout ?? Duration.seconds(60)).toMilliseconds();
    if (timeoutMs < 1000) {
      throw new ValidationError(where, 'consumerTimeout', `${timeoutMs}ms`, 'at least one second: the consumer gives up after this long without a record');
    }
    const containerResources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' },
    });
    // The bootstrap address comes from the topic's cluster; it throws when there is no plain listener.
    const bootstrap = topic.bootstrapServers;

    // Order after the cluster when both are in the same app-of-apps (waves mean nothing across).
    const given = props.dependsOn ?? [];
    const sameSite = AppOfApps.of(scope) === topic.cluster.site;
    const dependsOn = sameSite && !given.includes(topic.cluster) ? [...given, topic.cluster] : given;
    super(scope, id, { ...props, dependsOn }, { name, namespace });

    this.topic = topic;
    this.records = records;
    this.image = kafkaImage(topic.cluster.version);
    this.producerJobName = `${name}-producer`;
    this.consumerJobName = `${name}-consumer`;
    this.consumerGroup = name;
    recordWiring(this, topic.cluster, 'load');

    this.addJob('producer', this.producerJobName, 0, `${KAFKA_BIN}/kafka-producer-perf-test.sh`, [
      '--topic', topic.topicName,
      '--num-records', String(records),
      '--record-size', String(recordSize),
      '--throughput', String(throughput === 'unlimited' ? -1 : throughput),
      // --producer-props is understood by every Kafka 4 release the operator runs.
      '--producer-props', `bootstrap.servers=${bootstrap}`, `acks=${acks}`,
      '--print-metrics',
    ], containerResources);
    this.addJob('consumer', this.consumerJobName, consumerStart === 'after-producer' ? 1 : 0, `${KAFKA_BIN}/kafka-consumer-perf-test.sh`, [
      '--bootstrap-server', bootstrap,
      '--topic', topic.topicName,
      '--messages', String(records),
      '--group', this.consumerGroup,
      '--timeout', String(timeoutMs),
      '--print-metrics',
    ], containerResources);
  }

  /** The Jobs a workflow waits for and collects, producer first. */
  public get jobNames(): readonly string[] {
    return [this.producerJobName, this.consumerJobName];
  }

  private addJob(role: string, jobName: string, wave: number, command: string, args: string[], resources: kplus.ContainerResources): void {
    const tmp = kplus.Volume.fromEmptyDir(this.objects, `${role}-tmp`, 'tmp');
    const job = new kplus.Job(this.objects, role, {
      metadata: {
        name: jobName,
        namespace: this.namespace,
        labels: { 'app.kubernetes.io/name': 'kafka-perf', 'app.kubernetes.io/component': role },
        // The consumer may wait for the producer's Job to complete (ArgoCD waits per wave).
        ...(wave > 0 ? { annotations: { [SYNC_WAVE_ANNOTATION]: String(wave) } } : {}),
      },
      // A failed run is a result to look at, not to retry with half the records already sent.
      backoffLimit: 0,
      restartPolicy: kplus.RestartPolicy.NEVER,
      securityContext: { ensureNonRoot: true, user: KAFKA_USER },
      volumes: [tmp],
    });
    job.addContainer({
      name: role,
      image: this.image,
      // The tag is pinned, so a cached image is the same image.
      imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
      command: [command],
      args,
      resources,
      securityContext: restrictedContainer(KAFKA_USER, 0),
      // The tools write logs and JVM scratch files; the root filesystem stays read-only.
      envVariables: { LOG_DIR: kplus.EnvValue.fromValue('/tmp') },
      volumeMounts: [{ path: '/tmp', volume: tmp }],
    });
  }
}

function checkWholeNumber(where: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(where, field, value, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}
