import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { ISTIO_IMAGE_REGISTRY, ISTIO_NAMESPACE, IstioBase } from './istio-base';
import type { IstioCniValues } from './values';

export interface IstioCniProps extends ComponentProps {
  /** The pinned Istio `cni` chart. */
  readonly chart: HelmChart;
  /** Istio's base; the CNI agent is synced after it. */
  readonly base: IstioBase;
  /**
   * Requests and limits of the CNI agent on each node.
   * @default 25m/64Mi requested, 500m/256Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Labels of istio-system for components that run privileged on every node. Talos enforces the
 * Pod Security baseline on every namespace, which the CNI agent and ztunnel do not meet.
 */
export const PRIVILEGED_NAMESPACE: Readonly<Record<string, string>> = { 'pod-security.kubernetes.io/enforce': 'privileged' };

/**
 * Istio's CNI node agent (the `cni` chart) in the `ambient` profile: a DaemonSet that installs
 * Istio's CNI plugin, chained after the cluster's own, and redirects the traffic of pods in
 * ambient namespaces to the node's ztunnel. Kind, Talos and Cilium keep their CNI files in the
 * chart's default folders (/opt/cni/bin, /etc/cni/net.d).
 *
 * @example
 * const cni = new IstioCni(hub, 'istio-cni', { chart: env.charts.istioCni, base });
 */
export class IstioCni extends Component {
  public constructor(scope: Construct, id: string, props: IstioCniProps) {
    super(scope, id, props, {
      after: [props.base],
      name: 'istio-cni',
      namespace: ISTIO_NAMESPACE,
      namespaceLabels: { ...PRIVILEGED_NAMESPACE },
    });
    const values: IstioCniValues = {
      // The chart's templates/zzz_profile.yaml merges manifests/helm-profiles/profile-ambient.yaml
      // (ambient redirection on) when `profile` is set; the key is read, not listed in values.yaml.
      profile: 'ambient',
      hub: ISTIO_IMAGE_REGISTRY,
      tag: props.chart.version,
      resources: checkResources(this.node.path, 'resources', props.resources ?? {
        requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' },
      }),
    };
    // The CNI agent is a DaemonSet (chart 1.30.3): one per node.
    this.installChart(props.chart, values, { perNodeValues: ['resources'] });
    // The 1.30.3 chart labels the agent's pods k8s-app=istio-cni-node and serves its metrics on
    // container port 15014 (cni/templates/daemonset.yaml).
    scrape(this, {
      job: 'istio-cni', target: 'pod', namespace: this.namespace,
      selector: { 'k8s-app': 'istio-cni-node' }, port: 15014,
    });
  }
}
