import type { Resources } from '../k8s/resources';

/** The subset of the cloudnative-pg chart's values the lab sets (chart 0.29.0). */
export interface CloudNativePgValues {
  /** The chart installs the CRDs as templates; ArgoCD applies them with the operator. */
  readonly crds: { readonly create: boolean };
  readonly resources: Resources;
}
