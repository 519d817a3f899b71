import type { IConstruct } from 'constructs';
import type { WorkflowTemplateSpecTemplates } from '../../imports/argo-workflowtemplate-argoproj.io';
import type { PlainTextIngress } from '../istio/plain-text-ingress';
import type { Measurement, ServedMetric, SummaryFormat } from '../results/run-plan';

/** Room `{{workflow.name}}` takes beyond the experiment's name: `-` and Argo's 5 random characters. */
export const RUN_ID_EXTRA = 6;

/** One Argo template, named by the workflow that includes it. */
export type StepTemplate = Omit<WorkflowTemplateSpecTemplates, 'name'>;

/** A named step of a load generator's run; the workflow names its template `<generator>-<name>`. */
export interface LoadStep {
  /** The step's name within the generator, such as `run` or `producer`. */
  readonly name: string;
  readonly template: StepTemplate;
  /**
   * Starts together with the step before it instead of after it has finished.
   * @default false
   */
  readonly withPrevious?: boolean;
}

/** A workflow parameter with the model's default. */
export interface WorkflowParameter {
  readonly name: string;
  readonly value: string;
  readonly description: string;
}

/** What a load generator contributes to its experiment's workflow. */
export interface LoadSteps {
  /** Starts the load and returns once it has finished, one step after another. */
  readonly run: readonly LoadStep[];
  /**
   * Fails when the run crossed its thresholds; runs after every stage of load.
   * @default - no verdict: the summary is the result
   */
  readonly check?: StepTemplate;
  /** Prints the generator's summary. Runs on exit, whatever happened before. */
  readonly summary: StepTemplate;
  /**
   * Removes what the run created. Runs on exit, whatever happened before.
   * @default - nothing to remove
   */
  readonly cleanup?: StepTemplate;
}

/**
 * The workflow's side of a run, as Argo expressions that a load generator puts into its steps
 * and run manifests.
 */
export interface RunContext {
  /** The experiment's name. */
  readonly experiment: string;
  /** Unique per run: the Workflow's name. */
  readonly runId: string;
  /** Labels of every object a run creates; cleanup deletes by the experiment's label. */
  readonly runLabels: Readonly<Record<string, string>>;
  /** The workflow's run parameters as Argo expressions, e.g. `{{workflow.parameters.users}}`. */
  readonly parameters: {
    readonly users: string;
    readonly duration: string;
    /** Requests per second; `0` means as fast as the users go. */
    readonly rate: string;
    readonly p95LatencyMs: string;
    readonly errorRate: string;
    /** How long one load step may take (the duration plus start-up room). */
    readonly loadTimeout: string;
  };
  /**
   * The generator's own parameters ({@link ILoadGenerator.ownParameters}) as Argo expressions,
   * by their name without the generator's prefix.
   */
  readonly own: Readonly<Record<string, string>>;
}

/**
 * A part of an experiment that puts load on a target. The experiment's workflow runs it through
 * the steps it returns; the part itself grants the workflow's service account what those steps
 * need, in its own namespace.
 */
export interface ILoadGenerator extends IConstruct {
  /** The part's name: its folder, and the prefix of its workflow templates. */
  readonly loadName: string;
  /** The namespace its run happens in. */
  readonly namespace: string;
  /**
   * The variant it measures (`plain`, `meshed`): the results document reports each variant on its
   * own, with the generators, usage and cost of that variant. Generators of one variant share it.
   */
  readonly variant: string;
  /**
   * Namespaces whose CPU and memory its variant is charged: its own and its target's.
   */
  readonly measuredNamespaces: readonly string[];
  /** How its summary step prints its figures, for the results step to read them. */
  readonly summaryFormat: SummaryFormat;
  /**
   * The tool its summary names, where the format serves several (`metrics-json`).
   * @default - the format
   */
  readonly tool?: string;
  /**
   * Which figure of its summary counts the work it served, for its variant's cost per unit.
   * @default - the format's: k6 and Locust requests, Kafka messages, pgbench transactions; none for `metrics-json`
   */
  readonly served?: ServedMetric;
  /**
   * Figures of its variant read from Prometheus when the variant ends (time to scale out, bytes
   * stored); a variant's generators must not repeat a name.
   * @default - none
   */
  readonly measurements?: readonly Measurement[];
  /**
   * Whether its runs follow the workflow's run parameters (users, duration, rate, thresholds).
   * A generator whose load is measured otherwise (records, not users) ignores them, and the
   * workflow then offers none it would ignore.
   */
  readonly takesRunParameters: boolean;
  /**
   * Parameters of its own load (Kafka's record count, for example), with the model's defaults;
   * the workflow offers each as `<loadName>-<name>`.
   * @default - none
   */
  readonly ownParameters?: readonly WorkflowParameter[];
  /**
   * Paths into its pods that callers outside the mesh use during a run (an operator polling the
   * pods, a workflow step calling their API). In a meshed namespace each becomes a port-level
   * exception to mutual TLS, scoped to the pods it selects.
   * @default - none: only the API server and meshed pods talk to it
   */
  readonly plainTextIngress?: readonly PlainTextIngress[];
  /** Its steps in the experiment's workflow. */
  loadSteps(run: RunContext): LoadSteps;
}
