import { App } from 'cdk8s';
import { Construct } from 'constructs';
import type { WorkflowRunner } from '../constructs/argo-workflows/runner';
import type { SourceRepository } from '../constructs/argocd/sources';
import { CHARTS, ChartCatalog } from '../constructs/catalog/charts';
import type { LabContext } from '../constructs/catalog/lab-context';
import { ValidationError } from '../constructs/core/errors';
import { checkKnownKeys, checkLabelName, checkRepositoryUrl } from '../constructs/core/validation';
import { Experiment, ExperimentDefinition } from '../constructs/experiment/experiment';
import type { Environment } from '../hub/environment';
import { Hub } from '../hub/hub';

export interface LabProps {
  /** The Git repository (and revision) ArgoCD pulls dist/ from; a fork names its own. */
  readonly repository: SourceRepository;
  /** Who runs experiment workflows on every hub. */
  readonly runner: WorkflowRunner;
  /** Every environment, in synthesis order; the first is the tools' default. */
  readonly environments: readonly Environment[];
  /** Every experiment; dist/experiments/ holds all of them, each environment runs those it lists. */
  readonly experiments: readonly ExperimentDefinition[];
}

const PROP_KEYS: readonly (keyof LabProps)[] = ['repository', 'runner', 'environments', 'experiments'];

/**
 * The whole lab: what is lab-wide (the repository, the workflow runner, the pinned charts), its
 * environments and its experiments. It is the one object passed down: the lab builds each hub and
 * each experiment with itself as their {@link LabContext}, and nothing below reads a global.
 */
export class Lab implements LabContext {
  public readonly repository: SourceRepository;
  public readonly runner: WorkflowRunner;
  public readonly charts: ChartCatalog = CHARTS;
  public readonly environments: readonly Environment[];
  public readonly experiments: readonly ExperimentDefinition[];
  /** Every environment's domain, once each (gateways name their hosts in all of them). */
  public readonly domains: readonly string[];

  public constructor(props: LabProps) {
    const where = 'lab';
    checkKnownKeys(where, '', props, PROP_KEYS);
    checkRepositoryUrl(where, 'repository.url', props.repository?.url);
    if (typeof props.repository.revision !== 'string' || props.repository.revision === '' || /\s/.test(props.repository.revision)) {
      throw new ValidationError(where, 'repository.revision', props.repository.revision,
        'a branch, tag or commit without spaces, such as HEAD or main');
    }
    checkKnownKeys(where, 'repository', props.repository, ['url', 'revision']);
    this.repository = { url: props.repository.url, revision: props.repository.revision };
    checkKnownKeys(where, 'runner', props.runner, ['namespace', 'serviceAccountName']);
    this.runner = {
      namespace: checkLabelName(where, 'runner.namespace', props.runner?.namespace),
      serviceAccountName: checkLabelName(where, 'runner.serviceAccountName', props.runner?.serviceAccountName),
    };
    this.environments = unique(where, 'environments', props.environments, (e) => e.name);
    this.experiments = unique(where, 'experiments', props.experiments, (e) => e.name);
    this.domains = [...new Set(this.environments.map((e) => e.domain))];
    for (const env of this.environments) {
      for (const experiment of env.experiments) {
        if (!this.experiments.includes(experiment)) {
          throw new ValidationError(`environment ${JSON.stringify(env.name)}`, 'experiments', experiment.name,
            `an experiment of the lab: ${this.experiments.map((e) => e.name).join(', ')}`);
        }
      }
    }
  }

  /** The environment named `name`; throws, listing the names, when there is none. */
  public environment(name: string): Environment {
    const found = this.environments.find((e) => e.name === name);
    if (!found) {
      throw new ValidationError('lab', 'environment', name, `known environments: ${this.environments.map((e) => e.name).join(', ')}`);
    }
    return found;
  }

  /**
   * Builds the construct tree: every experiment once (for dist/experiments), and the hub of each
   * selected environment with the experiments it enables.
   */
  public build(selected: readonly Environment[] = this.environments): App {
    const app = new App({ outdir: 'dist' });
    const group = new Construct(app, 'experiments');
    const experiments = new Map(this.experiments.map((definition) => [
      definition, new Experiment(group, definition.name, { definition, lab: this }),
    ]));
    for (const env of selected) {
      const hub = new Hub(app, { lab: this, environment: env });
      for (const definition of env.experiments) experiments.get(definition)!.enableOn(hub);
    }
    return app;
  }
}

function unique<T>(where: string, field: string, items: readonly T[], nameOf: (item: T) => string): readonly T[] {
  const seen = new Set<string>();
  for (const item of items ?? []) {
    const name = nameOf(item);
    if (seen.has(name)) throw new ValidationError(where, field, name, 'each name once');
    seen.add(name);
  }
  return [...(items ?? [])];
}
