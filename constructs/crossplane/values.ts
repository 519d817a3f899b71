import type { Resources } from '../k8s/resources';

/** The subset of the crossplane chart's values the lab sets (chart 2.3.4). */
export interface CrossplaneValues {
  readonly resourcesCrossplane: Resources;
  readonly resourcesRBACManager: Resources;
  readonly leaderElection: boolean;
  readonly metrics: { readonly enabled: boolean };
}
