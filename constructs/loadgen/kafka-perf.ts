import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { checkLabDuration, durationSeconds } from '../core/duration';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { recordWiring } from '../core/wiring';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext, WorkflowParameter } from '../experiment/load-generator';
import { JOB_RUNNER_RULES, createJobStep, deleteRunObjectsStep, kubectlStep } from '../experiment/steps';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { NATIVE_SIDECAR_ANNOTATION } from '../istio/mesh-namespace';
import { kafkaImage } from '../kafka/versions';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { KafkaAcks, KafkaPerfJobSpec, kafkaPerfJobName, KafkaPerfRole, KafkaPerfRun, renderKafkaPerfJob } from './kafka-perf-job';
import { checkInteger } from '../core/validation';

export type { KafkaAcks, KafkaPerfRole, KafkaPerfRun } from './kafka-perf-job';

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
   * Name of the component, its workflow templates and a run's Jobs (`<run>-<name>-producer`, `-consumer`).
   * @default 'kafka-perf'
   */
  readonly name?: string;
  /**
   * Namespace of the Jobs.
   * @default - the topic's namespace
   */
  readonly namespace?: string;
  /**
   * The variant the load measures, when the experiment compares several.
   * @default - the experiment's name
   */
  readonly variant?: string;
  /** Records the producer sends and the consumer reads; the workflow's default for `<name>-records`. */
  readonly records: number;
  /**
   * Size of each record in bytes; it must fit the topic's max.message.bytes.
   * @default 1024
   */
  readonly recordSize?: number;
  /**
   * Records per second the producer aims at, or `unlimited` to find the maximum; the workflow's
   * default for `<name>-throughput`.
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
   * @default '60s'
   */
  readonly consumerTimeout?: string;
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
/** The longest Job suffix a run adds to the part's name. */
const JOB_SUFFIX = '-consumer';

/**
 * Kafka's own perf tools against one topic: each workflow run creates a producer Job
 * (`kafka-producer-perf-test.sh`) and a consumer Job (`kafka-consumer-perf-test.sh`) that reads the
 * same records back, waits for each to succeed or fail, prints their logs and deletes them on exit.
 * Both run Strimzi's Kafka image of the cluster's Kafka version. The Jobs are not kept in Git:
 * ArgoCD would run them once on every sync and again after each cleanup. The part's folder holds
 * only the runner's rights. The producer's last line holds throughput and latency percentiles, the
 * consumer's the MB/s and records/s read.
 *
 * @example
 * const perf = new KafkaPerfTest(experiment, 'perf', {
 *   topic: kafka.addTopic('perf', { partitions: 6 }),
 *   records: 1_000_000, recordSize: 1024, throughput: 'unlimited', acks: 'all',
 * });
 * experiment.runLoad(perf);
 */
export class KafkaPerfTest extends Component implements ILoadGenerator {
  public readonly loadName: string;
  /** Its load is records, not users: it ignores the experiment's run parameters. */
  public readonly takesRunParameters = false;
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'kafka-perf';
  /** The topic under test. */
  public readonly topic: KafkaTopic;
  /** The consumer group the consumer reads with. */
  public readonly consumerGroup: string;
  /** Records sent and read. */
  public readonly records: number;
  /** The image both Jobs run. */
  public readonly image: string;
  public readonly consumerStart: KafkaPerfConsumerStart;
  /** What each run's Jobs are made of. */
  private readonly jobSpec: KafkaPerfJobSpec;

  public constructor(scope: Construct, id: string, props: KafkaPerfTestProps) {
    // A load generator belongs to an experiment's workflow.
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? 'kafka-perf', namespace: props.namespace ?? props.topic.namespace });
    const where = this.node.path;
    const topic = props.topic;
    const name = this.componentName;
    const budget = 63 - JOB_SUFFIX.length - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job names (<workflow>-${name}${JOB_SUFFIX}) must stay within 63`);
    }
    const namespace = this.namespace;
    const records = checkInteger(where, 'records', props.records, 1, 1_000_000_000);
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
    const timeoutMs = durationSeconds(checkLabDuration(where, 'consumerTimeout', props.consumerTimeout ?? '60s')) * 1000;
    if (timeoutMs < 1000) {
      throw new ValidationError(where, 'consumerTimeout', `${timeoutMs}ms`, 'at least one second: the consumer gives up after this long without a record');
    }
    const containerResources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' },
    });
    // The address comes from the topic's cluster; it throws when there is no plain listener.
    const bootstrap = topic.bootstrapServers;
    const variant = experiment.variantName(where, 'variant', props.variant);
    this.variant = variant;
    // The brokers' namespace is what the load is measured on.
    this.measuredNamespaces = [...new Set([namespace, topic.namespace])].sort();

    this.loadName = name;
    this.topic = topic;
    this.records = records;
    this.consumerStart = consumerStart;
    this.image = kafkaImage(topic.cluster.version);
    // One group for every run: each run's consumer reads on from where the last one stopped, so it
    // reads its own run's records rather than the backlog of earlier runs.
    this.consumerGroup = name;
    this.jobSpec = {
      name, namespace, image: this.image, topicName: topic.topicName, bootstrapServers: bootstrap,
      records, recordSize, acks, consumerGroup: this.consumerGroup, consumerTimeoutMs: timeoutMs, resources: containerResources,
      // The perf tool's own spelling of "no limit".
      throughput: throughput === 'unlimited' ? -1 : throughput,
      // In a meshed namespace a classic sidecar would outlive the tool and keep the Job running.
      ...(Experiment.of(this).namespaceSet.isMeshed(namespace) ? { podAnnotations: { [NATIVE_SIDECAR_ANNOTATION]: 'true' } } : {}),
    };
    this.ownParameters = [
      { name: 'records', value: String(records), description: 'records the producer sends and the consumer reads back' },
      { name: 'throughput', value: String(this.jobSpec.throughput), description: 'records per second the producer aims at; -1 sends as fast as it can' },
    ];
    recordWiring(this, topic.cluster, 'load');
    declareNoMetrics(this, 'Kafka\'s perf tools print their figures when they end; the results step reads them from the Jobs\' logs.');

    experiment.grantRunner(this, name, JOB_RUNNER_RULES);
  }

  /** The name of a run's Job. */
  public jobName(role: KafkaPerfRole, runId: string): string {
    return kafkaPerfJobName(this.loadName, role, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(role: KafkaPerfRole, run: KafkaPerfRun): Record<string, any> {
    return renderKafkaPerfJob(this.jobSpec, role, run);
  }

  public loadSteps(run: RunContext): LoadSteps {
    const jobRun: KafkaPerfRun = { runId: run.runId, labels: run.runLabels, records: run.own.records, throughput: run.own.throughput };
    const create = (role: KafkaPerfRole) => createJobStep(this.job(role, jobRun), run.parameters.loadTimeout);
    const jobs = (['producer', 'consumer'] as const).map((role) => this.jobName(role, run.runId));
    return {
      run: [
        { name: 'producer', template: create('producer') },
        { name: 'consumer', template: create('consumer'), withPrevious: this.consumerStart === 'with-producer' },
      ],
      summary: kubectlStep('logs', '--namespace', this.namespace, '--selector', `job-name in (${jobs.join(',')})`,
        '--tail=-1', '--prefix', `--max-log-requests=${jobs.length + 1}`),
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName),
    };
  }
}

