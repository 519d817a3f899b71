import { Construct } from 'constructs';
import { Certificate } from '../../imports/certmanager-certificate-cert-manager.io';
import {
  Gateway as GatewayL1, GatewaySpecListenersAllowedRoutesNamespacesFrom, GatewaySpecListenersTlsMode,
} from '../../imports/gateway-api-gateway-gateway.networking.k8s.io';
import { Component, ComponentProps } from '../argocd/component';
import { IssuerRef, LAB_CA_ISSUER } from '../cert-manager/cert-manager';
import { ValidationError } from '../core/errors';
import { serviceHost } from '../core/service-host';
import { checkInteger, checkLabelName, checkOneOf } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { checkResources, Resources } from '../k8s/resources';
import type { HttpTarget } from '../loadgen/http-target';
import { addressRequest } from '../metallb/address-request';
import { declareNoMetrics, scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { LoadBalancerAddress } from '../network/address-pool';
import { GatewayRoute, GatewayRouteOptions } from './gateway-route';
import type { DataPlane, GatewayImplementation } from './implementation';
import { GatewayProtocol, LISTENER_PORTS, RouteParent } from './listeners';

export type { GatewayProtocol } from './listeners';

const PROTOCOLS: readonly GatewayProtocol[] = ['http', 'https'];

export interface GatewayProps extends ComponentProps {
  /**
   * The part's name: its folder, Application suffix and the Gateway's name.
   * @default - the construct id
   */
  readonly name?: string;
  /** The namespace of the Gateway, its routes and its data plane. */
  readonly namespace: string;
  /** Which implementation runs it (`envoyGatewayImplementation`, `istioImplementation`). */
  readonly implementation: GatewayImplementation;
  /**
   * Its listeners: plain HTTP on 80, HTTPS on 443 with a certificate from `issuer`.
   * @default ['http', 'https']
   */
  readonly listeners?: readonly GatewayProtocol[];
  /**
   * Requests and limits of each proxy of the data plane.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * Proxies behind the Gateway's Service.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * A fixed address from the environment's pool for the data plane's LoadBalancer Service.
   * @default - an address MetalLB picks from its dynamic range
   */
  readonly address?: LoadBalancerAddress;
  /**
   * The issuer of the HTTPS listener's certificate.
   * @default LAB_CA_ISSUER (the lab's bootstrap CA)
   */
  readonly issuer?: IssuerRef;
}

/**
 * A Gateway API Gateway of a typed implementation, as an experiment part: the Gateway with HTTP
 * and HTTPS listeners, the object that sizes its data plane, a cert-manager Certificate for the
 * HTTPS listener, and a PodMonitor of its proxies. Its hosts are the data plane Service's
 * in-cluster name and `<service>.<namespace>.<domain>` in every environment's domain (served by
 * the hub's DNS for LoadBalancer Services); the certificate names them all (ADR 0131).
 * {@link route} attaches an app and returns the typed targets load generators aim at.
 *
 * @example
 * const gw = new Gateway(exp, 'gateway-envoy', { namespace: exp.namespace('envoy'), implementation: envoyGatewayImplementation });
 * const api = gw.route(app.http, { path: '/api' });
 * new K6Test(exp, 'load', { target: api.https, script });
 */
export class Gateway extends Component implements RouteParent {
  /** The Gateway object's name. */
  public readonly gatewayName: string;
  public readonly implementation: GatewayImplementation;
  /** The listeners it has. */
  public readonly listeners: readonly GatewayProtocol[];
  /** Its data plane: Service name, pod labels. */
  public readonly dataPlane: DataPlane;
  /** Host names it answers on: the in-cluster name first, then one per environment domain. */
  public readonly hostnames: readonly string[];
  /** The Secret the HTTPS listener's certificate is written to, when it has one. */
  public readonly tlsSecretName?: string;
  /** The scrape endpoint of its proxies, unless its implementation's component scrapes them. */
  public readonly metrics?: MetricsEndpoint;

  private readonly routes = new Map<string, GatewayRoute>();

  public constructor(scope: Construct, id: string, props: GatewayProps) {
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace });
    const where = this.node.path;
    const namespace = this.namespace;
    const implementation = props.implementation;
    if (!implementation || typeof implementation.dataPlane !== 'function') {
      throw new ValidationError(where, 'implementation', (implementation as { name?: string } | undefined)?.name ?? implementation,
        'a GatewayImplementation such as envoyGatewayImplementation or istioImplementation (constructs/gateway-api/)');
    }
    const listeners = props.listeners ?? PROTOCOLS;
    if (!Array.isArray(listeners) || listeners.length === 0) {
      throw new ValidationError(where, 'listeners', listeners, 'one or both of http, https');
    }
    listeners.forEach((l, i) => checkOneOf(where, `listeners[${i}]`, l, PROTOCOLS));
    if (new Set(listeners).size !== listeners.length) throw new ValidationError(where, 'listeners', listeners, 'each protocol once');
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const replicas = checkInteger(where, 'replicas', props.replicas ?? 1, 1, 10);
    const issuer = props.issuer ?? LAB_CA_ISSUER;
    checkLabelName(where, 'issuer.name', issuer?.name);

    this.gatewayName = this.componentName;
    this.implementation = implementation;
    this.listeners = PROTOCOLS.filter((p) => listeners.includes(p));
    for (const capability of implementation.capabilities) experiment.require(capability);

    this.dataPlane = implementation.dataPlane(this.objects, { gatewayName: this.gatewayName, namespace, resources, replicas });
    const service = this.dataPlane.serviceName;
    const serviceNamespace = this.dataPlane.namespace ?? namespace;
    if (props.address && serviceNamespace !== namespace) {
      throw new ValidationError(where, 'address', props.address.ip,
        `no address: ${implementation.name}'s proxies are shared by its Gateways, and its component takes the address`);
    }
    this.hostnames = [serviceHost(service, serviceNamespace), ...experiment.domains.map((d) => `${service}.${serviceNamespace}.${d}`)];

    if (this.listeners.includes('https')) {
      this.tlsSecretName = `${this.gatewayName}-tls`;
      new Certificate(this.objects, 'Certificate', {
        metadata: { name: this.gatewayName, namespace },
        spec: {
          secretName: this.tlsSecretName,
          dnsNames: [...this.hostnames],
          issuerRef: { group: 'cert-manager.io', kind: issuer.kind, name: issuer.name },
        },
      });
    }
    const annotations = props.address ? addressRequest(props.address) : undefined;
    new GatewayL1(this.objects, 'Gateway', {
      metadata: { name: this.gatewayName, namespace },
      spec: {
        gatewayClassName: implementation.gatewayClassName,
        listeners: this.listeners.map((protocol) => ({
          name: protocol,
          protocol: protocol === 'http' ? 'HTTP' : 'HTTPS',
          port: this.dataPlane.listenerPorts?.[protocol] ?? LISTENER_PORTS[protocol],
          allowedRoutes: { namespaces: { from: GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME } },
          ...(protocol === 'https'
            ? { tls: { mode: GatewaySpecListenersTlsMode.TERMINATE, certificateRefs: [{ group: '', kind: 'Secret', name: this.tlsSecretName! }] } }
            : {}),
        })),
        // The implementations copy these annotations onto the Service they create; MetalLB reads them.
        ...(this.dataPlane.parametersRef || annotations ? {
          infrastructure: {
            ...(this.dataPlane.parametersRef ? { parametersRef: { ...this.dataPlane.parametersRef } } : {}),
            ...(annotations ? { annotations } : {}),
          },
        } : {}),
      },
    });
    if (this.dataPlane.scrapedByGateway ?? true) {
      this.metrics = scrapeFromOwnFolder(this, {
        job: `${this.gatewayName}-proxies`, target: 'pod', namespace,
        selector: this.dataPlane.podSelector, port: implementation.metrics.port, path: implementation.metrics.path,
      });
    } else {
      declareNoMetrics(this, `its proxies are ${implementation.name}'s own, shared by its Gateways and scraped by its component`);
    }
  }

  /**
   * Routes requests under `options.path` to `target` (an HTTPRoute on every listener, the prefix
   * rewritten to `/`), with a ReferenceGrant in the target's namespace when it is not the
   * Gateway's. The result's {@link GatewayRoute.http} and {@link GatewayRoute.https} are targets
   * for load generators.
   */
  public route(target: HttpTarget, options: GatewayRouteOptions = {}): GatewayRoute {
    const name = GatewayRoute.nameFor(this, target, options);
    if (this.routes.has(name)) {
      throw new ValidationError(this.node.path, 'route.name', name, 'a route name not used before on this gateway');
    }
    const route = new GatewayRoute(this, target, options);
    this.routes.set(name, route);
    return route;
  }

  /** The in-cluster base URL of a listener, without a trailing slash. */
  public url(protocol: GatewayProtocol): string {
    if (!this.listeners.includes(protocol)) {
      throw new ValidationError(this.node.path, 'listener', protocol, `a listener the gateway has: ${this.listeners.join(', ')}`);
    }
    return `${protocol}://${this.hostnames[0]}:${LISTENER_PORTS[protocol]}`;
  }
}
