import { Construct, IConstruct } from 'constructs';
import { LabChart } from '../../charts/lab-chart';
import { SETUP_FOLDER } from '../../charts/lab-file';
import { LabError, ValidationError } from '../core/errors';
import { checkLabelName, checkNewId } from '../core/validation';
import { AppProject, ClusterResourceKind, IAppProject } from './app-project';
import { Application } from './application';
import { ChartSource, SourceRepository } from './sources';

export interface AppOfAppsProps {
  /** The repository ArgoCD pulls dist/ from. */
  readonly repository: SourceRepository;
  /** The folder under dist/ that holds the `apps` folder and one folder per component. */
  readonly path: string;
  /** Name of the AppProject the Applications belong to (declared in the `apps` folder). */
  readonly projectName: string;
  /** Description of that project. */
  readonly projectDescription: string;
  /**
   * Labels of every object below.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Namespaces the project may also deploy to.
   * @default - none
   */
  readonly extraDestinationNamespaces?: readonly string[];
  /**
   * Cluster-scoped kinds its project allows.
   * @default - none: namespaced objects only
   */
  readonly clusterResources?: readonly ClusterResourceKind[];
  /**
   * Prefix of its components' Application names. Application names share ArgoCD's namespace, so
   * an experiment prefixes its own (`http-baseline-target`); the hub's need none.
   * @default - none
   */
  readonly applicationPrefix?: string;
}

/** Folder names the layout keeps for itself. */
const RESERVED_FOLDERS = ['apps', 'bootstrap', SETUP_FOLDER];

/**
 * A set of Applications kept in one `apps` folder that a parent Application syncs, each with its
 * own folder beside it: the hub of an environment, or one experiment. Components find the
 * app-of-apps they belong to with {@link AppOfApps.of}.
 */
export class AppOfApps extends Construct {
  /** The app-of-apps a construct belongs to: its nearest ancestor. */
  public static of(scope: IConstruct): AppOfApps {
    const found = scope.node.scopes.slice().reverse().find((s): s is AppOfApps => s instanceof AppOfApps);
    if (!found) throw new LabError(`${scope.node.path}: must be created inside a hub or an experiment`);
    return found;
  }

  public readonly repository: SourceRepository;
  public readonly path: string;
  public readonly labels: Record<string, string>;
  /** The chart of the `apps` folder, which holds the Applications and their project. */
  public readonly applications: LabChart;
  /** The project of the Applications. */
  public readonly project: AppProject;

  private readonly folders = new Map<string, string>();
  private readonly applicationPrefix: string;

  public constructor(scope: Construct, id: string, props: AppOfAppsProps) {
    super(scope, checkNewId(scope, id));
    this.repository = props.repository;
    this.path = props.path;
    this.labels = { ...(props.labels ?? {}) };
    this.applicationPrefix = props.applicationPrefix ?? '';
    this.applications = new LabChart(this, 'Apps', { path: `${props.path}/apps`, labels: this.labels });
    this.project = new AppProject(this.applications, 'Project', {
      name: props.projectName,
      description: props.projectDescription,
      extraDestinationNamespaces: props.extraDestinationNamespaces,
      clusterResources: props.clusterResources,
    });
  }

  /**
   * A chart for the objects of one component, at `<path>/<name>`. Each name gets one folder.
   */
  public addFolder(owner: Construct, name: string, labels: Record<string, string> = {}): LabChart {
    const where = owner.node.path;
    checkLabelName(where, 'name', name);
    if (RESERVED_FOLDERS.includes(name)) {
      throw new ValidationError(where, 'name', name, `${RESERVED_FOLDERS.join(' and ')} are folders of the layout itself; choose another name`);
    }
    const other = this.folders.get(name);
    if (other !== undefined) {
      throw new ValidationError(where, 'name', name, `the folder ${this.path}/${name} already belongs to ${other}; each component needs its own name`);
    }
    this.folders.set(name, where);
    return new LabChart(owner, 'objects', { path: `${this.path}/${name}`, labels: { ...this.labels, ...labels } });
  }

  /** The Application name of the component whose folder is `name`. */
  public applicationName(name: string): string {
    return `${this.applicationPrefix}${name}`;
  }

  /**
   * Adds to `into` an Application that syncs this app-of-apps's `apps` folder.
   */
  public addParentApplication(into: LabChart, id: string, props: {
    name: string; project: IAppProject; minimumSyncWave?: number; dependsOn?: readonly Application[]; cascadeDelete?: boolean;
  }): Application {
    return new Application(into, id, {
      name: props.name,
      project: props.project,
      namespace: 'argocd',
      createNamespace: false,
      minimumSyncWave: props.minimumSyncWave,
      dependsOn: props.dependsOn,
      cascadeDelete: props.cascadeDelete,
      labels: this.labels,
      sources: [new ChartSource(this.repository, this.applications)],
    });
  }
}
