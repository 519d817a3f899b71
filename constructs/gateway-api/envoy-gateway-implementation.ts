import type { Construct } from 'constructs';
import {
  EnvoyProxy, EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits as Limits,
  EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests as Requests, EnvoyProxySpecProviderType,
} from '../../imports/envoy-gateway-envoyproxy-gateway.envoyproxy.io';
import { bindingResources } from '../k8s/resources';
import { Capabilities } from '../catalog/capabilities';
import type { DataPlane, DataPlaneRequest, GatewayImplementation } from './implementation';

/** Envoy Gateway's facts at v1.9.0. */
export const ENVOY_GATEWAY = {
  repoUrl: 'https://github.com/envoyproxy/gateway.git',
  /** The controller name of the chart's default configuration (`config.envoyGateway.gateway`). */
  controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
  gatewayClassName: 'envoy-gateway',
} as const;

/**
 * Envoy Gateway as a Gateway's implementation. Each Gateway gets an EnvoyProxy of its own
 * (`spec.infrastructure.parametersRef`, which Envoy Gateway reads since v1.2) that fixes the
 * proxies' Deployment and Service name to the Gateway's (Envoy Gateway otherwise appends a hash)
 * and sets their resources. Proxies serve Envoy's statistics on 19001 at /stats/prometheus, and
 * their pods carry the owning Gateway's name and namespace as labels (Envoy Gateway's proxy
 * metrics task).
 */
export const envoyGatewayImplementation: GatewayImplementation = {
  name: 'envoy-gateway',
  gatewayClassName: ENVOY_GATEWAY.gatewayClassName,
  capabilities: [Capabilities.gatewayApi, Capabilities.envoyGateway],
  metrics: { port: 19001, path: '/stats/prometheus' },
  dataPlane(scope: Construct, request: DataPlaneRequest): DataPlane {
    const name = request.gatewayName;
    const proxy = new EnvoyProxy(scope, 'EnvoyProxy', {
      metadata: { name, namespace: request.namespace },
      spec: {
        provider: {
          type: EnvoyProxySpecProviderType.KUBERNETES,
          kubernetes: {
            envoyDeployment: {
              name,
              replicas: request.replicas,
              container: { resources: bindingResources(request.resources, Limits, Requests) },
            },
            envoyService: { name },
          },
        },
      },
    });
    return {
      serviceName: name,
      podSelector: {
        'gateway.envoyproxy.io/owning-gateway-name': name,
        'gateway.envoyproxy.io/owning-gateway-namespace': request.namespace,
      },
      parametersRef: { group: 'gateway.envoyproxy.io', kind: 'EnvoyProxy', name: proxy.name },
    };
  },
};

