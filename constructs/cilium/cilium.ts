import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { CiliumValues } from './values';

export interface CiliumProps extends ComponentProps {
  /** The pinned `cilium` chart. */
  readonly chart: HelmChart;
  /**
   * Requests and limits of the agent on each node.
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly agentResources?: Resources;
  /**
   * Requests and limits of the operator.
   * @default 25m/64Mi requested, 500m/256Mi limit
   */
  readonly operatorResources?: Resources;
}

/** Cilium's namespace, as its install guide uses: the agent runs as a node-critical system pod. */
export const CILIUM_NAMESPACE = 'kube-system';

/**
 * Cilium as the cluster's CNI (the `cilium` chart): an eBPF agent on every node and one operator.
 * The cluster is created without a CNI, so nothing else starts before it: the same values are
 * installed once by hand from `bootstrap/install/cilium-values.yaml` before ArgoCD, and this
 * Application adopts the release (ADR 0153). Pod addresses come from the nodes' pod CIDRs
 * (`ipam.mode: kubernetes`, as Kind assigns them); kube-proxy stays; MetalLB keeps handing out
 * LoadBalancer addresses, so Cilium's own LB-IPAM is off; the CNI config is not exclusive, so
 * Istio's CNI agent can chain its plugin after Cilium's (istio.io, platform prerequisites: Cilium).
 *
 * @example
 * const cilium = new Cilium(hub, 'cilium', { chart: env.charts.cilium });
 */
export class Cilium extends Component {
  /** The chart's values, for the bootstrap file that installs the same release by hand. */
  public readonly values: CiliumValues;

  public constructor(scope: Construct, id: string, props: CiliumProps) {
    super(scope, id, props, {
      name: 'cilium',
      namespace: CILIUM_NAMESPACE,
      serverSideApply: true,
      // Removing the Application must never take the cluster's network with it.
      cascadeDelete: false,
    });
    const where = this.node.path;
    this.values = {
      ipam: { mode: 'kubernetes' },
      cni: { exclusive: false },
      defaultLBServiceIPAM: 'none',
      resources: checkResources(where, 'agentResources', props.agentResources ?? {
        requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
      }),
      operator: {
        // One node: a second replica would only wait for the first's lease.
        replicas: 1,
        resources: checkResources(where, 'operatorResources', props.operatorResources ?? {
          requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' },
        }),
      },
      prometheus: { enabled: true },
    };
    // `resources` sizes the agent, a DaemonSet (chart 1.20.0); the operator is a Deployment.
    this.installChart(props.chart, this.values, { perNodeValues: ['resources'] });
    // With `prometheus.enabled` the 1.20.0 agent serves its metrics on the container port
    // `prometheus` (9962); its pods carry k8s-app=cilium (templates/cilium-agent/daemonset.yaml).
    scrape(this, {
      job: 'cilium-agent', target: 'pod', namespace: this.namespace,
      selector: { 'k8s-app': 'cilium' }, port: 'prometheus',
    });
  }
}
