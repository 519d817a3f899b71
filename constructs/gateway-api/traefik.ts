import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkInteger } from '../core/validation';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { GatewayApiCrds } from './gateway-api-crds';
import { TRAEFIK, TRAEFIK_POD_SELECTOR, traefikImplementation } from './traefik-implementation';
import type { TraefikValues } from './values';

export interface TraefikProps extends ComponentProps {
  /** The pinned `traefik` chart. */
  readonly chart: HelmChart;
  /** The Gateway API's CRDs; Traefik is synced after them. */
  readonly gatewayApi: GatewayApiCrds;
  /**
   * Requests and limits of each Traefik pod: the data plane every Traefik Gateway shares.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * Traefik pods.
   * @default 1
   */
  readonly replicas?: number;
}

/**
 * Traefik (chart 41.3.0, Traefik v3.7.11) as a Gateway API implementation: its Kubernetes
 * Gateway provider on (standard channel: `experimentalChannel` stays off), the chart's
 * GatewayClass `traefik`, and none of the chart's own default Gateway (experiments bring theirs).
 * The chart ships only Traefik's CRDs (traefik.io), no Gateway API CRD (ADR 0130). Traefik's
 * pods are the shared data plane, sized and scraped here on the `metrics` entry point (9100).
 */
export class Traefik extends Component {
  public constructor(scope: Construct, id: string, props: TraefikProps) {
    super(scope, id, props, {
      after: [props.gatewayApi],
      name: TRAEFIK.release,
      namespace: TRAEFIK.namespace,
      // Traefik's CRDs exceed client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: TraefikValues = {
      // The image the chart's appVersion names, written out so that it is pinned in the values.
      image: { registry: 'docker.io', repository: 'traefik', tag: 'v3.7.11' },
      deployment: { replicas: checkInteger(where, 'replicas', props.replicas ?? 1, 1, 10) },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
      }),
      providers: { kubernetesGateway: { enabled: true, experimentalChannel: false } },
      gateway: { enabled: false },
      gatewayClass: { enabled: true, name: traefikImplementation.gatewayClassName },
    };
    this.installChart(props.chart, values);
    scrape(this, {
      job: 'traefik', target: 'pod', namespace: this.namespace,
      selector: TRAEFIK_POD_SELECTOR, port: 'metrics',
    });
  }
}
