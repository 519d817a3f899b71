import type { Resources } from '../k8s/resources';

/** The subset of the metallb chart's values the lab sets (chart 0.16.1). */
export interface MetalLbValues {
  readonly controller: { readonly resources: Resources };
  readonly speaker: { readonly resources: Resources };
  /** The BGP backend (a second daemon set and its CRDs); the lab announces by L2 only. */
  readonly frrk8s: { readonly enabled: boolean };
}
