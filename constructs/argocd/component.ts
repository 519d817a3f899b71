import { Construct } from 'constructs';
import type { ApplicationSpecIgnoreDifferences } from '../../imports/argocd-application-argoproj.io';
import type { LabChart } from '../../charts/lab-chart';
import { AppOfApps } from './app-of-apps';
import { Application } from './application';
import { ChartSource, HelmSource } from './sources';
import { LAB_LABELS } from '../core/labels';
import { ValidationError } from '../core/errors';
import { checkNewId } from '../core/validation';

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
   * A Helm chart the component installs.
   * @default - none: only the component's own objects
   */
  readonly helm?: HelmSource;
  /**
   * The lowest sync wave.
   * @default 0
   */
  readonly minimumSyncWave?: number;
  /** @default false */
  readonly serverSideApply?: boolean;
  /**
   * Labels of the namespace, which ArgoCD creates.
   * @default - none
   */
  readonly namespaceLabels?: Record<string, string>;
  /** @default - none */
  readonly ignoreDifferences?: readonly ApplicationSpecIgnoreDifferences[];
  /**
   * Delete the component's objects with its Application.
   * @default true
   */
  readonly cascadeDelete?: boolean;
}

/**
 * One deployable unit: an Application in the app-of-apps' `apps` folder, with a Helm chart and/or
 * a folder of the component's own objects ({@link objects}). One component is one Chart, one
 * folder of dist/ and one Application.
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

  protected constructor(scope: Construct, id: string, props: ComponentProps, spec: ComponentSpec) {
    super(scope, checkNewId(scope, id));
    this.site = AppOfApps.of(this);
    // A sync wave orders Applications within one app-of-apps only: a dependency on a component of
    // another hub or experiment would be accepted by ArgoCD and order nothing.
    for (const dependency of props.dependsOn ?? []) {
      if (dependency.site !== this.site) {
        throw new ValidationError(this.node.path, 'dependsOn', dependency.node.path,
          `a component of the same hub or experiment (${this.site.node.path}); sync waves do not order Applications of different app-of-apps`);
      }
    }
    this.namespace = spec.namespace;
    this.objects = this.site.addFolder(this, spec.name, { [LAB_LABELS.partOf]: spec.name });
    this.application = new Application(this.site.applications, spec.name, {
      name: this.site.applicationName(spec.name),
      project: this.site.project,
      namespace: spec.namespace,
      labels: this.site.labels,
      dependsOn: (props.dependsOn ?? []).map((c) => c.application),
      minimumSyncWave: spec.minimumSyncWave,
      serverSideApply: spec.serverSideApply,
      namespaceLabels: spec.namespaceLabels,
      ignoreDifferences: spec.ignoreDifferences,
      cascadeDelete: spec.cascadeDelete,
      sources: [...(spec.helm ? [spec.helm] : []), new ChartSource(this.site.repository, this.objects)],
    });
  }
}
