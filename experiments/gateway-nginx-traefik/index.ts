import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { buildGatewayComparison } from '../../constructs/gateway-api/gateway-comparison';
import { nginxGatewayFabricImplementation } from '../../constructs/gateway-api/nginx-gateway-fabric-implementation';
import { traefikImplementation } from '../../constructs/gateway-api/traefik-implementation';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { GATEWAY_MIX, GATEWAY_RUN } from '../gateway-comparison';

/**
 * gateway-comparison's method for NGINX Gateway Fabric and Traefik (an experiment dashboard shows
 * four variants at most): `nginx-http`, `nginx-https`, `traefik-http`, `traefik-https`, with the
 * same backend, mix, rate and budget, so the two experiments' documents compare side by side
 * (ADR 0133). Traefik's proxy is shared by its Gateways and runs in its own namespace, which its
 * variants are charged.
 */
export const gatewayNginxTraefik: ExperimentDefinition = {
  name: 'gateway-nginx-traefik',
  description: 'Latency, throughput, resource use and cost of NGINX Gateway Fabric and Traefik in front of the same app, over HTTP and HTTPS',
  parameters: GATEWAY_RUN,
  build(exp) {
    buildGatewayComparison(exp, { nginx: nginxGatewayFabricImplementation, traefik: traefikImplementation },
      K6Script.fromFile(GATEWAY_MIX));
  },
};
