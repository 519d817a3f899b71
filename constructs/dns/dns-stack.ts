import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { checkDomain, checkInteger, checkPinnedImage } from '../core/validation';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { addressRequest } from '../metallb/address-request';
import type { LoadBalancerAddress } from '../network/address-pool';
import { corefile } from './corefile';
import { scrape } from '../monitoring/metrics-declarations';
import { restrictedContainer } from '../k8s/security';

export interface DnsStackProps extends ComponentProps {
  /** The zone to serve, the environment's domain (`k8s.local`). */
  readonly domain: string;
  /** The fixed address clients send their queries to. */
  readonly address: LoadBalancerAddress;
  /**
   * Namespace.
   * @default 'dns-system'
   */
  readonly namespace?: string;
  /**
   * CoreDNS built with the k8s_gateway plugin.
   * @default 'ghcr.io/k8s-gateway/k8s_gateway:1.6.0'
   */
  readonly image?: string;
  /**
   * TTL of the answers, in seconds.
   * @default 60
   */
  readonly ttl?: number;
  /**
   * Requests and limits of the server.
   * @default 25m/32Mi requested, 200m/128Mi limit
   */
  readonly resources?: Resources;
}

/** The name of the server's objects; `<name>.<namespace>` is the zone's apex. */
const NAME = 'k8s-gateway';
/** An unprivileged port: the server runs as non-root; the Service maps 53 to it. */
const PORT = 1053;
const HEALTH_PORT = 8080;
const READY_PORT = 8181;
/** CoreDNS' usual metrics port. */
const METRICS_PORT = 9153;

/**
 * The lab's DNS server: CoreDNS with the k8s_gateway plugin, answering for the environment's
 * domain from the cluster's LoadBalancer Services and Ingresses on a fixed address, so a laptop
 * or a home router can forward the zone to it (ADR 0010).
 */
export class DnsStack extends Component {
  /** The zone served. */
  public readonly domain: string;
  /** The address clients query. */
  public readonly address: LoadBalancerAddress;

  public constructor(scope: Construct, id: string, props: DnsStackProps) {
    super(scope, id, props, { name: 'dns-stack', namespace: props.namespace ?? 'dns-system' });
    const where = this.node.path;
    const namespace = this.namespace;
    const domain = checkDomain(where, 'domain', props.domain);
    const image = checkPinnedImage(where, 'image', props.image ?? 'ghcr.io/k8s-gateway/k8s_gateway:1.6.0');
    const ttl = checkInteger(where, 'ttl', props.ttl ?? 60, 1, 86400);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '25m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' },
    });
    this.domain = domain;
    this.address = props.address;

    // Reads what it answers from: Services (and their endpoints) and Ingresses, cluster-wide.
    const account = new kplus.ServiceAccount(this.objects, 'ServiceAccount', {
      metadata: { name: NAME, namespace }, automountToken: true,
    });
    const reader = new kplus.ClusterRole(this.objects, 'Reader', { metadata: { name: NAME } });
    reader.allow(['list', 'watch'],
      kplus.ApiResource.SERVICES, kplus.ApiResource.NAMESPACES, kplus.ApiResource.ENDPOINT_SLICES, kplus.ApiResource.INGRESSES);
    new kplus.ClusterRoleBinding(this.objects, 'ReaderBinding', { metadata: { name: NAME }, role: reader }).addSubjects(account);

    const config = new kplus.ConfigMap(this.objects, 'Config', {
      metadata: { name: NAME, namespace },
      data: { Corefile: corefile({ domain, apex: `${NAME}.${namespace}`, port: PORT, ttl, metricsPort: METRICS_PORT }) },
    });

    const server = new kplus.Deployment(this.objects, 'Server', {
      metadata: { name: NAME, namespace },
      replicas: 1,
      serviceAccount: account,
      automountServiceAccountToken: true,
      // A label of its own that the metrics monitor selects (cdk8s-plus' selector label is derived
      // from the construct path).
      podMetadata: { labels: { 'app.kubernetes.io/name': NAME } },
      securityContext: { ensureNonRoot: true },
      containers: [{
        name: 'coredns',
        image,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        args: ['-conf', '/etc/coredns/Corefile'],
        ports: [
          { number: PORT, protocol: kplus.Protocol.UDP, name: 'dns-udp' },
          { number: PORT, protocol: kplus.Protocol.TCP, name: 'dns-tcp' },
          { number: HEALTH_PORT, name: 'health' },
          { number: READY_PORT, name: 'ready' },
          { number: METRICS_PORT, name: 'metrics' },
        ],
        resources,
        // The image sets no user: without one it would run as root.
        securityContext: restrictedContainer(65532),
        readiness: kplus.Probe.fromHttpGet('/ready', { port: READY_PORT }),
        liveness: kplus.Probe.fromHttpGet('/health', { port: HEALTH_PORT }),
        volumeMounts: [{ path: '/etc/coredns', volume: kplus.Volume.fromConfigMap(this.objects, 'ConfigVolume', config, { name: 'config' }) }],
      }],
    });

    new kplus.Service(this.objects, 'Service', {
      metadata: { name: NAME, namespace, annotations: addressRequest(props.address) },
      type: kplus.ServiceType.LOAD_BALANCER,
      selector: server,
      ports: [
        { name: 'dns-udp', port: 53, targetPort: PORT, protocol: kplus.Protocol.UDP },
        { name: 'dns-tcp', port: 53, targetPort: PORT, protocol: kplus.Protocol.TCP },
      ],
    });
    scrape(this, {
      job: 'dns-stack', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': NAME }, port: 'metrics',
    });
  }
}
