import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { scrape } from '../monitoring/metrics-declarations';
import { checkResources, Resources } from '../k8s/resources';
import type { CrossplaneValues } from './values';

export interface CrossplaneProps extends ComponentProps {
  /** The pinned crossplane chart. */
  readonly chart: HelmChart;
  /**
   * Requests and limits of the core controller.
   * @default 100m/256Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * Requests and limits of the RBAC manager.
   * @default 50m/128Mi requested, 200m/256Mi limit
   */
  readonly rbacManagerResources?: Resources;
}

/** The namespace Crossplane's own installation guide uses; providers run there too. */
export const CROSSPLANE_NAMESPACE = 'crossplane-system';

/** Crossplane's core: the package manager and composition engine. Providers come after it. */
export class Crossplane extends Component {
  public constructor(scope: Construct, id: string, props: CrossplaneProps) {
    super(scope, id, props, {
      name: 'crossplane',
      namespace: CROSSPLANE_NAMESPACE,
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: CrossplaneValues = {
      resourcesCrossplane: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' },
      }),
      resourcesRBACManager: checkResources(where, 'rbacManagerResources', props.rbacManagerResources ?? {
        requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '200m', memory: '256Mi' },
      }),
      leaderElection: true,
      metrics: { enabled: true },
    };
    this.installChart(props.chart, values);
    // With `metrics.enabled` the 2.3.4 chart gives the core and the RBAC manager a container port
    // `metrics` (8080); both pods carry app.kubernetes.io/name=crossplane and
    // app.kubernetes.io/instance=<release> ("crossplane.labels" in templates/_helpers.tpl).
    scrape(this, {
      job: 'crossplane', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'crossplane', 'app.kubernetes.io/instance': this.componentName }, port: 'metrics',
    });
  }
}
