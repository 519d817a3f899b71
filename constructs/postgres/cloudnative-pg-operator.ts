import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { CloudNativePgValues } from './values';

export interface CloudNativePgOperatorProps extends ComponentProps {
  /** The pinned cloudnative-pg chart. */
  readonly chart: HelmChart;
  /**
   * Namespace the operator runs in.
   * @default 'cnpg-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the operator.
   * @default 100m/128Mi requested, 500m/256Mi limit
   */
  readonly resources?: Resources;
}

/**
 * The CloudNativePG operator and its CRDs (Cluster, Pooler, Backup, ...). It watches every
 * namespace, so an experiment runs its {@link PostgresCluster} in its own. Installed only on hubs
 * whose experiments need it (ADR 0110).
 */
export class CloudNativePgOperator extends Component {
  public constructor(scope: Construct, id: string, props: CloudNativePgOperatorProps) {
    super(scope, id, props, {
      name: 'cloudnative-pg',
      namespace: props.namespace ?? 'cnpg-system',
      // The Cluster and Pooler CRDs are larger than client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: CloudNativePgValues = {
      crds: { create: true },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' },
      }),
    };
    this.installChart(props.chart, values);
    // The operator serves /metrics on container port `metrics` (8080); the chart labels its pod
    // app.kubernetes.io/name=cloudnative-pg and app.kubernetes.io/instance=<release>
    // (chart 0.29.0, "cloudnative-pg.selectorLabels"; the chart's own PodMonitor, off by default,
    // scrapes the same port).
    scrape(this, {
      job: 'cloudnative-pg-operator', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/instance': this.componentName }, port: 'metrics',
    });
  }
}
