import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { LinkerdCrdsValues } from './values';

/** The namespace of Linkerd's control plane. */
export const LINKERD_NAMESPACE = 'linkerd';

/**
 * Labels of Linkerd's namespace, as `linkerd install` writes them: the control plane's own pods
 * are not sent through its webhooks, and their proxy-init containers need NET_ADMIN, which the Pod
 * Security baseline that Talos enforces refuses.
 */
export const LINKERD_NAMESPACE_LABELS: Readonly<Record<string, string>> = {
  'config.linkerd.io/admission-webhooks': 'disabled',
  'linkerd.io/is-control-plane': 'true',
  'linkerd.io/control-plane-ns': LINKERD_NAMESPACE,
  'pod-security.kubernetes.io/enforce': 'privileged',
};

export interface LinkerdCrdsProps extends ComponentProps {
  /** The pinned `linkerd-crds` chart. */
  readonly chart: HelmChart;
}

/**
 * Linkerd's CRDs (the `linkerd-crds` chart): policy, service profiles, external workloads. The
 * Gateway API's HTTPRoute and GRPCRoute the control plane also watches are not installed from
 * here: the hub owns the Gateway API CRDs once, for every user (ADR 0151).
 *
 * @example
 * const crds = new LinkerdCrds(hub, 'linkerd-crds', { chart: env.charts.linkerdCrds });
 */
export class LinkerdCrds extends Component {
  public constructor(scope: Construct, id: string, props: LinkerdCrdsProps) {
    super(scope, id, props, {
      name: 'linkerd-crds',
      namespace: LINKERD_NAMESPACE,
      serverSideApply: true,
      namespaceLabels: { ...LINKERD_NAMESPACE_LABELS },
    });
    const values: LinkerdCrdsValues = { installGatewayAPI: false };
    this.installChart(props.chart, values);
    declareNoMetrics(this, 'the chart installs CRDs only, no process; the control plane serves Linkerd\'s metrics');
  }
}
