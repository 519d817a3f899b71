import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Application as ApplicationL1,
  ApplicationSpecIgnoreDifferences,
} from '../../imports/argocd-application-argoproj.io';
import { LabError } from '../core/errors';
import { checkInteger, checkLabelName, checkSubdomainName } from '../core/validation';
import { AppProjectMember, IAppProject } from './app-project';
import { ARGOCD_NAMESPACE, IN_CLUSTER, SYNC_WAVE_ANNOTATION } from './constants';
import { HelmSource, IApplicationSource } from './sources';

export interface ApplicationProps {
  /**
   * The Application's name in ArgoCD.
   * @default - the construct id
   */
  readonly name?: string;
  /** The project the Application belongs to. */
  readonly project: IAppProject;
  /** The namespace the Application deploys into (in the cluster ArgoCD runs in). */
  readonly namespace: string;
  /**
   * Namespaces besides {@link namespace} that the Application's charts write to and its project
   * must therefore allow (an aggregated API server's RoleBinding in `kube-system`).
   * @default - none
   */
  readonly extraNamespaces?: readonly string[];
  /**
   * Where the Application's objects come from; more can be added with {@link addSource}.
   * @default - none
   */
  readonly sources?: readonly IApplicationSource[];
  /**
   * Applications that must be synced and healthy first. The sync wave is derived from them:
   * one more than the highest wave among them, and at least {@link minimumSyncWave}.
   * @default - none
   */
  readonly dependsOn?: readonly Application[];
  /**
   * The lowest sync wave, for Applications that must come early without a dependency to say so.
   * @default 0
   */
  readonly minimumSyncWave?: number;
  /**
   * Create the destination namespace when missing.
   * @default true
   */
  readonly createNamespace?: boolean;
  /**
   * Apply with server-side apply (large CRDs exceed the client-side annotation limit).
   * @default false
   */
  readonly serverSideApply?: boolean;
  /**
   * Labels of the destination namespace when ArgoCD creates it (Pod Security admission levels,
   * for example).
   * @default - none
   */
  readonly namespaceLabels?: Record<string, string>;
  /**
   * Fields ArgoCD should not compare (set by controllers at run time).
   * @default - none
   */
  readonly ignoreDifferences?: readonly ApplicationSpecIgnoreDifferences[];
  /**
   * Labels of the Application object.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Delete the Application's objects when the Application is deleted (ArgoCD's resources
   * finalizer). Off for what must outlive its Application: ArgoCD itself, and the root that
   * would otherwise cascade into it.
   * @default true
   */
  readonly cascadeDelete?: boolean;
}

/**
 * How a failed sync is retried. ArgoCD does not retry a failed automated sync of the same
 * revision on its own (a CRD that arrives a wave later would leave it failed until the next
 * commit), so every Application retries without limit (a negative limit), backing off from 10
 * seconds to at most 3 minutes, and takes the newest revision when it retries (`refresh`).
 */
export const SYNC_RETRY = {
  limit: -1,
  refresh: true,
  backoff: { duration: '10s', factor: 2, maxDuration: '3m' },
} as const;

/**
 * An ArgoCD Application that syncs automatically (prune, self-heal) into the cluster ArgoCD runs
 * in. Its sync wave follows from the Applications it depends on, so order is declared by typed
 * dependencies rather than by numbers kept in step by hand.
 */
export class Application extends Construct implements AppProjectMember {
  /** The Application's name. */
  public readonly applicationName: string;
  /** The namespace it deploys into. */
  public readonly destinationNamespace: string;
  /** Its sync wave within the app-of-apps. */
  public readonly syncWave: number;
  /** The Applications it depends on. */
  public readonly dependencies: readonly Application[];
  /** The project it belongs to. */
  public readonly project: IAppProject;

  private readonly _sources: IApplicationSource[] = [];
  private readonly extraNamespaces: readonly string[];

  public constructor(scope: Construct, id: string, props: ApplicationProps) {
    super(scope, id);
    const where = this.node.path;
    this.applicationName = checkSubdomainName(where, 'name', props.name ?? id);
    this.destinationNamespace = checkLabelName(where, 'namespace', props.namespace);
    this.extraNamespaces = (props.extraNamespaces ?? []).map((n, i) => checkLabelName(where, `extraNamespaces[${i}]`, n));
    this.project = props.project;
    this.dependencies = [...(props.dependsOn ?? [])];
    const minimum = checkInteger(where, 'minimumSyncWave', props.minimumSyncWave ?? 0, -100, 100);
    this.syncWave = Math.max(minimum, ...this.dependencies.map((d) => d.syncWave + 1));
    for (const source of props.sources ?? []) this.addSource(source);
    props.project.addMember(this);

    const syncOptions = [
      ...((props.createNamespace ?? true) ? ['CreateNamespace=true'] : []),
      ...(props.serverSideApply ? ['ServerSideApply=true'] : []),
    ];
    new ApplicationL1(this, 'Resource', {
      metadata: {
        name: this.applicationName,
        namespace: ARGOCD_NAMESPACE,
        labels: props.labels,
        annotations: { [SYNC_WAVE_ANNOTATION]: String(this.syncWave) },
        ...((props.cascadeDelete ?? true) ? { finalizers: ['resources-finalizer.argocd.argoproj.io'] } : {}),
      },
      spec: {
        project: props.project.projectName,
        sources: Lazy.any({ produce: () => this.renderSources() }),
        destination: { server: IN_CLUSTER, namespace: this.destinationNamespace },
        ...(props.ignoreDifferences?.length ? { ignoreDifferences: [...props.ignoreDifferences] } : {}),
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          retry: { ...SYNC_RETRY, backoff: { ...SYNC_RETRY.backoff } },
          ...(syncOptions.length ? { syncOptions } : {}),
          ...(props.namespaceLabels && Object.keys(props.namespaceLabels).length
            ? { managedNamespaceMetadata: { labels: { ...props.namespaceLabels } } }
            : {}),
        },
      },
    });
  }

  /**
   * Adds a source; Helm values are checked against the chart's defaults here. A chart goes
   * `first` so that the lab's own objects, synced from the later source, can build on it.
   */
  public addSource(source: IApplicationSource, options: { readonly first?: boolean } = {}): void {
    source.check(this.node.path);
    if (options.first) this._sources.unshift(source);
    else this._sources.push(source);
  }

  /** The Application's sources, in order. */
  public get sources(): readonly IApplicationSource[] {
    return this._sources;
  }

  /** The Helm sources among them. */
  public get helmSources(): HelmSource[] {
    return this._sources.filter((s): s is HelmSource => s instanceof HelmSource);
  }

  public sourceRepositories(): string[] {
    return this.renderSources().map((s) => s.repoUrl);
  }

  public destinationNamespaces(): string[] {
    return [this.destinationNamespace, ...this.extraNamespaces];
  }

  private renderSources() {
    const rendered = this._sources.map((s) => s.render()).filter((s) => s !== undefined);
    if (rendered.length === 0) {
      throw new LabError(`${this.node.path}: Application "${this.applicationName}" has no source with content`);
    }
    return rendered;
  }
}
