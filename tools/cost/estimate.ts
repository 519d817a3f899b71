import type { App } from 'cdk8s';
import { AppOfApps } from '../../constructs/argocd/app-of-apps';
import { applicationUsage, ApplicationUsage, MeshProxies, ownApplications } from '../../hub/application-usage';
import type { Environment } from '../../hub/environment';
import { fitOf, HubFit } from '../../hub/fit';
import { Hub } from '../../hub/hub';
import { bySiteKind, siteIdentity } from '../graph/site-identity';
import { compare } from '../synth/render';

/** A hub or an experiment, with the environments it runs on. */
export interface SiteUsage {
  /** `hub` or `experiment`. */
  readonly kind: 'hub' | 'experiment';
  /** The environment of a hub, the experiment's name otherwise. */
  readonly name: string;
  /** The folder under dist/. */
  readonly path: string;
  /** Environments it runs on: a hub's own, the environments that include an experiment. */
  readonly environments: readonly string[];
  /**
   * Nodes a DaemonSet's pods are counted on: a hub's environment's; for an experiment, the most of
   * the environments that run it (the first environment's where none does, as it is priced).
   */
  readonly nodes: number;
  /** Its Applications (parent Applications, which only sync Applications, left out), by name. */
  readonly applications: readonly ApplicationUsage[];
  /** A hub's fit on its environment's nodes, with its experiments: the synth's capacity check. */
  readonly fit?: HubFit;
  /** What a hub runs beyond its core, and for whom. */
  readonly onDemand?: readonly string[];
}

/**
 * Reads what every Application of the lab asks for: the lab's own objects (Deployments,
 * StatefulSets, Jobs, claims, pod templates of custom resources) through the chart of each
 * folder it syncs, and the resources and sizes set in its Helm sources' values.
 */
export function estimateLab(app: App, environments: readonly Environment[]): SiteUsage[] {
  const sites = app.node.findAll().filter((c): c is AppOfApps => c instanceof AppOfApps);
  // A hub's own meshes; an experiment's, those of the first hub that enables it.
  const proxiesOf = (site: AppOfApps, runsOn: readonly Environment[]): MeshProxies => {
    if (site instanceof Hub) return site.meshProxies;
    const hub = sites.find((s): s is Hub => s instanceof Hub && runsOn.some((e) => e === s.environment));
    return hub?.meshProxies ?? {};
  };
  return bySiteKind(sites.map((site): SiteUsage => {
    const { kind, name } = siteIdentity(site);
    const environment = kind === 'hub' ? environments.find((e) => e.name === name) : undefined;
    const runsOn = kind === 'hub' ? (environment ? [environment] : []) : environments.filter((e) => e.experiments.some((x) => x.name === name));
    const nodes = Math.max(1, ...(runsOn.length ? runsOn : environments.slice(0, 1)).map((e) => e.capacity.nodes));
    return {
      kind: kind === 'hub' ? 'hub' : 'experiment',
      name,
      path: site.path,
      environments: kind === 'hub' ? [name] : runsOn.map((e) => e.name),
      nodes,
      applications: ownApplications(site).map((a) => applicationUsage(a, { nodes, proxies: proxiesOf(site, runsOn) })).sort((a, b) => compare(a.name, b.name)),
      ...(environment ? { fit: fitOf(environment, site) } : {}),
      ...(site instanceof Hub ? { onDemand: site.onDemand } : {}),
    };
  }));
}
