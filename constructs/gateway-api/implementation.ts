import type { Construct } from 'constructs';
import type { Capability } from '../catalog/capability';
import type { Resources } from '../k8s/resources';

/** What a Gateway asks of its implementation for its data plane. */
export interface DataPlaneRequest {
  /** The Gateway's name. */
  readonly gatewayName: string;
  /** The Gateway's namespace, where its data plane runs. */
  readonly namespace: string;
  /** Requests and limits of each proxy. */
  readonly resources: Resources;
  /** Proxies behind the Gateway's Service. */
  readonly replicas: number;
}

/** A Gateway's data plane as its implementation runs it. */
export interface DataPlane {
  /** The name of the proxies' Service (and Deployment). */
  readonly serviceName: string;
  /**
   * The namespace of the proxies and their Service.
   * @default - the Gateway's: a data plane per Gateway
   */
  readonly namespace?: string;
  /** Labels of the proxies' pods. */
  readonly podSelector: Readonly<Record<string, string>>;
  /**
   * What the Gateway's `spec.infrastructure.parametersRef` names: the object that sizes it.
   * @default - none: the implementation's own component sizes a data plane it shares
   */
  readonly parametersRef?: { readonly group: string; readonly kind: string; readonly name: string };
  /**
   * The ports the Gateway's listeners name, where the proxies listen on others than the
   * Service's 80 and 443 (a shared proxy's entry points).
   * @default LISTENER_PORTS
   */
  readonly listenerPorts?: Readonly<Record<'http' | 'https', number>>;
  /**
   * Whether the Gateway writes a monitor of the proxies; not for a shared data plane, which its
   * component scrapes.
   * @default true
   */
  readonly scrapedByGateway?: boolean;
}

/**
 * A Gateway API implementation as a Gateway uses it: its GatewayClass, the hub capabilities it
 * needs, and how its data plane is sized, named and scraped. Experiments are built once for every
 * hub, so they hold this handle rather than the hub's component.
 */
export interface GatewayImplementation {
  /** A short name: `envoy-gateway`, `istio`. */
  readonly name: string;
  /** The GatewayClass its Gateways name. */
  readonly gatewayClassName: string;
  /** What a hub must run for its Gateways: the Gateway API's CRDs and the controller. */
  readonly capabilities: readonly Capability[];
  /** Where each proxy serves Prometheus metrics. */
  readonly metrics: { readonly port: number; readonly path: string };
  /**
   * Writes into `scope` the object that names and sizes a Gateway's data plane, and says how the
   * Gateway refers to it.
   */
  dataPlane(scope: Construct, request: DataPlaneRequest): DataPlane;
}
