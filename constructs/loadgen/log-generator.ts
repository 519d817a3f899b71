import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName } from '../core/validation';
import { durationSeconds, checkLabDuration } from '../core/duration';
import { Experiment } from '../experiment/experiment';
import type { RunContext, StepTemplate, WorkflowParameter } from '../experiment/load-generator';
import { STEP_RESOURCES, jobLogsStep } from '../experiment/steps';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { LogPipeline } from '../logging/log-pipeline';
import type { Measurement, ServedMetric } from '../results/run-plan';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';
import { LogGeneratorJobSpec, logGeneratorJobName, LogGeneratorRun, renderLogGeneratorJob } from './log-generator-job';

export type { LogGeneratorRun } from './log-generator-job';

/** Longest run: the probe's count query looks back one hour, which must cover the run and its lag. */
const MAX_SECONDS = 30 * 60;

export interface LogGeneratorProps extends JobLoadGeneratorProps {
  /** The log pipeline whose collector ships the generator's lines; the hub must run it. */
  readonly pipeline: LogPipeline;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>`).
   * @default 'loggen'
   */
  readonly name?: string;
  /**
   * Namespace of the Job.
   * @default - the experiment's namespace
   */
  readonly namespace?: string;
  /** Lines per second; the workflow's default for `<name>-rate`. */
  readonly rate: number;
  /** Bytes of each line before its newline, 100 to 16384; the workflow's default for `<name>-line-bytes`. */
  readonly lineBytes: number;
  /** How long it writes, such as `5m`, at most 30 minutes; the workflow's default for `<name>-seconds`. */
  readonly duration: string;
  /**
   * How often the probe times the count query once every line is stored.
   * @default 5
   */
  readonly queries?: number;
  /**
   * How long the probe waits after the last line for the backend to return every line.
   * @default '5m'
   */
  readonly ingestTimeout?: string;
  /**
   * Requests and limits of the generating container.
   * @default 100m/32Mi requested, 1 CPU/64Mi limit
   */
  readonly resources?: Resources;
}

/**
 * A log generator aimed at a {@link LogPipeline}: each workflow run creates a Job whose pod
 * carries the pipeline's label, writes `rate` lines of `lineBytes` bytes per second for the
 * duration to standard output (where the pipeline's collector picks them up), then measures the
 * backend: seconds until every line is returned (ingest lag), latency of a count query over the
 * run's lines, and the bytes the backend stored for them. The Job is not kept in Git (ArgoCD
 * would run it on every sync).
 *
 * @example
 * exp.runLoad(new LogGenerator(exp, 'loggen', { pipeline: LOG_PIPELINES.loki, rate: 1000, lineBytes: 512, duration: '5m' }));
 */
export class LogGenerator extends JobLoadGenerator {
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'metrics-json';
  public readonly tool = 'log-generator';
  /** Cost per GB of log lines written (the probe's `bytes`: lines times their size and newline). */
  public readonly served: ServedMetric = { unit: 'bytes', metric: 'bytes' };
  public readonly measurements: readonly Measurement[];
  /** The pipeline it writes to. */
  public readonly pipeline: LogPipeline;
  private readonly jobSpec: LogGeneratorJobSpec;

  public constructor(scope: Construct, id: string, props: LogGeneratorProps) {
    super(scope, id, props, {
      name: props.name ?? 'loggen', namespace: props.namespace ?? Experiment.of(scope).experimentName,
      noMetrics: 'the Job\'s probe prints its figures when it ends; the results step reads them from its log',
    });
    const where = this.node.path;
    const name = this.componentName;
    if (!(props.pipeline instanceof LogPipeline)) {
      throw new ValidationError(where, 'pipeline', (props.pipeline as { name?: string } | undefined)?.name ?? props.pipeline,
        'a log pipeline of LOG_PIPELINES (constructs/logging/log-pipeline.ts)');
    }
    const pipeline = props.pipeline;
    const rate = checkInteger(where, 'rate', props.rate, 1, 20_000);
    const lineBytes = checkInteger(where, 'lineBytes', props.lineBytes, 100, 16_384);
    const seconds = durationSeconds(checkLabDuration(where, 'duration', props.duration));
    if (seconds < 10 || seconds > MAX_SECONDS) {
      throw new ValidationError(where, 'duration', props.duration, 'from 10s to 30m: the probe\'s query looks back one hour');
    }
    const queries = checkInteger(where, 'queries', props.queries ?? 5, 1, 100);
    const ingestTimeoutSeconds = durationSeconds(checkLabDuration(where, 'ingestTimeout', props.ingestTimeout ?? '5m'));
    if (ingestTimeoutSeconds < 10 || ingestTimeoutSeconds > MAX_SECONDS) {
      throw new ValidationError(where, 'ingestTimeout', props.ingestTimeout, 'from 10s to 30m');
    }
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '32Mi' }, limits: { cpu: '1', memory: '64Mi' },
    });

    this.pipeline = pipeline;
    this.measurements = pipeline.measurements;
    // The pipeline's backend and collector work for this variant's lines: they are charged to it.
    this.measuredNamespaces = [...new Set([this.namespace, checkLabelName(where, 'pipeline.namespace', pipeline.namespace)])].sort();
    this.jobSpec = {
      name, namespace: this.namespace, pipeline, rate, lineBytes, seconds, queries, ingestTimeoutSeconds, resources,
      probeResources: toContainerResources(where, 'probe resources', STEP_RESOURCES),
    };
    this.ownParameters = [
      { name: 'rate', value: String(rate), description: 'log lines per second' },
      { name: 'line-bytes', value: String(lineBytes), description: 'bytes of each log line before its newline' },
      { name: 'seconds', value: String(seconds), description: 'seconds the generator writes' },
    ];
    Experiment.of(this).require(pipeline.capability);
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return logGeneratorJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(run: LogGeneratorRun): Record<string, any> {
    return renderLogGeneratorJob(this.jobSpec, run);
  }

  protected runJob(run: RunContext): Record<string, any> {
    return this.job({
      runId: run.runId, labels: run.runLabels, rate: run.own.rate, lineBytes: run.own['line-bytes'], seconds: run.own.seconds,
    });
  }

  /** The probe's log only: the generator's lines are what the pipeline ships, not a summary. */
  protected override summaryStep(run: RunContext): StepTemplate {
    return jobLogsStep(this.namespace, this.jobName(run.runId), '--container=probe');
  }

}
