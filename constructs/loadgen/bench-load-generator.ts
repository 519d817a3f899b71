import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { LabError } from '../core/errors';
import { recordWiring } from '../core/wiring';
import type { RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { IMessagingTarget } from '../messaging/messaging-target';
import type { Measurement, SummaryFormat } from '../results/run-plan';
import { BenchEnv, benchJobName, BenchJobSpec, renderBenchJob } from './bench-job';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';

/** What every messaging bench takes. */
export interface MessagingBenchProps extends JobLoadGeneratorProps {
  /** The destination the bench sends to and reads from; its broker gives the address. */
  readonly target: IMessagingTarget;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>`).
   * @default - the tool's name
   */
  readonly name?: string;
  /**
   * Requests and limits of the Job's container. CPU as `500m` or `2`, memory in Ki, Mi or Gi.
   * @default 500m/1Gi requested, 2 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** What a bench tool adds to the common part, once its props are checked. */
export interface BenchTool {
  /** The tool's name: `app.kubernetes.io/name` of its pods. */
  readonly tool: string;
  readonly image: string;
  /** The user the image runs as. */
  readonly user: number;
  readonly summaryFormat: SummaryFormat;
  /** Environment of the Job's container. */
  readonly env?: Readonly<Record<string, BenchEnv>>;
  /** Parameters of its own load, offered by the workflow as `<name>-<parameter>`. */
  readonly ownParameters: readonly WorkflowParameter[];
  /** The script of a run, given its own parameters as Argo expressions. */
  script(own: Readonly<Record<string, string>>): string;
}

/**
 * A messaging load generator that runs one tool in one Job per run ({@link JobLoadGenerator}), in
 * the target's namespace, where the broker's Secrets are. Subclasses check their own props and
 * call {@link useTool}.
 */
export abstract class MessagingBench extends JobLoadGenerator {
  public readonly measuredNamespaces: readonly string[];
  /** The destination under test. */
  public readonly target: IMessagingTarget;
  protected readonly containerResources: kplus.ContainerResources;
  private bench?: BenchTool;

  protected constructor(scope: Construct, id: string, props: MessagingBenchProps, defaultName: string) {
    super(scope, id, props, {
      name: props.name ?? defaultName, namespace: props.target.namespace,
      noMetrics: 'the bench tool prints its figures when it ends; the results step reads them from the Job\'s log',
    });
    const where = this.node.path;
    this.target = props.target;
    this.measuredNamespaces = [this.namespace];
    this.containerResources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' },
    });
    recordWiring(this, props.target, 'load');
  }

  /** Sets the tool the Job runs; subclasses call it once, at the end of their constructor. */
  protected useTool(bench: BenchTool): void {
    this.bench = bench;
  }

  private get benchTool(): BenchTool {
    if (!this.bench) throw new LabError(`${this.node.path}: a messaging bench sets its tool in its constructor`);
    return this.bench;
  }

  public get summaryFormat(): SummaryFormat {
    return this.benchTool.summaryFormat;
  }

  /**
   * The broker's CPU (average cores over the variant's window) and peak memory, from the pods
   * the target names: the namespace's usage in the document also counts the bench's own Job.
   */
  public get measurements(): readonly Measurement[] {
    const pods = `namespace="${this.target.namespace}",pod=~"${this.target.brokerPods}",container!=""`;
    return [
      { name: 'brokerCpuCores', unit: 'cores', query: `sum(rate(container_cpu_usage_seconds_total{${pods}}[$window]))` },
      { name: 'brokerPeakMemoryBytes', unit: 'bytes', query: `max_over_time(sum(container_memory_working_set_bytes{${pods}})[$window:15s])` },
    ];
  }

  public get ownParameters(): readonly WorkflowParameter[] {
    return this.benchTool.ownParameters;
  }

  /** A run's Job as the run step creates it; `own` holds the tool's parameters (defaults when absent). */
  public job(runId: string, runLabels: Readonly<Record<string, string>> = {}, own?: Readonly<Record<string, string>>): Record<string, any> {
    const tool = this.benchTool;
    const values = own ?? Object.fromEntries(tool.ownParameters.map((p) => [p.name, p.value]));
    const spec: BenchJobSpec = {
      name: this.loadName, tool: tool.tool, namespace: this.namespace, image: tool.image, user: tool.user,
      script: tool.script(values), env: tool.env ?? {}, resources: this.containerResources,
    };
    return renderBenchJob(spec, runId, runLabels);
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return benchJobName(this.loadName, runId);
  }

  protected runJob(run: RunContext): Record<string, any> {
    return this.job(run.runId, run.runLabels, run.own);
  }

}

/** The line a bench script prints after its tool succeeded, with the messages it was told to send. */
export const MESSAGES_LINE = 'messages sent:';
