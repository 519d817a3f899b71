/**
 * The in-cluster DNS name of a Service, in the one form the lab writes:
 * `<service>.<namespace>.svc.cluster.local`. Clients, URLs and certificates all take it from here.
 */
export function serviceHost(service: string, namespace: string): string {
  return `${service}.${namespace}.svc.cluster.local`;
}
