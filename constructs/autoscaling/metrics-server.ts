import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareChartMetrics } from '../monitoring/metrics-declarations';
import type { MetricsServerValues } from './values';

export interface MetricsServerProps extends ComponentProps {
  /** The pinned metrics-server chart. */
  readonly chart: HelmChart;
  /**
   * Skip verifying the kubelets' serving certificates. Kind's kubelets serve self-signed
   * certificates without the node's address, which metrics-server otherwise refuses.
   * @default false
   */
  readonly kubeletInsecureTls?: boolean;
  /**
   * Namespace it runs in.
   * @default 'metrics-server'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the server.
   * @default 50m/64Mi requested, 200m/256Mi limit
   */
  readonly resources?: Resources;
}

/**
 * metrics-server: serves the resource metrics API (`metrics.k8s.io`) that a
 * HorizontalPodAutoscaler's CPU and memory targets and `kubectl top` read.
 */
export class MetricsServer extends Component {
  public constructor(scope: Construct, id: string, props: MetricsServerProps) {
    super(scope, id, props, {
      name: 'metrics-server',
      namespace: props.namespace ?? 'metrics-server',
      // As an aggregated API server it reads the client CA from kube-system's
      // extension-apiserver-authentication ConfigMap, through a RoleBinding that the chart puts
      // beside that Role in kube-system (a RoleBinding lives in its Role's namespace).
      extraNamespaces: ['kube-system'],
    });
    const where = this.node.path;
    const insecure = props.kubeletInsecureTls ?? false;
    if (typeof insecure !== 'boolean') throw new ValidationError(where, 'kubeletInsecureTls', insecure, 'true or false');
    const values: MetricsServerValues = {
      // Appended to the chart's defaultArgs (NOTES.md in ../shared: Kind needs --kubelet-insecure-tls).
      args: insecure ? ['--kubelet-insecure-tls'] : [],
      metrics: { enabled: true },
      serviceMonitor: { enabled: true },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' },
      }),
    };
    this.installChart(props.chart, values);
    declareChartMetrics(this, 'the chart writes a ServiceMonitor for the server\'s own /metrics (metrics.enabled, serviceMonitor.enabled)');
  }
}
