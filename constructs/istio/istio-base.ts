import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { declareNoMetrics } from '../monitoring/metrics-declarations';

export interface IstioBaseProps extends ComponentProps {
  /** The pinned Istio `base` chart. */
  readonly chart: HelmChart;
}

/** The namespace of Istio's control plane; the charts' defaults expect it. */
export const ISTIO_NAMESPACE = 'istio-system';

/** Where Istio publishes its release images. */
export const ISTIO_IMAGE_REGISTRY = 'docker.io/istio';

/** Fields istiod rewrites at run time in the webhook configurations the charts install. */
export const ISTIO_WEBHOOK_DIFFERENCES = [
  // Installed as Ignore so that config can be applied before istiod runs; istiod sets Fail once ready.
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.failurePolicy', '.webhooks[]?.clientConfig.caBundle'] },
  // istiod writes its own CA into the injector's webhooks.
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'] },
];

/**
 * Istio's CRDs and cluster-wide base objects (the `base` chart). {@link Istiod} comes after it.
 *
 * @example
 * const base = new IstioBase(hub, 'istio-base', { chart: env.charts.istioBase });
 */
export class IstioBase extends Component {
  public constructor(scope: Construct, id: string, props: IstioBaseProps) {
    super(scope, id, props, {
      name: 'istio-base',
      namespace: ISTIO_NAMESPACE,
      // The chart's defaults suit the lab: CRDs as templates, the default revision.
      serverSideApply: true,
      ignoreDifferences: ISTIO_WEBHOOK_DIFFERENCES,
    });
    this.installChart(props.chart);
    declareNoMetrics(this, 'the base chart installs CRDs and cluster-wide objects only, no process; '
      + 'istiod and the proxies serve the mesh\'s metrics');
  }
}
