import type { Construct, IConstruct } from 'constructs';
import type { DataPlane } from './implementation';

/** A listener's protocol; HTTPS terminates TLS at the gateway. */
export type GatewayProtocol = 'http' | 'https';

/** The port of each listener, on the data plane's LoadBalancer Service. */
export const LISTENER_PORTS: Readonly<Record<GatewayProtocol, number>> = { http: 80, https: 443 };

/** What a route needs of the Gateway it attaches to. */
export interface RouteParent extends IConstruct {
  /** The folder routes are written to. */
  readonly objects: Construct;
  readonly gatewayName: string;
  readonly namespace: string;
  readonly listeners: readonly GatewayProtocol[];
  readonly hostnames: readonly string[];
  readonly dataPlane: DataPlane;
  /** The in-cluster base URL of a listener; throws for one the gateway does not have. */
  url(protocol: GatewayProtocol): string;
}
