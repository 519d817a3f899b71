import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareChartMetrics } from '../monitoring/metrics-declarations';
import type { KedaValues } from './values';

export interface KedaProps extends ComponentProps {
  /** The pinned keda chart. */
  readonly chart: HelmChart;
  /**
   * Namespace KEDA runs in.
   * @default 'keda'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of each of its three deployments (operator, metrics API server, webhooks).
   * @default 50m/96Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * KEDA: scales workloads from event sources (a Prometheus query, a Kafka consumer group's lag)
 * through ScaledObjects. It serves the external metrics API the HPAs it creates read, so it needs
 * no metrics-server of its own.
 */
export class Keda extends Component {
  public constructor(scope: Construct, id: string, props: KedaProps) {
    super(scope, id, props, {
      name: 'keda',
      namespace: props.namespace ?? 'keda',
      // The ScaledObject and ScaledJob CRDs are larger than client-side apply's annotation limit.
      serverSideApply: true,
      // Its metrics API server, an aggregated API server, is bound to kube-system's
      // extension-apiserver-authentication-reader Role by a RoleBinding in kube-system.
      extraNamespaces: ['kube-system'],
    });
    const resources = checkResources(this.node.path, 'resources', props.resources ?? {
      requests: { cpu: '50m', memory: '96Mi' }, limits: { cpu: '500m', memory: '512Mi' },
    });
    const values: KedaValues = {
      crds: { install: true },
      // The chart's defaults (100m/100Mi, 1 CPU/1000Mi each) are sized for a production cluster.
      resources: { operator: resources, metricServer: resources, webhooks: resources },
      prometheus: {
        metricServer: { enabled: true, serviceMonitor: { enabled: true } },
        operator: { enabled: true, serviceMonitor: { enabled: true } },
      },
    };
    this.installChart(props.chart, values);
    declareChartMetrics(this, 'the chart writes ServiceMonitors for the operator and the metrics API server (prometheus.*.serviceMonitor)');
  }
}
