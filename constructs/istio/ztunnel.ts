import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { ISTIO_IMAGE_REGISTRY, ISTIO_NAMESPACE } from './istio-base';
import { IstioCni, PRIVILEGED_NAMESPACE } from './istio-cni';
import type { Istiod } from './istiod';
import type { ZtunnelValues } from './values';

export interface ZtunnelProps extends ComponentProps {
  /** The pinned `ztunnel` chart. */
  readonly chart: HelmChart;
  /** The control plane that gives ztunnel its certificates; it is switched to the ambient profile. */
  readonly istiod: Istiod;
  /** The CNI agent that sends ambient pods' traffic to ztunnel; synced first. */
  readonly cni: IstioCni;
  /**
   * Requests and limits of ztunnel on each node.
   * @default 50m/128Mi requested, 1 CPU/512Mi limit (the chart asks 200m/512Mi, sized for
   * clusters of thousands of pods)
   */
  readonly resources?: Resources;
}

/** Labels of ztunnel's pods (ztunnel/templates/daemonset.yaml, 1.30.3). */
export const ZTUNNEL_POD_LABELS: Readonly<Record<string, string>> = { app: 'ztunnel' };

/**
 * Istio's ambient data plane (the `ztunnel` chart): one proxy per node that carries the mutual
 * TLS of every pod in an ambient namespace. Creating it switches istiod to the `ambient` profile.
 *
 * @example
 * const ztunnel = new Ztunnel(hub, 'ztunnel', { chart: env.charts.ztunnel, istiod, cni });
 */
export class Ztunnel extends Component {
  public constructor(scope: Construct, id: string, props: ZtunnelProps) {
    super(scope, id, props, {
      after: [props.istiod, props.cni],
      name: 'ztunnel',
      namespace: ISTIO_NAMESPACE,
      namespaceLabels: { ...PRIVILEGED_NAMESPACE },
    });
    props.istiod.enableAmbient();
    const values: ZtunnelValues = {
      // Read by the chart's templates/zzz_profile.yaml, as for the CNI agent.
      profile: 'ambient',
      hub: ISTIO_IMAGE_REGISTRY,
      tag: props.chart.version,
      resources: checkResources(this.node.path, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
      }),
    };
    // ztunnel is a DaemonSet (chart 1.30.3): one node proxy per node.
    this.installChart(props.chart, values, { perNodeValues: ['resources'] });
    // ztunnel serves its metrics (istio_tcp_*, workload and connection counts) on 15020 at
    // /stats/prometheus, as the chart's pod annotations prometheus.io/port and /path say.
    scrape(this, {
      job: 'ztunnel', target: 'pod', namespace: this.namespace,
      selector: ZTUNNEL_POD_LABELS, port: 15020, path: '/stats/prometheus',
    });
  }
}
