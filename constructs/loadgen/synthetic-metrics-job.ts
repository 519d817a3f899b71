import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { restrictedContainer } from '../k8s/security';

/** The port avalanche serves `/metrics` on (its `--port` flag's default, 9001, written out). */
export const AVALANCHE_PORT = 9001;
/** The container port's name, which the PodMonitor selects. */
export const AVALANCHE_PORT_NAME = 'metrics';
/** The image's own user, `nobody` (avalanche v0.7.0 Dockerfile: `USER nobody`). */
const NOBODY = 65534;
/** Length of avalanche's repeated name parts (`--metricname-length`, `--labelname-length`): its defaults, written out. */
export const AVALANCHE_NAME_LENGTH = 5;

/** Everything an exporter Job is made of, checked by `SyntheticMetrics`. */
export interface SyntheticMetricsJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly image: string;
  /** Gauge metrics served. */
  readonly metrics: number;
  /** Labels with constant values on every series, besides `series_id` and `cycle_id`. */
  readonly labels: number;
  readonly valueIntervalSeconds: number;
  readonly resources: kplus.ContainerResources;
  /** Labels the PodMonitor selects the pod by. */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** One run's Job: its name, labels and the load it is given (numbers or Argo expressions). */
export interface SyntheticMetricsRun {
  /** Unique per run, such as `{{workflow.name}}`: the Job is `<runId>-<name>`. */
  readonly runId: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Series per metric. */
  readonly seriesPerMetric: string;
  /** Seconds between two changes of every series' `series_id` (churn); 0 for none. */
  readonly seriesIntervalSeconds: string;
  /** Seconds the exporter serves before it stops. */
  readonly seconds: string;
}

/** The name of a run's Job. */
export function syntheticMetricsJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/**
 * A run's Job: avalanche serves its gauges for the given seconds and is then stopped, so the Job
 * completes (avalanche itself never exits). The image is built on Prometheus' busybox, whose
 * shell runs the timer.
 */
export function renderSyntheticMetricsJob(spec: SyntheticMetricsJobSpec, run: SyntheticMetricsRun): Record<string, any> {
  const labels = { ...run.labels, ...spec.podLabels };
  const avalanche = [
    '/bin/avalanche', `--port=${AVALANCHE_PORT}`,
    `--gauge-metric-count=${spec.metrics}`, '--counter-metric-count=0', '--histogram-metric-count=0',
    '--native-histogram-metric-count=0', '--summary-metric-count=0',
    `--series-count=${run.seriesPerMetric}`, `--label-count=${spec.labels}`,
    `--metricname-length=${AVALANCHE_NAME_LENGTH}`, `--labelname-length=${AVALANCHE_NAME_LENGTH}`,
    `--value-interval=${spec.valueIntervalSeconds}`, `--series-interval=${run.seriesIntervalSeconds}`, '--metric-interval=0',
  ];
  const chart = new Chart(new App(), 'run');
  const job = new kplus.Job(chart, 'exporter', {
    metadata: { name: syntheticMetricsJobName(spec.name, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: NOBODY, group: NOBODY },
  });
  job.addContainer({
    name: 'avalanche',
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', `${avalanche.join(' ')} & pid=$!; sleep ${run.seconds}; kill $pid; wait $pid; exit 0`],
    ports: [{ name: AVALANCHE_PORT_NAME, number: AVALANCHE_PORT }],
    resources: spec.resources,
    securityContext: restrictedContainer(NOBODY),
  });
  return chart.toJson()[0];
}
