import type { Resources } from '../k8s/resources';

/** The subset of Envoy Gateway's `gateway-helm` values the lab sets (chart v1.9.0). */
export interface EnvoyGatewayValues {
  readonly crds: { readonly enabled: boolean };
  readonly deployment: { readonly envoyGateway: { readonly resources: Resources } };
  readonly config: {
    readonly envoyGateway: {
      readonly provider: {
        readonly type: 'Kubernetes';
        readonly kubernetes: { readonly deploy: { readonly type: 'GatewayNamespace' | 'ControllerNamespace' } };
      };
    };
  };
}

/** The subset of the `nginx-gateway-fabric` chart's values the lab sets (chart 2.6.7). */
export interface NginxGatewayFabricValues {
  readonly nginxGateway: {
    readonly resources: Resources;
    readonly gwAPIExperimentalFeatures: { readonly enable: boolean };
  };
  readonly nginx: { readonly container: { readonly resources: Resources } };
}

/** The subset of the `traefik` chart's values the lab sets (chart 41.3.0). */
export interface TraefikValues {
  readonly image: { readonly registry: string; readonly repository: string; readonly tag: string };
  readonly deployment: { readonly replicas: number };
  readonly resources: Resources;
  readonly providers: { readonly kubernetesGateway: { readonly enabled: boolean; readonly experimentalChannel: boolean } };
  readonly gateway: { readonly enabled: boolean };
  readonly gatewayClass: { readonly enabled: boolean; readonly name: string };
}
