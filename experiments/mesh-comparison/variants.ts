import type { MeshEnrollment } from '../../constructs/experiment/namespaces';

/** One way of running the same app, each a variant in its own namespace. */
export interface MeshVariant {
  /** The variant's name: its namespace suffix and its name in the results document. */
  readonly name: string;
  /** How the namespace joins a mesh; none for the baseline and the NetworkPolicy variant. */
  readonly mesh?: MeshEnrollment;
  /** Guard the app with a standard NetworkPolicy (enforced by the CNI, Cilium's eBPF on a Cilium environment). */
  readonly networkPolicy?: boolean;
}

/**
 * Ambient with its L7 proxy, a Gateway API waypoint: what a variant that needs HTTP routing or
 * policy pays on top of ztunnel (ADR 0150, 0155). Its Gateway needs the hub's Gateway API CRDs,
 * which the experiment then requires.
 */
export const WAYPOINT_VARIANT: MeshVariant = { name: 'istio-waypoint', mesh: { mode: 'ambient', mtls: 'STRICT', waypoint: true } };

/**
 * The variants, baseline first: `npm run compare` reports every other variant's latency as the
 * difference from the first. Istio's STRICT mTLS and Linkerd's `all-authenticated` policy are
 * the same promise: only meshed, authenticated callers get in. Six, the most an experiment
 * dashboard shows side by side.
 */
export const MESH_VARIANTS: readonly MeshVariant[] = [
  { name: 'no-mesh' },
  { name: 'istio-sidecar', mesh: { mode: 'sidecar', mtls: 'STRICT' } },
  { name: 'istio-ambient', mesh: { mode: 'ambient', mtls: 'STRICT' } },
  WAYPOINT_VARIANT,
  { name: 'linkerd', mesh: { mode: 'linkerd', mtls: 'STRICT' } },
  // No mesh, no proxy: L3/L4 isolation by the CNI alone (on the Cilium environment, Cilium's).
  { name: 'network-policy', networkPolicy: true },
];
