import { Construct } from 'constructs';
import type { KafkaConsumerApp } from '../apps/kafka-consumer-app';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { kafkaImage } from '../kafka/versions';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { KafkaAcks, KafkaPerfJobSpec, kafkaPerfJobName, renderKafkaPerfJob } from './kafka-perf-job';
import { JOB_RUNNER_RULES, createJobStep, deleteRunObjectsStep, jobLogsStep } from '../experiment/steps';

export interface KafkaProducerLoadProps extends ComponentProps {
  /** The consumer group the load is for: the records go to its topic. */
  readonly target: KafkaConsumerApp;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>-producer`).
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * The variant the load measures.
   * @default - the experiment's name
   */
  readonly variant?: string;
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
export class KafkaProducerLoad extends Component implements ILoadGenerator {
  public readonly loadName: string;
  /** Its load is records, not users: it ignores the experiment's run parameters. */
  public readonly takesRunParameters = false;
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly variant: string;
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
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.target.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const budget = 63 - JOB_SUFFIX.length - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job name (<workflow>-${name}${JOB_SUFFIX}) must stay within 63`);
    }
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
    this.variant = experiment.variantName(where, 'variant', props.variant);
    this.measuredNamespaces = [this.namespace];
    this.loadName = name;
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
    declareNoMetrics(this, 'Kafka\'s producer perf tool prints its figures when it ends; the results step reads them from the Job\'s log.');
    experiment.grantRunner(this, name, JOB_RUNNER_RULES);
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return kafkaPerfJobName(this.loadName, 'producer', runId);
  }

  public loadSteps(run: RunContext): LoadSteps {
    const job = renderKafkaPerfJob(this.jobSpec, 'producer', {
      runId: run.runId, labels: run.runLabels, records: run.own.records, throughput: run.own.throughput,
    });
    return {
      run: [{ name: 'producer', template: createJobStep(job, run.parameters.loadTimeout) }],
      summary: jobLogsStep(this.namespace, this.jobName(run.runId)),
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName),
    };
  }
}
