import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { addressRequest } from '../metallb/address-request';
import type { LoadBalancerAddress } from '../network/address-pool';
import type { Istiod } from './istiod';
import type { IstioGatewayValues } from './values';

export interface IstioGatewayProps extends ComponentProps {
  /** The pinned `gateway` chart. */
  readonly chart: HelmChart;
  /** The control plane that injects the gateway's proxy; the gateway is synced after it. */
  readonly istiod: Istiod;
  /**
   * The fixed address of the gateway's LoadBalancer service.
   * @default - an address MetalLB picks from the pool
   */
  readonly address?: LoadBalancerAddress;
  /**
   * Namespace of the gateway, apart from the control plane as Istio recommends.
   * @default 'istio-ingress'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the gateway's proxy.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Istio's ingress gateway (the `gateway` chart): an Envoy deployment behind a LoadBalancer
 * service. Istio `Gateway` resources select it with {@link selector}.
 *
 * @example
 * const gateway = new IstioGateway(hub, 'istio-gateway', {
 *   chart: env.charts.istioGateway, istiod, address: hub.addresses.allocate('istio-gateway'),
 * });
 * gateway.selector; // { istio: 'ingressgateway' }
 */
export class IstioGateway extends Component {
  /** The gateway's Service (and Deployment) name. */
  public readonly serviceName: string;
  /** Labels of the gateway's pods, for the `selector` of Istio Gateway resources. */
  public readonly selector: Readonly<Record<string, string>>;
  /** The fixed LoadBalancer address, when one was given. */
  public readonly address?: LoadBalancerAddress;
  /** The gateway's HTTP URL inside the cluster. */
  public readonly url: string;

  public constructor(scope: Construct, id: string, props: IstioGatewayProps) {
    super(scope, id, props, {
      after: [props.istiod],
      name: 'istio-gateway',
      namespace: props.namespace ?? 'istio-ingress',
    });
    const where = this.node.path;
    const namespace = this.namespace;
    // The chart names everything after the release and labels pods istio=<name without "istio-">.
    const releaseName = 'istio-ingressgateway';
    const values: IstioGatewayValues = {
      replicaCount: 1,
      autoscaling: { enabled: false },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
      }),
      service: props.address
        ? { type: 'LoadBalancer', annotations: addressRequest(props.address) }
        : { type: 'LoadBalancer' },
    };
    this.installChart(props.chart, values, { releaseName });
    this.serviceName = releaseName;
    this.selector = { istio: 'ingressgateway' };
    this.address = props.address;
    this.url = `http://${serviceHost(releaseName, namespace)}`;
    // The proxies' Envoy statistics, merged with Istio's standard metrics (istio_requests_total),
    // on the container port `http-envoy-prom` (15090) at /stats/prometheus; the 1.30.3 chart
    // labels the pods app=<release> and istio=<release without "istio-"> (gateway/templates).
    scrape(this, {
      job: 'istio-gateway', target: 'pod', namespace,
      selector: { app: releaseName, ...this.selector }, port: 'http-envoy-prom', path: '/stats/prometheus',
    });
  }
}
