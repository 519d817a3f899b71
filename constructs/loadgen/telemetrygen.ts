import { Construct } from 'constructs';
import { checkLabDuration, durationSeconds } from '../core/duration';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { Measurement, ServedMetric } from '../results/run-plan';
import { TELEMETRYGEN_CHILD_SPANS } from '../results/telemetrygen-summary';
import type { OtlpTarget } from '../tracing/otel-collector';
import { LOADGEN_IMAGES } from './images';
import { renderTelemetrygenJob, TelemetrygenJobSpec, telemetrygenJobName, TelemetrygenRun } from './telemetrygen-job';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';

export type { TelemetrygenRun } from './telemetrygen-job';

export interface TelemetrygenTestProps extends JobLoadGeneratorProps {
  /** Where the spans go: a collector's OTLP receiver. */
  readonly target: OtlpTarget;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>`).
   * @default 'telemetrygen'
   */
  readonly name?: string;
  /**
   * Namespace of the Job.
   * @default - the target's namespace
   */
  readonly namespace?: string;
  /** Spans per second, over every worker; a whole multiple of `workers`. */
  readonly spansPerSecond: number;
  /**
   * Workers sending at once, each at `spansPerSecond / workers`.
   * @default 1
   */
  readonly workers?: number;
  /** How long the load runs, such as `60s` or `5m`; the workflow's default for `<name>-seconds`. */
  readonly duration: string;
  /**
   * The `service.name` of every span.
   * @default 'telemetrygen'
   */
  readonly serviceName?: string;
  /**
   * Requests and limits of the Job's container.
   * @default 100m/64Mi requested, 1 CPU/256Mi limit
   */
  readonly resources?: Resources;
  /**
   * The telemetrygen image.
   * @default LOADGEN_IMAGES.telemetrygen
   */
  readonly image?: string;
}

/**
 * OpenTelemetry's trace generator (telemetrygen) aimed at an OTLP receiver: each workflow run
 * creates a Job that sends traces at a fixed span rate for the duration, waits for it, prints its
 * log and deletes it on exit. The Job is not kept in Git (ArgoCD would run it on every sync). Every
 * trace is a parent and {@link TELEMETRYGEN_CHILD_SPANS} children, the same shape in every run; its
 * log has each worker's count of traces, from which the results step counts the spans sent (the
 * served work, priced per million). The target's measurements (spans the store accepted, bytes it
 * stored, spans the collector failed to export) are read when the variant ends.
 *
 * @example
 * exp.runLoad(new TelemetrygenTest(exp, 'spans', { target: collector, spansPerSecond: 1000, duration: '5m' }));
 */
export class TelemetrygenTest extends JobLoadGenerator {
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'telemetrygen';
  public readonly served: ServedMetric = { unit: 'spans', metric: 'spans' };
  public readonly measurements: readonly Measurement[];
  public readonly target: OtlpTarget;
  /** Spans in each trace: the parent and its children. */
  public readonly spansPerTrace = TELEMETRYGEN_CHILD_SPANS + 1;
  private readonly jobSpec: TelemetrygenJobSpec;

  public constructor(scope: Construct, id: string, props: TelemetrygenTestProps) {
    super(scope, id, props, {
      name: props.name ?? 'telemetrygen', namespace: props.namespace ?? props.target.namespace,
      noMetrics: 'telemetrygen prints its counts when it ends; the results step reads them from the Job\'s log, the store\'s own metrics say what arrived.',
    });
    const where = this.node.path;
    const name = this.componentName;
    const workers = checkInteger(where, 'workers', props.workers ?? 1, 1, 64);
    const spansPerSecond = checkInteger(where, 'spansPerSecond', props.spansPerSecond, 1, 1_000_000);
    if (spansPerSecond % workers !== 0) {
      throw new ValidationError(where, 'spansPerSecond', spansPerSecond, `a whole multiple of workers (${workers}): each worker sends an equal share`);
    }
    const seconds = durationSeconds(checkLabDuration(where, 'duration', props.duration));
    if (seconds < 1) throw new ValidationError(where, 'duration', props.duration, 'at least one second');
    const image = checkPinnedImage(where, 'image', props.image ?? LOADGEN_IMAGES.telemetrygen);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1', memory: '256Mi' },
    });
    const target = props.target;

    this.target = target;
    this.measurements = target.measurements;
    this.measuredNamespaces = [...new Set([this.namespace, ...target.servingNamespaces])].sort();
    this.jobSpec = {
      name, namespace: this.namespace, image, endpoint: target.otlpGrpcEndpoint,
      ratePerWorker: spansPerSecond / workers, workers, childSpans: TELEMETRYGEN_CHILD_SPANS, seconds,
      serviceName: checkLabelName(where, 'serviceName', props.serviceName ?? 'telemetrygen'), resources,
    };
    this.ownParameters = [
      { name: 'rate', value: String(spansPerSecond / workers), description: `spans per second each of the ${workers} telemetrygen workers sends` },
      { name: 'seconds', value: String(seconds), description: 'seconds the spans are sent for' },
    ];
    recordWiring(this, target.owner, 'spans');
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return telemetrygenJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(run: TelemetrygenRun): Record<string, any> {
    return renderTelemetrygenJob(this.jobSpec, run);
  }

  protected runJob(run: RunContext): Record<string, any> {
    return this.job({ runId: run.runId, labels: run.runLabels, ratePerWorker: run.own.rate, seconds: run.own.seconds });
  }
}
