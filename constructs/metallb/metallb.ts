import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { IpAddressPool } from '../../imports/metallb-ipaddresspool-metallb.io';
import { L2Advertisement } from '../../imports/metallb-l2advertisement-metallb.io';
import { Component, ComponentProps } from '../argocd/component';
import { customResourceAfter } from '../argocd/sync-order';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { AddressPool } from '../network/address-pool';
import { formatIpv4, parseIpv4 } from '../network/ipv4';
import type { MetalLbValues } from './values';

export interface MetalLbProps extends ComponentProps {
  /** The pinned metallb chart. */
  readonly chart: HelmChart;
  /** The environment's address pool: its range and the fixed addresses reserved in it. */
  readonly pool: AddressPool;
  /**
   * Namespace.
   * @default 'metallb-system'
   */
  readonly namespace?: string;
  /**
   * Controller requests and limits.
   * @default 25m/64Mi requested, 100m/128Mi limit
   */
  readonly controllerResources?: Resources;
  /**
   * Speaker requests and limits (one pod per node).
   * @default 25m/64Mi requested, 100m/128Mi limit
   */
  readonly speakerResources?: Resources;
}

/** Where the controller and every speaker serve metrics: the 0.16.1 chart's `prometheus.metricsPort`. */
const METRICS_PORT = 9120;
/** The container port's name in both pods (the chart's "metrics.exposedportname"). */
const METRICS_PORT_NAME = 'metricshttps';

/** Pod Security admission levels of the namespace: the speaker uses the host network and raw sockets. */
const PRIVILEGED_NAMESPACE = {
  'pod-security.kubernetes.io/enforce': 'privileged',
  'pod-security.kubernetes.io/audit': 'privileged',
  'pod-security.kubernetes.io/warn': 'privileged',
};

const DEFAULT_RESOURCES: Resources = { requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '100m', memory: '128Mi' } };

/**
 * MetalLB announcing the environment's address pool on the local network (L2 mode). The pool
 * becomes two IPAddressPools: the reserved addresses, handed out only to a Service that asks for
 * one by address, and the rest, handed out to any LoadBalancer Service; so no Service can take a
 * fixed address before its owner does.
 */
export class MetalLb extends Component {
  /** The IPAddressPool of the reserved addresses (never assigned automatically). */
  public readonly reservedPoolName = 'reserved';
  /** The IPAddressPool of the other addresses, if any. */
  public readonly dynamicPoolName = 'dynamic';

  public constructor(scope: Construct, id: string, props: MetalLbProps) {
    super(scope, id, props, {
      name: 'metallb',
      namespace: props.namespace ?? 'metallb-system',
      serverSideApply: true,
      namespaceLabels: PRIVILEGED_NAMESPACE,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const values: MetalLbValues = {
      controller: { resources: checkResources(where, 'controllerResources', props.controllerResources ?? DEFAULT_RESOURCES) },
      speaker: { resources: checkResources(where, 'speakerResources', props.speakerResources ?? DEFAULT_RESOURCES) },
      frrk8s: { enabled: false },
    };
    // Chart 0.16.1 runs the speaker as a DaemonSet: one pod per node.
    this.installChart(props.chart, values, { perNodeValues: ['speaker.resources'] });

    const { reserved, dynamic } = splitPool(props.pool);
    const pools: IpAddressPool[] = [];
    if (reserved.length) {
      pools.push(new IpAddressPool(this.objects, 'Reserved', {
        metadata: { name: this.reservedPoolName, namespace },
        spec: { addresses: reserved, autoAssign: false },
      }));
    }
    if (dynamic.length) {
      pools.push(new IpAddressPool(this.objects, 'Dynamic', {
        metadata: { name: this.dynamicPoolName, namespace },
        spec: { addresses: dynamic, autoAssign: true },
      }));
    }
    const advertisement = new L2Advertisement(this.objects, 'L2', {
      metadata: { name: 'l2', namespace },
      spec: { ipAddressPools: pools.map((p) => p.name) },
    });
    // The chart's webhook validates these; it must be serving first.
    for (const pool of pools) customResourceAfter(pool);
    customResourceAfter(advertisement);

    // MetalLB 0.16 serves /metrics through controller-runtime with SecureServing and its
    // authentication filter: HTTPS with a self-signed certificate, for callers whose token may
    // `get` /metrics (internal/k8s/k8s.go). Prometheus' ClusterRole in kube-prometheus-stack has
    // that, and a ServiceMonitor may present Prometheus' token; the chart writes the Service it
    // needs only together with its own ServiceMonitor, so this Service is the lab's. Controller
    // and speakers both carry app.kubernetes.io/name=metallb and app.kubernetes.io/instance=<release>
    // ("metallb.selectorLabels"); speakers use the host network, so their endpoints are node addresses.
    const metrics = new kplus.Service(this.objects, 'Metrics', {
      metadata: { name: `${this.componentName}-metrics`, namespace, labels: { 'app.kubernetes.io/name': `${this.componentName}-metrics` } },
      clusterIP: 'None',
      ports: [{ name: METRICS_PORT_NAME, port: METRICS_PORT, targetPort: METRICS_PORT }],
    });
    metrics.selectLabel('app.kubernetes.io/name', 'metallb');
    metrics.selectLabel('app.kubernetes.io/instance', this.componentName);
    scrape(this, {
      job: 'metallb', target: 'service', namespace,
      selector: { 'app.kubernetes.io/name': `${this.componentName}-metrics` }, port: METRICS_PORT_NAME,
      scheme: 'https', insecureSkipVerify: true, prometheusToken: true,
    });
  }
}

/**
 * The pool's range as MetalLB address entries: the reserved addresses one by one (`/32`), and the
 * ranges between them.
 */
export function splitPool(pool: AddressPool): { reserved: string[]; dynamic: string[] } {
  const first = parseIpv4(pool.first)!;
  const last = parseIpv4(pool.last)!;
  const taken = pool.owners.map((owner) => parseIpv4(pool.addressOf(owner).ip)!).sort((a, b) => a - b);
  const dynamic: string[] = [];
  let next = first;
  for (const ip of [...taken, last + 1]) {
    if (ip > next) dynamic.push(ip - 1 === next ? `${formatIpv4(next)}/32` : `${formatIpv4(next)}-${formatIpv4(ip - 1)}`);
    next = ip + 1;
  }
  return { reserved: taken.map((ip) => `${formatIpv4(ip)}/32`), dynamic };
}
