/**
 * A path into a meshed namespace that a caller outside the mesh needs: pods chosen by
 * {@link podSelector} must accept plain text on {@link port}. An operator that polls its pods
 * (k6-operator) or a workflow step that calls a pod's API (Locust's web API) has no sidecar, so a
 * STRICT namespace would refuse it. A load generator declares these paths; the namespace's
 * {@link MeshNamespace} turns each into a port-level exception, and every other port of those
 * pods keeps the namespace's mode.
 */
export interface PlainTextIngress {
  /** Name of the exception (a PeerAuthentication): a Kubernetes name, one per path in a namespace. */
  readonly name: string;
  /** Labels of the pods that accept plain text on the port; at least one (Istio requires a selector for port-level modes). */
  readonly podSelector: Readonly<Record<string, string>>;
  /** The pods' container port, not a Service port: Istio matches port-level modes on the workload's port. */
  readonly port: number;
}
