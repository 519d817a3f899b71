import type { Construct } from 'constructs';
import {
  NginxProxy, NginxProxySpecKubernetesDeploymentContainerResourcesLimits as Limits,
  NginxProxySpecKubernetesDeploymentContainerResourcesRequests as Requests,
} from '../../imports/nginx-gateway-fabric-nginxproxy-gateway.nginx.org';
import { Capabilities } from '../catalog/capabilities';
import { bindingResources } from '../k8s/resources';
import type { DataPlane, DataPlaneRequest, GatewayImplementation } from './implementation';

/** The GatewayClass the nginx-gateway-fabric chart creates (`nginxGateway.gatewayClassName`, 2.6.7 default). */
export const NGINX_GATEWAY_CLASS = 'nginx';

/**
 * NGINX Gateway Fabric as a Gateway's implementation. For each Gateway of its class the control
 * plane provisions an NGINX Deployment and Service named `<gateway>-<class>` in the Gateway's
 * namespace (`CreateNginxResourceName`), its pods labelled
 * `gateway.networking.k8s.io/gateway-name=<gateway>`, serving Prometheus metrics on the
 * container port `metrics` (9113, `DefaultNginxMetricsPort`). A namespaced NginxProxy named by
 * the Gateway's `spec.infrastructure.parametersRef` sets replicas and resources; NGINX Gateway
 * Fabric merges it over the class's own.
 */
export const nginxGatewayFabricImplementation: GatewayImplementation = {
  name: 'nginx-gateway-fabric',
  gatewayClassName: NGINX_GATEWAY_CLASS,
  capabilities: [Capabilities.gatewayApi, Capabilities.nginxGatewayFabric],
  metrics: { port: 9113, path: '/metrics' },
  dataPlane(scope: Construct, request: DataPlaneRequest): DataPlane {
    const proxy = new NginxProxy(scope, 'NginxProxy', {
      metadata: { name: `${request.gatewayName}-nginx-proxy`, namespace: request.namespace },
      spec: {
        kubernetes: {
          deployment: {
            replicas: request.replicas,
            container: { resources: bindingResources(request.resources, Limits, Requests) },
          },
        },
      },
    });
    return {
      serviceName: `${request.gatewayName}-${NGINX_GATEWAY_CLASS}`,
      podSelector: { 'gateway.networking.k8s.io/gateway-name': request.gatewayName },
      parametersRef: { group: 'gateway.nginx.org', kind: 'NginxProxy', name: proxy.name },
    };
  },
};
