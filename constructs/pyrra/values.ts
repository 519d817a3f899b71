import type { Resources } from '../k8s/resources';

/** The subset of the pyrra chart's values the lab sets (chart 1.11.0). */
export interface PyrraValues {
  readonly prometheusUrl: string;
  readonly resources: Resources;
  readonly operator: { readonly resources: Resources };
}
