import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName } from '../core/validation';
import { durationSeconds, checkLabDuration } from '../core/duration';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext, WorkflowParameter } from '../experiment/load-generator';
import { JOB_RUNNER_RULES, STEP_RESOURCES, createJobStep, deleteRunObjectsStep, jobLogsStep } from '../experiment/steps';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { LogPipeline } from '../logging/log-pipeline';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { Measurement, ServedMetric } from '../results/run-plan';
import { LogGeneratorJobSpec, logGeneratorJobName, LogGeneratorRun, renderLogGeneratorJob } from './log-generator-job';

export type { LogGeneratorRun } from './log-generator-job';

/** Longest run: the probe's count query looks back one hour, which must cover the run and its lag. */
const MAX_SECONDS = 30 * 60;

export interface LogGeneratorProps extends ComponentProps {
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
  /**
   * The variant the load measures.
   * @default - the experiment's name
   */
  readonly variant?: string;
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
export class LogGenerator extends Component implements ILoadGenerator {
  public readonly loadName: string;
  /** Its load is lines per second of its own, not the experiment's users. */
  public readonly takesRunParameters = false;
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly variant: string;
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
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? 'loggen', namespace: props.namespace ?? experiment.experimentName });
    const where = this.node.path;
    const name = this.componentName;
    const budget = 63 - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job name (<workflow>-${name}) must stay within 63`);
    }
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

    this.loadName = name;
    this.pipeline = pipeline;
    this.measurements = pipeline.measurements;
    this.variant = experiment.variantName(where, 'variant', props.variant);
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
    experiment.require(pipeline.capability);
    declareNoMetrics(this, 'the Job\'s probe prints its figures when it ends; the results step reads them from its log');
    experiment.grantRunner(this, name, JOB_RUNNER_RULES);
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return logGeneratorJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(run: LogGeneratorRun): Record<string, any> {
    return renderLogGeneratorJob(this.jobSpec, run);
  }

  public loadSteps(run: RunContext): LoadSteps {
    const job = this.job({
      runId: run.runId, labels: run.runLabels, rate: run.own.rate, lineBytes: run.own['line-bytes'], seconds: run.own.seconds,
    });
    return {
      run: [{ name: 'run', template: createJobStep(job, run.parameters.loadTimeout) }],
      // The probe's log only: the generator's lines are what the pipeline ships, not a summary.
      summary: jobLogsStep(this.namespace, this.jobName(run.runId), '--container=probe'),
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName),
    };
  }
}
