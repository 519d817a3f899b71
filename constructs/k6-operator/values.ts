import type { Resources } from '../k8s/resources';

/** The subset of the k6-operator chart's values the lab sets (chart 4.6.0). */
export interface K6OperatorValues {
  readonly installCRDs: boolean;
  readonly namespace: { readonly create: boolean };
  readonly manager: {
    readonly resources: Resources;
    readonly podSecurityContext: Readonly<Record<string, unknown>>;
    readonly containerSecurityContext: Readonly<Record<string, unknown>>;
  };
}
