/**
 * The in-cluster DNS name of a Service, in the one form the lab writes:
 * `<service>.<namespace>.svc.cluster.local`. Clients, URLs and certificates all take it from here.
 */
export function serviceHost(service: string, namespace: string): string {
  return `${service}.${namespace}.svc.cluster.local`;
}

/**
 * The names a certificate of a Service is for: `<service>.<namespace>.svc`, which the API server
 * calls webhooks by, and the full {@link serviceHost} form clients use.
 */
export function serviceDnsNames(service: string, namespace: string): string[] {
  return [`${service}.${namespace}.svc`, serviceHost(service, namespace)];
}
