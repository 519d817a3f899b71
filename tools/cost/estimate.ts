import type { App } from 'cdk8s';
import { AppOfApps } from '../../constructs/argocd/app-of-apps';
import { Application } from '../../constructs/argocd/application';
import { ChartSource } from '../../constructs/argocd/sources';
import type { Environment } from '../../hub/environment';
import { bySiteKind, siteIdentity } from '../graph/site-identity';
import { compare } from '../synth/render';
import { addUsage, NO_USAGE, readUsage, Usage } from './usage';

/** What one Application asks for. */
export interface ApplicationUsage {
  readonly name: string;
  readonly namespace: string;
  readonly usage: Usage;
  /** Resource blocks and storage sizes read; 0 means the Application sets none. */
  readonly settings: number;
  /** Where the settings were found: `helm values`, `objects`. */
  readonly from: readonly string[];
  /** Containers of its own pod templates without resources. */
  readonly containersWithoutResources: number;
  readonly unreadable: readonly string[];
}

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
  /** Its Applications (parent Applications, which only sync Applications, left out), by name. */
  readonly applications: readonly ApplicationUsage[];
}

/**
 * Reads what every Application of the lab asks for: the lab's own objects (Deployments,
 * StatefulSets, Jobs, claims, pod templates of custom resources) through the chart of each
 * folder it syncs, and the resources and sizes set in its Helm sources' values.
 */
export function estimateLab(app: App, environments: readonly Environment[]): SiteUsage[] {
  const all = app.node.findAll();
  const sites = all.filter((c): c is AppOfApps => c instanceof AppOfApps);
  const appsCharts = new Set(sites.map((s) => s.applications));
  const applications = all.filter((c): c is Application => c instanceof Application);

  return bySiteKind(sites.map((site): SiteUsage => {
    const { kind, name } = siteIdentity(site);
    const own = applications
      .filter((a) => a.node.scope === site.applications)
      .filter((a) => !a.sources.some((s) => s instanceof ChartSource && appsCharts.has(s.chart)));
    return {
      kind: kind === 'hub' ? 'hub' : 'experiment',
      name,
      path: site.path,
      environments: kind === 'hub' ? [name] : environments.filter((e) => e.experiments.some((x) => x.name === name)).map((e) => e.name),
      applications: own.map(applicationUsage).sort((a, b) => compare(a.name, b.name)),
    };
  }));
}

/** What one Application asks for, from its Helm values and its own objects. */
export function applicationUsage(a: Application): ApplicationUsage {
  let usage = NO_USAGE;
  let settings = 0;
  let containersWithoutResources = 0;
  const unreadable: string[] = [];
  const from = new Set<string>();
  const take = (what: string, value: unknown, where: string) => {
    const reading = readUsage(value);
    usage = addUsage(usage, reading.usage);
    settings += reading.settings;
    containersWithoutResources += reading.containersWithoutResources;
    unreadable.push(...reading.unreadable.map((u) => `${where}: ${u}`));
    if (reading.settings) from.add(what);
  };
  for (const helm of a.helmSources) take('helm values', helm.values, `${helm.chart.chart} values`);
  for (const source of a.sources) {
    if (!(source instanceof ChartSource) || source.chart.isEmpty) continue;
    for (const object of source.chart.toJson() as Array<{ kind: string; metadata: { name: string } }>) {
      take('objects', object, `${object.kind} ${object.metadata.name}`);
    }
  }
  return {
    name: a.applicationName,
    namespace: a.destinationNamespace,
    usage,
    settings,
    from: [...from].sort(compare),
    containersWithoutResources,
    unreadable,
  };
}
