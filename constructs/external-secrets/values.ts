import type { Resources } from '../k8s/resources';

/** The subset of the external-secrets chart's values the lab sets (chart 2.8.0). */
export interface ExternalSecretsValues {
  readonly resources: Resources;
  readonly webhook: { readonly resources: Resources };
  readonly certController: { readonly resources: Resources };
}
