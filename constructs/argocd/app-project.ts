import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { AppProject as AppProjectL1 } from '../../imports/argocd-appproject-argoproj.io';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { ARGOCD_NAMESPACE, IN_CLUSTER, SYNC_WAVE_ANNOTATION } from './constants';

/** What an Application needs of its project. */
export interface IAppProject {
  /** The project's name. */
  readonly projectName: string;
  /** Records an Application of the project, so the project can allow what it uses. */
  addMember(member: AppProjectMember): void;
}

/** What a project learns from each of its Applications. */
export interface AppProjectMember {
  /** Repositories (Git or Helm) the Application pulls from. */
  sourceRepositories(): string[];
  /** Namespaces the Application deploys into. */
  destinationNamespaces(): string[];
}

/** A cluster-scoped kind a project may deploy; `*` matches any group or kind. */
export interface ClusterResourceKind {
  /** API group; `''` for the core group. */
  readonly group: string;
  readonly kind: string;
}

export interface AppProjectProps {
  /**
   * The project's name.
   * @default - the construct id
   */
  readonly name?: string;
  /** What the project holds, shown in ArgoCD. */
  readonly description: string;
  /**
   * Extra namespaces the project may deploy to, besides those its Applications name (charts that
   * also write to kube-system, for example).
   * @default - none
   */
  readonly extraDestinationNamespaces?: readonly string[];
  /**
   * Cluster-scoped kinds the project's Applications may deploy (ArgoCD refuses the others).
   * @default - none: namespaced objects only
   */
  readonly clusterResources?: readonly ClusterResourceKind[];
  /**
   * Namespaced kinds the project's Applications may deploy (ArgoCD refuses the others).
   * @default - any namespaced kind
   */
  readonly namespacedResources?: readonly ClusterResourceKind[];
  /**
   * Sync wave of the project itself: before the Applications that use it.
   * @default -10
   */
  readonly syncWave?: number;
}

/**
 * An ArgoCD AppProject whose allowed sources and destinations are exactly those of its
 * Applications, gathered at synth: adding an Application widens the project by what it uses and
 * nothing more.
 */
export class AppProject extends Construct implements IAppProject {
  /** A project that exists without being declared, such as ArgoCD's `default`. */
  public static fromName(name: string): IAppProject {
    return { projectName: name, addMember: () => undefined };
  }

  public readonly projectName: string;
  private readonly members: AppProjectMember[] = [];

  public constructor(scope: Construct, id: string, props: AppProjectProps) {
    super(scope, id);
    this.projectName = checkLabelName(this.node.path, 'name', props.name ?? id);
    const extra = props.extraDestinationNamespaces ?? [];
    const clusterResources = checkKinds(this.node.path, 'clusterResources', props.clusterResources ?? []);
    const namespacedResources = checkKinds(this.node.path, 'namespacedResources', props.namespacedResources ?? [{ group: '*', kind: '*' }]);
    for (const ns of extra) checkLabelName(this.node.path, 'extraDestinationNamespaces', ns);
    new AppProjectL1(this, 'Resource', {
      metadata: {
        name: this.projectName,
        namespace: ARGOCD_NAMESPACE,
        annotations: { [SYNC_WAVE_ANNOTATION]: String(props.syncWave ?? -10) },
        finalizers: ['resources-finalizer.argocd.argoproj.io'],
      },
      spec: {
        description: props.description,
        sourceRepos: Lazy.any({ produce: () => sortedUnique(this.members.flatMap((m) => m.sourceRepositories())) }),
        destinations: Lazy.any({
          produce: () => sortedUnique([...extra, ...this.members.flatMap((m) => m.destinationNamespaces())])
            .map((namespace) => ({ server: IN_CLUSTER, namespace })),
        }),
        ...(clusterResources.length ? { clusterResourceWhitelist: clusterResources } : {}),
        namespaceResourceWhitelist: namespacedResources,
      },
    });
  }

  public addMember(member: AppProjectMember): void {
    this.members.push(member);
  }
}

/** Kinds as ArgoCD's resource lists take them; throws on a group or kind it could not match. */
function checkKinds(where: string, field: string, kinds: readonly ClusterResourceKind[]): ClusterResourceKind[] {
  return kinds.map((r, i) => {
    if (typeof r?.group !== 'string' || !/^(\*|[a-z0-9.-]*)$/.test(r.group)) {
      throw new ValidationError(where, `${field}[${i}].group`, r?.group, 'an API group such as rbac.authorization.k8s.io, "" for the core group, or *');
    }
    if (typeof r.kind !== 'string' || !/^(\*|[A-Z][A-Za-z0-9]*)$/.test(r.kind)) {
      throw new ValidationError(where, `${field}[${i}].kind`, r.kind, 'a kind such as Namespace, or *');
    }
    return { group: r.group, kind: r.kind };
  });
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
