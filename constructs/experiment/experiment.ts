import type { Construct, IConstruct } from 'constructs';
import type { LabChart } from '../../charts/lab-chart';
import type { WorkflowRunner } from '../argo-workflows/runner';
import type { Component } from '../argocd/component';
import { AppOfApps } from '../argocd/app-of-apps';
import type { IAppProject } from '../argocd/app-project';
import { Application } from '../argocd/application';
import { Capabilities } from '../catalog/capabilities';
import { Capability } from '../catalog/capability';
import type { LabContext } from '../catalog/lab-context';
import { LabError, ValidationError } from '../core/errors';
import { LAB_LABELS, LAB_MANAGER } from '../core/labels';
import { checkDuration, checkLabelName } from '../core/validation';
import type { MeshDataplaneMode } from '../istio/mesh-namespace';
import type { ILoadGenerator } from './load-generator';
import { ExperimentNamespaceOptions, ExperimentNamespaces } from './namespaces';
import { resolveRunParameters, RunParameterProps, RunParameters } from './parameters';
import { grantRunner, RunnerRule } from './steps';
import { ExperimentWorkflow } from './workflow';

/** What a hub offers the experiments it enables. */
export interface ExperimentHost extends IConstruct {
  /** The hub's `apps` chart, where each enabled experiment's parent Application goes. */
  readonly applications: LabChart;
  /** The hub's project. */
  readonly project: IAppProject;
  /**
   * The Application of the hub component that provides `capability`, installing it if the hub
   * does not run it yet; `experiment` is recorded as the reason.
   */
  provide(capability: Capability, experiment: string): Application;
}

/** An experiment as its folder defines it: name, parameters, and the parts it builds. */
export interface ExperimentDefinition {
  /** The experiment's name: its folder dist/experiments/NAME, project, namespaces and workflow template. */
  readonly name: string;
  /** What the experiment measures, one sentence. */
  readonly description: string;
  /**
   * Users, duration, rate and thresholds of a run; the workflow's parameters default to these.
   * @default - 10 users for 60s, no target rate, p95 below 500 ms, errors below 10 %
   */
  readonly parameters?: RunParameterProps;
  /**
   * Capabilities the experiment needs from the hub beyond those its parts declare.
   * @default - only those its parts declare
   */
  readonly requires?: readonly Capability[];
  /**
   * How long the workflow waits for the experiment's Applications to be synced and healthy.
   * @default '10m'
   */
  readonly readyTimeout?: string;
  /** Adds the experiment's parts: targets, load generators ({@link Experiment.runLoad}). */
  build(experiment: Experiment): void;
}

export interface ExperimentProps {
  /** What the experiment is. */
  readonly definition: ExperimentDefinition;
  /** The lab: the repository ArgoCD pulls the experiment's folders from, and its runner. */
  readonly lab: LabContext;
}

/** What a hub must run for each way a namespace joins a mesh (MeshNamespace checks the mode itself). */
const MESH_CAPABILITIES: Readonly<Record<MeshDataplaneMode, Capability>> = {
  sidecar: Capabilities.istio,
  ambient: Capabilities.istioAmbient,
  linkerd: Capabilities.linkerd,
};

/** Names of objects a run creates grow by a suffix; this leaves room for it. */
export const MAX_EXPERIMENT_NAME = 30;

/**
 * One experiment: an app-of-apps at `experiments/<name>` whose parts (targets, load generators)
 * are components with their own Applications and folders, plus a `workflow` part holding the Argo
 * WorkflowTemplate that runs it. The experiment is built once; each environment that enables it
 * adds a parent Application ({@link enableOn}).
 *
 * @example
 * new Experiment(scope, 'http-baseline', { lab, definition: {
 *   name: 'http-baseline', description: '...',
 *   build: (exp) => {
 *     const app = new HelloApp(exp, 'target', { namespace: exp.namespace() });
 *     exp.runLoad(new K6Test(exp, 'loadgen', { target: app.http, script }));
 *   },
 * } });
 */
export class Experiment extends AppOfApps {
  /** The experiment a construct belongs to: its nearest ancestor. */
  public static override of(scope: IConstruct): Experiment {
    const found = Experiment.tryOf(scope);
    if (!found) throw new LabError(`${scope.node.path}: must be created inside an experiment`);
    return found;
  }

  /** The experiment a construct belongs to, or undefined outside experiments. */
  public static tryOf(scope: IConstruct): Experiment | undefined {
    return scope.node.scopes.slice().reverse().find((s): s is Experiment => s instanceof Experiment);
  }

  public readonly experimentName: string;
  public readonly description: string;
  /** The definition it was built from. */
  public readonly definition: ExperimentDefinition;
  /** Who runs the experiment's workflow. */
  public readonly runner: WorkflowRunner;
  /** Run parameters with defaults applied. */
  public readonly parameters: RunParameters;
  /** How long the workflow waits for the Applications. */
  public readonly readyTimeout: string;
  /** The part holding the WorkflowTemplate. */
  public readonly workflow: ExperimentWorkflow;
  /** The part holding the Namespace objects, synced before every other part. */
  public readonly namespaceSet: ExperimentNamespaces;
  /** Every environment's domain, from the lab: hosts its gateways answer on any hub (ADR 0131). */
  public readonly domains: readonly string[];

  private readonly stages: ILoadGenerator[][] = [];
  private readonly capabilities = new Set<Capability>([Capabilities.argoWorkflows]);

  public constructor(scope: Construct, id: string, props: ExperimentProps) {
    const where = `${scope.node.path ? `${scope.node.path}/` : ''}${id}`;
    const definition = props.definition;
    const name = checkLabelName(where, 'name', definition?.name);
    if (name.length > MAX_EXPERIMENT_NAME) {
      throw new ValidationError(where, 'name', name,
        `at most ${MAX_EXPERIMENT_NAME} characters, so that the names of its runs' objects stay within 63`);
    }
    super(scope, id, {
      repository: props.lab.repository,
      path: `experiments/${name}`,
      projectName: name,
      projectDescription: definition.description,
      labels: { [LAB_LABELS.managedBy]: LAB_MANAGER, [LAB_LABELS.experiment]: name },
      applicationPrefix: `${name}-`,
      // Its namespaces part writes Namespace objects; every other part is namespaced.
      clusterResources: [{ group: '', kind: 'Namespace' }],
    });
    this.experimentName = name;
    this.description = definition.description;
    this.definition = definition;
    this.runner = props.lab.runner;
    this.domains = [...(props.lab.domains ?? [])];
    this.parameters = resolveRunParameters(this.node.path, definition.parameters);
    this.readyTimeout = checkDuration(this.node.path, 'readyTimeout', definition.readyTimeout ?? '10m');
    for (const [i, capability] of (definition.requires ?? []).entries()) {
      if (!(capability instanceof Capability)) {
        throw new ValidationError(this.node.path, `requires[${i}]`, (capability as { name?: string })?.name ?? capability,
          'a capability of Capabilities (constructs/catalog/capabilities.ts)');
      }
      this.require(capability);
    }
    this.namespaceSet = new ExperimentNamespaces(this, 'Namespaces', name);
    this.namespaceSet.declare(this.node.path, name);

    definition.build(this);
    if (this.stages.length === 0) {
      throw new ValidationError(this.node.path, 'load', [],
        'an experiment needs at least one load generator: pass it to runLoad() in build()');
    }
    this.workflow = new ExperimentWorkflow(this, 'Workflow', {
      experimentName: name,
      description: definition.description,
      parameters: this.parameters,
      stages: this.stages,
      readyTimeout: this.readyTimeout,
      runner: this.runner,
    });
  }

  /**
   * A namespace of the experiment: its name, or `<name>-<suffix>` when it needs more than one.
   * The first call declares it (a Namespace object in the `namespaces` part); `options.mesh`
   * enrolls it in one of the hub's meshes and requires that mesh's capability (and, for a
   * waypoint, the Gateway API's).
   */
  public namespace(suffix?: string, options: ExperimentNamespaceOptions = {}): string {
    const name = suffix ? `${this.experimentName}-${suffix}` : this.experimentName;
    if (options.mesh) this.require(MESH_CAPABILITIES[options.mesh.mode ?? 'sidecar'] ?? Capabilities.istio);
    // A waypoint is a Gateway API Gateway: the hub's CRDs sync before the experiment's parts.
    if (options.mesh?.waypoint === true) this.require(Capabilities.gatewayApi);
    return this.namespaceSet.declare(this.node.path, name, options);
  }

  /** Adds a stage of load: the generators given run together, after the stages added before. */
  public runLoad(...generators: ILoadGenerator[]): void {
    if (generators.length === 0) {
      throw new ValidationError(this.node.path, 'runLoad', [], 'at least one load generator per stage');
    }
    const known = new Set(this.loadGenerators);
    for (const g of generators) {
      if (Experiment.of(g) !== this) {
        throw new ValidationError(this.node.path, 'runLoad', g.node.path, 'a load generator of this experiment (created inside it)');
      }
      if (known.has(g)) throw new ValidationError(this.node.path, 'runLoad', g.node.path, 'each load generator runs in one stage only');
      known.add(g);
    }
    this.stages.push([...generators]);
    // Whatever a generator's run needs from outside the mesh, its namespace lets in.
    for (const g of generators) {
      for (const ingress of g.plainTextIngress ?? []) this.namespaceSet.acceptPlainText(g.namespace, ingress);
    }
  }

  /**
   * A load generator's variant: `variant` checked as a name, or the experiment's name when the
   * experiment compares nothing. `where` and `field` name the generator's prop in errors.
   */
  public variantName(where: string, field: string, variant: string | undefined): string {
    return checkLabelName(where, field, variant ?? this.experimentName);
  }

  /** Records that the experiment needs a capability of the hub; parts call it for what they use. */
  public require(capability: Capability): void {
    this.capabilities.add(capability);
  }

  /**
   * Grants the workflow runner `rules` in a part's namespace: a Role and RoleBinding in the
   * part's own folder, so they come and go with the part and its namespace.
   */
  public grantRunner(part: Component, name: string, rules: readonly RunnerRule[]): void {
    grantRunner(this.runner, part, name, rules);
  }

  /** Stages of load, in order; the generators of one stage run together. */
  public get loadStages(): readonly (readonly ILoadGenerator[])[] {
    return this.stages;
  }

  /** Every load generator, in stage order. */
  public get loadGenerators(): readonly ILoadGenerator[] {
    return this.stages.flat();
  }

  /** The capabilities the experiment needs from a hub, sorted by name. */
  public get requiredCapabilities(): readonly Capability[] {
    return [...this.capabilities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The experiment's own Applications (in its `apps` folder), sorted by name. */
  public get applicationList(): readonly Application[] {
    return this.applications.node.findAll()
      .filter((c): c is Application => c instanceof Application)
      .sort((a, b) => (a.applicationName < b.applicationName ? -1 : a.applicationName > b.applicationName ? 1 : 0));
  }

  /** Namespaces the experiment's parts deploy to, sorted. */
  public get namespaces(): readonly string[] {
    return [...new Set(this.applicationList.map((a) => a.destinationNamespace))].sort();
  }

  /** The name of the parent Application a hub gets for this experiment. */
  public get parentApplicationName(): string {
    return `experiment-${this.experimentName}`;
  }

  /**
   * Enables the experiment on a hub: the hub installs the capabilities the experiment needs, and
   * its `apps` folder gets an Application that syncs the experiment's `apps` folder, ordered after
   * those capabilities.
   */
  public enableOn(host: ExperimentHost): Application {
    const dependsOn = this.requiredCapabilities.map((c) => host.provide(c, this.experimentName));
    return this.addParentApplication(host.applications, this.parentApplicationName, {
      name: this.parentApplicationName,
      project: host.project,
      dependsOn,
    });
  }
}
