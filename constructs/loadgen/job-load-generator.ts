import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext, StepTemplate, WorkflowParameter } from '../experiment/load-generator';
import { JOB_RUNNER_RULES, RunnerRule, createJobStep, deleteRunObjectsStep, jobLogsStep } from '../experiment/steps';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { SummaryFormat } from '../results/run-plan';

/** What every Job-per-run load generator takes. */
export interface JobLoadGeneratorProps extends ComponentProps {
  /**
   * The variant the load measures, when the experiment compares several.
   * @default - the experiment's name
   */
  readonly variant?: string;
}

/** How a subclass sets up the common part. */
export interface JobLoadGeneratorSpec {
  /** Name of the component, its workflow templates and a run's Job (`<run>-<name><jobSuffix>`). */
  readonly name: string;
  /** Namespace of the Jobs. */
  readonly namespace: string;
  /**
   * What follows the name in a run's Job name (`-producer`), counted against Kubernetes' 63.
   * @default ''
   */
  readonly jobSuffix?: string;
  /** Why the part has no metrics endpoint of its own, as a sentence (how its figures reach the results). */
  readonly noMetrics: string;
  /**
   * What the experiment's runner may do in the namespace for this part.
   * @default JOB_RUNNER_RULES: create, watch and delete Jobs, read their pods' logs
   */
  readonly runnerRules?: readonly RunnerRule[];
}

/**
 * A load generator that runs one Job per workflow run: the run step creates the run's Job and
 * waits for it to end, the summary step prints its log, cleanup deletes every Job of the part.
 * The Jobs are not kept in Git (ArgoCD would run them on every sync); the part's folder holds
 * only the runner's rights. Its load is its own parameters, not the experiment's users.
 * Subclasses check their props, render a run's Job ({@link runJob}) and name it ({@link jobName}).
 */
export abstract class JobLoadGenerator extends Component implements ILoadGenerator {
  public readonly loadName: string;
  public readonly variant: string;
  /** Its load is parameters of its own, not the experiment's users. */
  public readonly takesRunParameters = false;
  public abstract readonly summaryFormat: SummaryFormat;
  public abstract readonly ownParameters: readonly WorkflowParameter[];
  public abstract readonly measuredNamespaces: readonly string[];

  protected constructor(scope: Construct, id: string, props: JobLoadGeneratorProps, spec: JobLoadGeneratorSpec) {
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: spec.name, namespace: spec.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const suffix = spec.jobSuffix ?? '';
    const budget = 63 - suffix.length - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job name (<workflow>-${name}${suffix}) must stay within 63`);
    }
    this.loadName = name;
    this.variant = experiment.variantName(where, 'variant', props.variant);
    declareNoMetrics(this, spec.noMetrics);
    experiment.grantRunner(this, name, spec.runnerRules ?? JOB_RUNNER_RULES);
  }

  /** The name of a run's Job. */
  public abstract jobName(runId: string): string;

  /** A run's Job, as the run step creates it, with the run's own parameters as Argo expressions. */
  protected abstract runJob(run: RunContext): Record<string, any>;

  /** The name of the step that creates the Job. */
  protected get runStepName(): string {
    return 'run';
  }

  /** The step that prints the run's summary: the Job's log. */
  protected summaryStep(run: RunContext): StepTemplate {
    return jobLogsStep(this.namespace, this.jobName(run.runId));
  }

  public loadSteps(run: RunContext): LoadSteps {
    return {
      run: [{ name: this.runStepName, template: createJobStep(this.runJob(run), run.parameters.loadTimeout) }],
      summary: this.summaryStep(run),
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName),
    };
  }
}
