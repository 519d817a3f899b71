import { HelloApp } from '../../constructs/apps/hello-app';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { envoyGatewayImplementation } from '../../constructs/gateway-api/envoy-gateway-implementation';
import { Gateway, GatewayProtocol } from '../../constructs/gateway-api/gateway';
import { GatewayLoadTest } from '../../constructs/gateway-api/gateway-load-test';
import type { GatewayImplementation } from '../../constructs/gateway-api/implementation';
import { istioImplementation } from '../../constructs/gateway-api/istio-implementation';
import { K6Script } from '../../constructs/loadgen/k6-script';

/** The gateways compared, by the short name their namespace and variants carry. */
const GATEWAYS: ReadonlyArray<readonly [string, GatewayImplementation]> = [
  ['envoy', envoyGatewayImplementation],
  ['istio', istioImplementation],
];
const PROTOCOLS: readonly GatewayProtocol[] = ['http', 'https'];

/**
 * The same app behind each Gateway API implementation, and the same k6 request mix through each
 * in turn, over HTTP and over HTTPS: a variant per gateway and protocol (`envoy-http`,
 * `envoy-https`, `istio-http`, `istio-https`). Each gateway and its proxies run in a namespace of
 * their own, so a variant's resources are its gateway's. ADR 0133 says what is compared and how
 * to read it.
 */
export const gatewayComparison: ExperimentDefinition = {
  name: 'gateway-comparison',
  description: 'Latency, throughput, resource use and cost of Envoy Gateway and Istio in front of the same app, over HTTP and HTTPS',
  // A fixed arrival rate: every gateway is offered the same load, and the p95 budget says whether it kept up.
  parameters: { users: 20, duration: '2m', rate: 200, thresholds: { p95LatencyMs: 100, errorRate: 0.01 } },
  build(exp) {
    const main = exp.namespace();
    // Two pods, so that no gateway is held back by one backend pod's CPU limit.
    const backend = new HelloApp(exp, 'backend', {
      namespace: main, replicas: 2,
      resources: { requests: { cpu: '50m', memory: '16Mi' }, limits: { cpu: '500m', memory: '64Mi' } },
    });
    const script = K6Script.fromFile('experiments/gateway-comparison/mix.js');
    for (const [short, implementation] of GATEWAYS) {
      const gateway = new Gateway(exp, `gateway-${short}`, { namespace: exp.namespace(short), implementation });
      // The app behind a path prefix: every gateway rewrites it the same way.
      const route = gateway.route(backend.http, { path: '/app', name: 'backend' });
      for (const protocol of PROTOCOLS) {
        // One stage per variant, so the loads do not compete; k6 runs beside the backend, the
        // same for every gateway. Each variant also reports its gateway's own CPU and memory.
        exp.runLoad(new GatewayLoadTest(exp, `load-${short}-${protocol}`, {
          route, protocol, script, variant: `${short}-${protocol}`, namespace: main,
        }));
      }
    }
  },
};
