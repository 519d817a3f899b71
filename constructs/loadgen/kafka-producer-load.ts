import { Construct } from 'constructs';
import type { KafkaConsumerApp } from '../apps/kafka-consumer-app';
import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { kafkaImage } from '../kafka/versions';
import { KafkaAcks, KafkaPerfJobSpec, kafkaPerfJobName, renderKafkaPerfJob } from './kafka-perf-job';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';

export interface KafkaProducerLoadProps extends JobLoadGeneratorProps {
  /** The consumer group the load is for: the records go to its topic. */
  readonly target: KafkaConsumerApp;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>-producer`).
   * @default - the construct id
   */
  readonly name?: string;
  /** Records per second the producer holds from its first second: a step of load. */
  readonly throughput: number;
  /** Records it sends; with `throughput`, how long the step lasts. */
  readonly records: number;
  /**
   * Size of each record in bytes.
   * @default 100
   */
  readonly recordSize?: number;
  /**
   * Producer `acks`.
   * @default 1
   */
  readonly acks?: KafkaAcks;
  /**
   * Requests and limits of the producer Job's container.
   * @default 250m/512Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
}

/** The longest Job suffix a run adds to the part's name. */
const JOB_SUFFIX = '-producer';
/** Records of this size fit any topic's max.message.bytes and the producer's max.request.size. */
const MAX_RECORD_SIZE = 1_000_000;

/**
 * A step of records into a consumer group's topic: each workflow run creates one Job of Kafka's
 * producer perf tool (`kafka-producer-perf-test.sh`) at a fixed `throughput` for `records`
 * records, in the consumers' namespace, and deletes it on exit. Unlike {@link KafkaPerfTest} it
 * reads nothing back: the consumers under test do. Its summary is the producer's total line.
 */
export class KafkaProducerLoad extends JobLoadGenerator {
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'kafka-producer';
  /** The topic written. */
  public readonly topic: KafkaTopic;
  /** The consumers the records are for. */
  public readonly target: KafkaConsumerApp;
  /** Records per second. */
  public readonly throughput: number;
  /** Records per run. */
  public readonly records: number;
  private readonly jobSpec: KafkaPerfJobSpec;

  public constructor(scope: Construct, id: string, props: KafkaProducerLoadProps) {
    super(scope, id, props, {
      name: props.name ?? id, namespace: props.target.namespace, jobSuffix: JOB_SUFFIX,
      noMetrics: 'Kafka\'s producer perf tool prints its figures when it ends; the results step reads them from the Job\'s log.',
    });
    const where = this.node.path;
    const name = this.componentName;
    const target = props.target;
    const topic = target.topic;
    this.throughput = checkInteger(where, 'throughput', props.throughput, 1, 1_000_000);
    this.records = checkInteger(where, 'records', props.records, 1, 1_000_000_000);
    const recordSize = checkInteger(where, 'recordSize', props.recordSize ?? 100, 1, Math.min(MAX_RECORD_SIZE, topic.maxMessageBytes - 128));
    const acks = props.acks ?? 1;
    if (!([0, 1, 'all'] as unknown[]).includes(acks)) throw new ValidationError(where, 'acks', acks, 'must be one of 0, 1, "all"');
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    this.measuredNamespaces = [this.namespace];
    this.topic = topic;
    this.target = target;
    this.jobSpec = {
      name, namespace: this.namespace, image: kafkaImage(topic.cluster.version), topicName: topic.topicName,
      bootstrapServers: topic.bootstrapServers, records: this.records, recordSize, throughput: this.throughput, acks,
      // Only the producer role is rendered: the consumer's settings are never read.
      consumerGroup: name, consumerTimeoutMs: 60_000, resources,
    };
    this.ownParameters = [
      { name: 'records', value: String(this.records), description: 'records the producer sends (with throughput, the length of the step)' },
      { name: 'throughput', value: String(this.throughput), description: 'records per second the producer holds from its first second' },
    ];
    recordWiring(this, target, 'load');
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return kafkaPerfJobName(this.loadName, 'producer', runId);
  }

  protected override get runStepName(): string {
    return 'producer';
  }

  protected runJob(run: RunContext): Record<string, any> {
    return renderKafkaPerfJob(this.jobSpec, 'producer', {
      runId: run.runId, labels: run.runLabels, records: run.own.records, throughput: run.own.throughput,
    });
  }

}
