/**
 * The Gateway API release the lab installs: v1.6.1, standard channel (ADR 0130). The CRD files
 * are those of `config/crd/standard` at the tag, as pinned in ../shared/crds/gateway-api; the
 * bindings in imports/ (`gateway-api-*`) come from the same files.
 */
export const GATEWAY_API_RELEASE = {
  repoUrl: 'https://github.com/kubernetes-sigs/gateway-api.git',
  version: 'v1.6.1',
  channel: 'standard',
  path: 'config/crd/standard',
  /** Every CRD of the standard channel at v1.6.1. */
  crdFiles: [
    'gateway.networking.k8s.io_backendtlspolicies.yaml',
    'gateway.networking.k8s.io_gatewayclasses.yaml',
    'gateway.networking.k8s.io_gateways.yaml',
    'gateway.networking.k8s.io_grpcroutes.yaml',
    'gateway.networking.k8s.io_httproutes.yaml',
    'gateway.networking.k8s.io_listenersets.yaml',
    'gateway.networking.k8s.io_referencegrants.yaml',
    'gateway.networking.k8s.io_tcproutes.yaml',
    'gateway.networking.k8s.io_tlsroutes.yaml',
    'gateway.networking.k8s.io_udproutes.yaml',
  ],
  /** The API group of its kinds. */
  group: 'gateway.networking.k8s.io',
} as const;
