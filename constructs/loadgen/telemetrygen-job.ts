import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import { restrictedContainer } from '../k8s/security';

/** One run's Job: how it is named and labelled, and the load it is given. */
export interface TelemetrygenRun {
  /** Unique per run, such as `{{workflow.name}}`: the Job is `<runId>-<name>`. */
  readonly runId: string;
  /**
   * Labels of the Job and its pod, besides the part's own.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Spans per second each worker sends: a number or an Argo expression.
   * @default - the part's rate per worker
   */
  readonly ratePerWorker?: string;
  /**
   * Seconds the load runs: a number or an Argo expression.
   * @default - the part's `seconds`
   */
  readonly seconds?: string;
}

/** Everything a telemetrygen Job is made of, checked by `TelemetrygenTest`. */
export interface TelemetrygenJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly image: string;
  /** `host:port` of the OTLP gRPC receiver. */
  readonly endpoint: string;
  readonly ratePerWorker: number;
  readonly workers: number;
  readonly childSpans: number;
  readonly seconds: number;
  /** The `service.name` of every span: what a trace lookup searches by. */
  readonly serviceName: string;
  readonly resources: kplus.ContainerResources;
}

/** The telemetrygen image's own user (its Dockerfile). */
const TELEMETRYGEN_USER = 10001;

/** The name of a run's Job. */
export function telemetrygenJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/**
 * A run's Job: telemetrygen's `traces` command sending OTLP over plain gRPC for the given
 * seconds. Its rate limiter waits before every span, parent and child alike, so `--rate` is
 * spans per second per worker (cmd/telemetrygen/internal/traces/worker.go). Each worker logs
 * `traces generated` with its count when it stops; every trace is one parent and `childSpans`
 * children.
 */
export function renderTelemetrygenJob(spec: TelemetrygenJobSpec, run: TelemetrygenRun): Record<string, any> {
  const labels = { ...run.labels, 'app.kubernetes.io/name': 'telemetrygen', [LAB_LABELS.partOf]: spec.name };
  const chart = new Chart(new App(), 'run');
  const job = new kplus.Job(chart, 'telemetrygen', {
    metadata: { name: telemetrygenJobName(spec.name, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    // A failed run is a result to look at, not one to repeat with spans already sent.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: TELEMETRYGEN_USER },
  });
  job.addContainer({
    name: 'telemetrygen',
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    args: [
      'traces',
      '--otlp-endpoint', spec.endpoint,
      '--otlp-insecure',
      '--workers', String(spec.workers),
      '--rate', run.ratePerWorker ?? String(spec.ratePerWorker),
      '--duration', `${run.seconds ?? String(spec.seconds)}s`,
      '--child-spans', String(spec.childSpans),
      '--service', spec.serviceName,
    ],
    resources: spec.resources,
    securityContext: restrictedContainer(TELEMETRYGEN_USER),
  });
  return chart.toJson()[0];
}
