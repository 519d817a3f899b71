import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { restrictedContainer } from '../k8s/security';
import { LAB_LABELS } from '../core/labels';

/** Producer acknowledgements: none, the leader's, or every in-sync replica's. */
export type KafkaAcks = 0 | 1 | 'all';

/** The two Jobs of a run. */
export type KafkaPerfRole = 'producer' | 'consumer';

/** One run's Jobs: how they are named and labelled, and the load they are given. */
export interface KafkaPerfRun {
  /** Unique per run, such as `{{workflow.name}}`: the Jobs are `<runId>-<name>-<role>`. */
  readonly runId: string;
  /**
   * Labels of the Jobs and their pods, besides the part's own.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Records to send and read: a number or an Argo expression.
   * @default - the part's `records`
   */
  readonly records?: string;
  /**
   * Records per second the producer aims at, `-1` for no limit: a number or an Argo expression.
   * @default - the part's `throughput`
   */
  readonly throughput?: string;
}

/** Everything a perf Job is made of, checked by `KafkaPerfTest`. */
export interface KafkaPerfJobSpec {
  /** The part's name: the Jobs' infix and `app.kubernetes.io/part-of`. */
  readonly name: string;
  readonly namespace: string;
  readonly image: string;
  readonly topicName: string;
  readonly bootstrapServers: string;
  readonly records: number;
  readonly recordSize: number;
  /** Records per second; -1 is the perf tool's "no limit". */
  readonly throughput: number;
  readonly acks: KafkaAcks;
  readonly consumerGroup: string;
  readonly consumerTimeoutMs: number;
  readonly resources: kplus.ContainerResources;
  /**
   * Annotations of the Jobs' pods (a native sidecar in a meshed namespace, so a Job ends).
   * @default - none
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** The Kafka images run as this user. */
const KAFKA_USER = 1001;
const KAFKA_BIN = '/opt/kafka/bin';

/** The name of a run's Job. */
export function kafkaPerfJobName(name: string, role: KafkaPerfRole, runId: string): string {
  return `${runId}-${name}-${role}`;
}

/**
 * A run's producer or consumer Job as cdk8s-plus renders it. It is built in a chart of its own,
 * since it belongs to the run that creates it, not to the part's folder in Git.
 */
export function renderKafkaPerfJob(spec: KafkaPerfJobSpec, role: KafkaPerfRole, run: KafkaPerfRun): Record<string, any> {
  const records = run.records ?? String(spec.records);
  const [command, args] = role === 'producer'
    ? [`${KAFKA_BIN}/kafka-producer-perf-test.sh`, [
      '--topic', spec.topicName,
      '--num-records', records,
      '--record-size', String(spec.recordSize),
      '--throughput', run.throughput ?? String(spec.throughput),
      // --producer-props is understood by every Kafka 4 release the operator runs.
      '--producer-props', `bootstrap.servers=${spec.bootstrapServers}`, `acks=${spec.acks}`,
      '--print-metrics',
    ]]
    : [`${KAFKA_BIN}/kafka-consumer-perf-test.sh`, [
      '--bootstrap-server', spec.bootstrapServers,
      '--topic', spec.topicName,
      '--messages', records,
      '--group', spec.consumerGroup,
      '--timeout', String(spec.consumerTimeoutMs),
      '--print-metrics',
    ]];
  const labels = {
    ...run.labels,
    'app.kubernetes.io/name': 'kafka-perf',
    [LAB_LABELS.partOf]: spec.name,
    'app.kubernetes.io/component': role,
  };
  const chart = new Chart(new App(), 'run');
  const tmp = kplus.Volume.fromEmptyDir(chart, 'tmp', 'tmp');
  const job = new kplus.Job(chart, role, {
    metadata: { name: kafkaPerfJobName(spec.name, role, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels, ...(spec.podAnnotations ? { annotations: { ...spec.podAnnotations } } : {}) },
    // A failed run is a result to look at, not to retry with half the records already sent.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: KAFKA_USER },
    volumes: [tmp],
  });
  job.addContainer({
    name: role,
    image: spec.image,
    // The tag is pinned, so a cached image is the same image.
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: [command],
    args,
    resources: spec.resources,
    securityContext: restrictedContainer(KAFKA_USER, 0),
    // The tools write logs and JVM scratch files; the root filesystem stays read-only.
    envVariables: { LOG_DIR: kplus.EnvValue.fromValue('/tmp') },
    volumeMounts: [{ path: '/tmp', volume: tmp }],
  });
  return chart.toJson()[0];
}
