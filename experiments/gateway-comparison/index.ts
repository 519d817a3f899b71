import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { envoyGatewayImplementation } from '../../constructs/gateway-api/envoy-gateway-implementation';
import { buildGatewayComparison } from '../../constructs/gateway-api/gateway-comparison';
import { istioImplementation } from '../../constructs/gateway-api/istio-implementation';
import { K6Script } from '../../constructs/loadgen/k6-script';

/** The request mix every gateway comparison sends (experiments/gateway-comparison/mix.js). */
export const GATEWAY_MIX = 'experiments/gateway-comparison/mix.js';

/**
 * The run every gateway comparison makes: a fixed arrival rate, so every gateway is offered the
 * same load, and the p95 budget says whether it kept up.
 */
export const GATEWAY_RUN: ExperimentDefinition['parameters'] = {
  users: 20, duration: '2m', rate: 200, thresholds: { p95LatencyMs: 100, errorRate: 0.01 },
};

/**
 * The same app behind each Gateway API implementation, and the same k6 request mix through each
 * in turn, over HTTP and over HTTPS: a variant per gateway and protocol (`envoy-http`,
 * `envoy-https`, `istio-http`, `istio-https`). Each gateway and its proxies run in a namespace of
 * their own, so a variant's resources are its gateway's. ADR 0133 says what is compared and how
 * to read it; `gateway-nginx-traefik` does the same for NGINX Gateway Fabric and Traefik.
 */
export const gatewayComparison: ExperimentDefinition = {
  name: 'gateway-comparison',
  description: 'Latency, throughput, resource use and cost of Envoy Gateway and Istio in front of the same app, over HTTP and HTTPS',
  parameters: GATEWAY_RUN,
  build(exp) {
    buildGatewayComparison(exp, { envoy: envoyGatewayImplementation, istio: istioImplementation }, K6Script.fromFile(GATEWAY_MIX));
  },
};
