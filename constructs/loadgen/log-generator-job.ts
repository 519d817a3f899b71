import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import { STEP_IMAGES, STEP_USER } from '../experiment/steps';
import { restrictedContainer } from '../k8s/security';
import type { LogPipeline } from '../logging/log-pipeline';
import { baselineScript, generatorScript, LOGGEN_WORKDIR, probeScript } from './log-generator-scripts';

/** One run's Job: its name, labels and the load it is given (numbers or Argo expressions). */
export interface LogGeneratorRun {
  /** Unique per run, such as `{{workflow.name}}`: the Job is `<runId>-<name>`, its lines carry `loggen-<runId>`. */
  readonly runId: string;
  /**
   * Labels of the Job and its pod, besides the part's own and the pipeline's.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the part's `rate` */
  readonly rate?: string;
  /** @default - the part's `lineBytes` */
  readonly lineBytes?: string;
  /** @default - the part's `seconds` */
  readonly seconds?: string;
}

/** Everything a log generator's Job is made of, checked by `LogGenerator`. */
export interface LogGeneratorJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly pipeline: LogPipeline;
  readonly rate: number;
  readonly lineBytes: number;
  readonly seconds: number;
  readonly queries: number;
  readonly ingestTimeoutSeconds: number;
  readonly resources: kplus.ContainerResources;
  readonly probeResources: kplus.ContainerResources;
}

/** The name of a run's Job. */
export function logGeneratorJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/** The marker every line of a run starts with; the probe counts the lines that carry it. */
export function logMarker(runId: string): string {
  return `loggen-${runId}`;
}

/**
 * A run's Job, one pod in three steps: `baseline` (the backend's stored bytes before), `generate`
 * (the lines, on standard output, which the pipeline's collector ships because the pod carries
 * the pipeline's label) and `probe` (ingest lag, query latency, stored bytes), whose log ends with
 * the `metrics json:` line the results step reads. The first two are init containers, so they run
 * in order and the probe starts when the last line is written.
 */
export function renderLogGeneratorJob(spec: LogGeneratorJobSpec, run: LogGeneratorRun): Record<string, any> {
  const labels = { ...run.labels, ...spec.pipeline.podLabels, 'app.kubernetes.io/name': 'log-generator', [LAB_LABELS.partOf]: spec.name };
  const chart = new Chart(new App(), 'run');
  const work = kplus.Volume.fromEmptyDir(chart, 'work', 'work');
  const job = new kplus.Job(chart, 'log-generator', {
    metadata: { name: logGeneratorJobName(spec.name, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    // A second attempt would write the run's lines twice.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: STEP_USER, group: STEP_USER },
  });
  const env = {
    PIPELINE: kplus.EnvValue.fromValue(spec.pipeline.name),
    MARKER: kplus.EnvValue.fromValue(logMarker(run.runId)),
    LINE_BYTES: kplus.EnvValue.fromValue(run.lineBytes ?? String(spec.lineBytes)),
  };
  const mount = { volume: work, path: LOGGEN_WORKDIR };
  job.addInitContainer({
    name: 'baseline',
    image: STEP_IMAGES.curl,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', baselineScript(spec.pipeline.backend)],
    resources: spec.probeResources,
    securityContext: restrictedContainer(STEP_USER),
    envVariables: env,
    volumeMounts: [mount],
  });
  job.addInitContainer({
    name: 'generate',
    image: STEP_IMAGES.busybox,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', generatorScript()],
    resources: spec.resources,
    securityContext: restrictedContainer(STEP_USER),
    envVariables: {
      ...env,
      RATE: kplus.EnvValue.fromValue(run.rate ?? String(spec.rate)),
      SECONDS_TOTAL: kplus.EnvValue.fromValue(run.seconds ?? String(spec.seconds)),
    },
    volumeMounts: [mount],
  });
  job.addContainer({
    name: 'probe',
    image: STEP_IMAGES.curl,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', probeScript(spec.pipeline.backend)],
    resources: spec.probeResources,
    securityContext: restrictedContainer(STEP_USER),
    envVariables: {
      ...env,
      QUERIES: kplus.EnvValue.fromValue(String(spec.queries)),
      INGEST_TIMEOUT: kplus.EnvValue.fromValue(String(spec.ingestTimeoutSeconds)),
    },
    volumeMounts: [mount],
  });
  return chart.toJson()[0];
}
