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
 * The variants, baseline first: `npm run compare` reports every other variant's latency as the
 * difference from the first. Istio's STRICT mTLS and Linkerd's `all-authenticated` policy are
 * the same promise: only meshed, authenticated callers get in.
 */
export const MESH_VARIANTS: readonly MeshVariant[] = [
  { name: 'no-mesh' },
  { name: 'istio-sidecar', mesh: { mode: 'sidecar', mtls: 'STRICT' } },
  { name: 'istio-ambient', mesh: { mode: 'ambient', mtls: 'STRICT' } },
  { name: 'linkerd', mesh: { mode: 'linkerd', mtls: 'STRICT' } },
  // No mesh, no proxy: L3/L4 isolation by the CNI alone (on the Cilium environment, Cilium's).
  { name: 'network-policy', networkPolicy: true },
];

/**
 * Ambient with its L7 proxy, a Gateway API waypoint: what a variant that needs HTTP routing or
 * policy pays (ADR 0150). Not in {@link MESH_VARIANTS} while no hub installs the Gateway API's
 * CRDs: the sync-order check refuses a Gateway nothing on the hub serves.
 */
export const WAYPOINT_VARIANT: MeshVariant = { name: 'istio-waypoint', mesh: { mode: 'ambient', mtls: 'STRICT', waypoint: true } };
