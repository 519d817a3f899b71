import type { AppOfApps } from '../../constructs/argocd/app-of-apps';
import type { Environment } from '../../hub/environment';

/** `hub` for an environment's hub, `experiment` for an experiment, `app-of-apps` for others. */
export type SiteKind = 'hub' | 'experiment' | 'app-of-apps';

/**
 * What kind of app-of-apps a site is, read from what it exposes: a hub its `environment`, an
 * experiment its `experimentName` (duck-typed, so the tools do not depend on every site class).
 */
export function siteIdentity(site: AppOfApps): { kind: SiteKind; name: string } {
  const { environment, experimentName } = site as AppOfApps & { environment?: Environment; experimentName?: string };
  if (environment) return { kind: 'hub', name: environment.name };
  if (typeof experimentName === 'string') return { kind: 'experiment', name: experimentName };
  return { kind: 'app-of-apps', name: site.node.id };
}

/** Hubs first, in environment order, then experiments, then other app-of-apps; stable otherwise. */
export function bySiteKind<T extends { readonly kind: SiteKind }>(sites: readonly T[]): T[] {
  const rank: Record<SiteKind, number> = { hub: 0, experiment: 1, 'app-of-apps': 2 };
  return sites.map((site, i) => ({ site, i })).sort((a, b) => rank[a.site.kind] - rank[b.site.kind] || a.i - b.i).map((x) => x.site);
}
