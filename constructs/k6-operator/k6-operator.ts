import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { K6OperatorValues } from './values';

export interface K6OperatorProps extends ComponentProps {
  /** The pinned k6-operator chart. */
  readonly chart: HelmChart;
  /**
   * Namespace the operator runs in.
   * @default 'k6-operator'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the controller manager.
   * @default 50m/64Mi requested, 200m/256Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Grafana's k6-operator and its TestRun CRD. It watches every namespace, so an experiment's
 * workflow can start a TestRun beside the target it loads (see {@link K6Test}).
 */
export class K6Operator extends Component {
  public constructor(scope: Construct, id: string, props: K6OperatorProps) {
    super(scope, id, props, {
      name: 'k6-operator',
      namespace: props.namespace ?? 'k6-operator',
      // The TestRun CRD is larger than client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: K6OperatorValues = {
      installCRDs: true,
      // ArgoCD creates the namespace (CreateNamespace); the chart creating it too would fight it.
      namespace: { create: false },
      manager: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' },
        }),
        podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      },
    };
    this.installChart(props.chart, values);
    // The 4.6.0 chart starts the manager with --metrics-bind-address=:8443 on a container port
    // named `https` (service.portName), but k6-operator 1.6.0 serves it as plain HTTP
    // (controller-runtime without SecureServing, cmd/main.go), as the chart's own ServiceMonitor
    // scrapes it. The pod carries app.kubernetes.io/name=k6-operator and
    // app.kubernetes.io/instance=<release> ("k6-operator.selectorLabels").
    scrape(this, {
      job: 'k6-operator', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'k6-operator', 'app.kubernetes.io/instance': this.componentName }, port: 'https',
    });
  }
}
