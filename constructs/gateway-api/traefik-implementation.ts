import type { Construct } from 'constructs';
import { Capabilities } from '../catalog/capabilities';
import type { DataPlane, DataPlaneRequest, GatewayImplementation } from './implementation';

/** Traefik as the lab installs it (constructs/gateway-api/traefik.ts): its release, namespace and class. */
export const TRAEFIK = {
  release: 'traefik',
  namespace: 'traefik',
  gatewayClassName: 'traefik',
  /** The chart's entry points `web` and `websecure` (ports.*.port of chart 41.3.0), exposed as 80 and 443. */
  entryPoints: { http: 8000, https: 8443 },
  /** The chart's `metrics` entry point. */
  metricsPort: 9100,
} as const;

/** Labels of Traefik's pods: the chart's selector labels (`traefik.labelselector`). */
export const TRAEFIK_POD_SELECTOR: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'traefik', 'app.kubernetes.io/instance': `${TRAEFIK.release}-${TRAEFIK.namespace}`,
};

/**
 * Traefik as a Gateway's implementation. Unlike the others it runs no proxy per Gateway: its
 * Gateway API provider configures the one Traefik Deployment the chart installs, whose entry
 * points the Gateway's listeners name by port (8000 for HTTP, 8443 for HTTPS), behind the
 * chart's LoadBalancer Service `traefik` (80, 443). That Deployment is sized and scraped by the
 * Traefik component, not by the Gateway; its pods carry the chart's selector labels
 * (`app.kubernetes.io/name=traefik`, `app.kubernetes.io/instance=<release>-<namespace>`).
 */
export const traefikImplementation: GatewayImplementation = {
  name: 'traefik',
  gatewayClassName: TRAEFIK.gatewayClassName,
  capabilities: [Capabilities.gatewayApi, Capabilities.traefik],
  metrics: { port: TRAEFIK.metricsPort, path: '/metrics' },
  dataPlane(_scope: Construct, _request: DataPlaneRequest): DataPlane {
    return {
      serviceName: TRAEFIK.release,
      namespace: TRAEFIK.namespace,
      podSelector: TRAEFIK_POD_SELECTOR,
      listenerPorts: TRAEFIK.entryPoints,
      scrapedByGateway: false,
    };
  },
};
