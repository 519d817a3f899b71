import * as kplus from 'cdk8s-plus-30';
import type { Construct } from 'constructs';
import { Capabilities } from '../catalog/capabilities';
import { toYaml } from '../core/yaml';
import type { DataPlane, DataPlaneRequest, GatewayImplementation } from './implementation';

/** The GatewayClass istiod creates for its own Gateway API controller. */
const ISTIO_GATEWAY_CLASS = 'istio';

/**
 * Istio's own Gateway API support as a Gateway's implementation: istiod (the hub's `istio`
 * capability) registers the GatewayClass `istio` itself and, for each Gateway of it, runs an
 * Envoy Deployment and Service named `<gateway>-istio` in the Gateway's namespace. The 1.30.3
 * template (istio-discovery/files/kube-gateway.yaml) labels the pods
 * `gateway.networking.k8s.io/gateway-name=<gateway>` and opens `http-envoy-prom` (15090) for
 * Envoy's statistics; a ConfigMap named by `spec.infrastructure.parametersRef` patches the
 * generated Deployment (its `deployment` key), which is how the proxy's resources are set.
 */
export const istioImplementation: GatewayImplementation = {
  name: 'istio',
  gatewayClassName: ISTIO_GATEWAY_CLASS,
  capabilities: [Capabilities.gatewayApi, Capabilities.istio],
  metrics: { port: 15090, path: '/stats/prometheus' },
  dataPlane(scope: Construct, request: DataPlaneRequest): DataPlane {
    const options = new kplus.ConfigMap(scope, 'IstioGatewayOptions', {
      metadata: { name: `${request.gatewayName}-istio-options`, namespace: request.namespace },
      data: {
        deployment: toYaml({
          spec: {
            replicas: request.replicas,
            template: { spec: { containers: [{ name: 'istio-proxy', resources: { requests: { ...request.resources.requests }, limits: { ...request.resources.limits } } }] } },
          },
        }),
      },
    });
    return {
      serviceName: `${request.gatewayName}-${ISTIO_GATEWAY_CLASS}`,
      podSelector: { 'gateway.networking.k8s.io/gateway-name': request.gatewayName },
      parametersRef: { group: '', kind: 'ConfigMap', name: options.name },
    };
  },
};
