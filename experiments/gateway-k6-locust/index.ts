import { HelloApp } from '../../constructs/apps/hello-app';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { envoyGatewayImplementation } from '../../constructs/gateway-api/envoy-gateway-implementation';
import { Gateway } from '../../constructs/gateway-api/gateway';
import { GatewayLoadTest } from '../../constructs/gateway-api/gateway-load-test';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { LocustTest } from '../../constructs/loadgen/locust';
import type { RequestMix } from '../../constructs/loadgen/request-mix';

/**
 * Whether the two load generators agree: the same typed request mix, with the same users and
 * think time, through the same Envoy Gateway route over HTTP, once from k6 and once from Locust
 * (variants `k6` and `locust`, one stage each). Locust paces its users by think time and takes no
 * request rate, so both run the closed model; ADR 0134 says how to read the pair.
 */
export const gatewayK6Locust: ExperimentDefinition = {
  name: 'gateway-k6-locust',
  description: 'Whether k6 and Locust report the same throughput and latency for the same mix through the same gateway',
  parameters: { users: 20, duration: '2m', thresholds: { p95LatencyMs: 100, errorRate: 0.01 } },
  build(exp) {
    const main = exp.namespace();
    const backend = new HelloApp(exp, 'backend', {
      namespace: main, replicas: 2,
      resources: { requests: { cpu: '50m', memory: '16Mi' }, limits: { cpu: '500m', memory: '64Mi' } },
    });
    const gateway = new Gateway(exp, 'gateway-envoy', {
      namespace: exp.namespace('envoy'), implementation: envoyGatewayImplementation, listeners: ['http'],
    });
    const route = gateway.route(backend.http, { path: '/app', name: 'backend' });
    // The mix of gateway-comparison, as a typed scenario both tools are built from.
    const mix: RequestMix = {
      requests: [
        { name: 'root', method: 'GET', endpoint: backend.endpoints.root, weight: 80 },
        { name: 'health', method: 'GET', endpoint: backend.endpoints.health, weight: 20 },
      ],
      thinkTimeSeconds: { min: 0.5, max: 1.5 },
    };
    exp.runLoad(new GatewayLoadTest(exp, 'load-k6', { route, protocol: 'http', script: K6Script.fromScenario(mix), variant: 'k6', namespace: main }));
    exp.runLoad(new LocustTest(exp, 'load-locust', { target: route.http, scenario: mix, variant: 'locust', namespace: main }));
  },
};
