import type { Resources } from '../k8s/resources';

/** A registry the updater reads tags from, as its `registries.conf` lists it. */
export interface ImageUpdaterRegistry {
  readonly name: string;
  readonly api_url: string;
  readonly prefix: string;
  /** Used for images whose registry matches no prefix. */
  readonly default?: boolean;
}

/** The subset of the argocd-image-updater chart's values the lab sets (chart 1.2.4). */
export interface ImageUpdaterValues {
  readonly resources: Resources;
  readonly config: { readonly registries: readonly ImageUpdaterRegistry[] };
}
