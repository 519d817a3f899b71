import { Construct } from 'constructs';
import type { ApplicationSpecIgnoreDifferences } from '../../imports/argocd-application-argoproj.io';
import type { LabChart } from '../../charts/lab-chart';
import { AppOfApps } from './app-of-apps';
import { Application } from './application';
import { ChartSource, HelmSource } from './sources';
import { LAB_LABELS } from '../core/labels';
import { LabError, ValidationError } from '../core/errors';
import { checkKnownKeys, checkLabelName, checkNewId } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';

/** What every component is given. */
export interface ComponentProps {
  /**
   * Components that must be synced and healthy first; the sync wave follows from them.
   * @default - none
   */
  readonly dependsOn?: readonly Component[];
}

/** How a component is deployed; set by the component's own constructor, not by its users. */
export interface ComponentSpec {
  /** The Application's and folder's name. */
  readonly name: string;
  /** The namespace the component runs in. */
  readonly namespace: string;
  /**
   * The lowest sync wave.
   * @default 0
   */
  readonly minimumSyncWave?: number;
  /** @default false */
  readonly serverSideApply?: boolean;
  /**
   * Namespaces besides {@link namespace} the component's chart writes to.
   * @default - none
   */
  readonly extraNamespaces?: readonly string[];
  /**
   * Labels of the namespace, which ArgoCD creates.
   * @default - none
   */
  readonly namespaceLabels?: Record<string, string>;
  /**
   * Whether the Application creates its namespace; false where another component that comes
   * first owns a namespace both run in.
   * @default true
   */
  readonly createNamespace?: boolean;
  /** @default - none */
  readonly ignoreDifferences?: readonly ApplicationSpecIgnoreDifferences[];
  /**
   * Delete the component's objects with its Application.
   * @default true
   */
  readonly cascadeDelete?: boolean;
  /**
   * Components this one always comes after, whatever its users add in `dependsOn` (the
   * control plane before its gateway, cert-manager before the issuer that uses it).
   * @default - none
   */
  readonly after?: readonly Component[];
}

const SPEC_KEYS: readonly (keyof ComponentSpec)[] = [
  'name', 'namespace', 'extraNamespaces', 'minimumSyncWave', 'serverSideApply', 'namespaceLabels', 'createNamespace', 'ignoreDifferences', 'cascadeDelete', 'after',
];

/** How a component installs its chart, beyond the chart and its values. */
export interface InstallOptions {
  /**
   * The Helm release's name.
   * @default - the component's name
   */
  readonly releaseName?: string;
  /**
   * Values paths of resource blocks that size a DaemonSet's pod, counted once per node
   * (see HelmSourceProps.perNodeValues).
   * @default - none
   */
  readonly perNodeValues?: readonly string[];
  /**
   * Values paths of resource blocks and sizes that belong to each of several pods whose count the
   * chart reads elsewhere, with that count (see HelmSourceProps.replicatedValues).
   * @default - none
   */
  readonly replicatedValues?: Readonly<Record<string, number>>;
  /**
   * Values paths of resource blocks that size a container the chart injects into other pods (see
   * HelmSourceProps.injectedValues).
   * @default - none
   */
  readonly injectedValues?: readonly string[];
}

/**
 * One deployable unit: an Application in the app-of-apps' `apps` folder, with a Helm chart and/or
 * a folder of the component's own objects ({@link objects}). One component is one Chart, one
 * folder of dist/ and one Application.
 *
 * Subclasses call `super` first, as cdk8s-plus constructs do, then check their props against
 * {@link node}'s path and add their chart with {@link installChart}.
 */
export abstract class Component extends Construct {
  /** The chart of the component's own objects (its folder in dist/). */
  public readonly objects: LabChart;
  /** The component's Application. */
  public readonly application: Application;
  /** The namespace the component runs in. */
  public readonly namespace: string;
  /** The app-of-apps the component belongs to. */
  public readonly site: AppOfApps;
  /** The name of its Application, its folder and its Helm release. */
  public readonly componentName: string;

  protected constructor(scope: Construct, id: string, props: ComponentProps, spec: ComponentSpec) {
    super(scope, checkNewId(scope, id));
    this.site = AppOfApps.of(this);
    // A sync wave orders Applications within one app-of-apps only: a dependency on a component of
    // another hub or experiment would be accepted by ArgoCD and order nothing.
    const dependsOn = [...new Set([...(props.dependsOn ?? []), ...(spec.after ?? [])])];
    for (const dependency of dependsOn) {
      if (dependency.site !== this.site) {
        throw new ValidationError(this.node.path, 'dependsOn', dependency.node.path,
          `a component of the same hub or experiment (${this.site.node.path}); sync waves do not order Applications of different app-of-apps`);
      }
    }
    checkKnownKeys(this.node.path, 'spec', spec, SPEC_KEYS);
    this.namespace = checkLabelName(this.node.path, 'namespace', spec.namespace);
    this.componentName = spec.name;
    this.objects = this.site.addFolder(this, spec.name, { [LAB_LABELS.partOf]: spec.name });
    this.application = new Application(this.site.applications, spec.name, {
      name: this.site.applicationName(spec.name),
      project: this.site.project,
      namespace: spec.namespace,
      extraNamespaces: spec.extraNamespaces,
      labels: this.site.labels,
      dependsOn: dependsOn.map((c) => c.application),
      minimumSyncWave: spec.minimumSyncWave,
      serverSideApply: spec.serverSideApply,
      namespaceLabels: spec.namespaceLabels,
      createNamespace: spec.createNamespace,
      ignoreDifferences: spec.ignoreDifferences,
      cascadeDelete: spec.cascadeDelete,
      sources: [new ChartSource(this.site.repository, this.objects)],
    });
  }

  /**
   * Installs a pinned Helm chart with typed values as the Application's first source, its
   * release named after the component (the Application's and folder's name) unless the chart's
   * naming needs another. The values are checked against the chart's defaults here.
   */
  protected installChart(chart: HelmChart, values?: object, options: InstallOptions = {}): HelmSource {
    if (this.application.helmSources.length) {
      throw new LabError(`${this.node.path}: a component installs one Helm chart`);
    }
    const source = new HelmSource({
      chart, values, releaseName: options.releaseName ?? this.componentName,
      perNodeValues: options.perNodeValues, replicatedValues: options.replicatedValues, injectedValues: options.injectedValues,
    });
    this.application.addSource(source, { first: true });
    return source;
  }
}
