import type { App } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { LabChart } from '../../charts/lab-chart';
import { AppOfApps } from '../../constructs/argocd/app-of-apps';
import { Application } from '../../constructs/argocd/application';
import { Component } from '../../constructs/argocd/component';
import { GitDirectorySource } from '../../constructs/argocd/git-directory-source';
import { ChartSource } from '../../constructs/argocd/sources';
import { wiringOf } from '../../constructs/core/wiring';
import type { Environment } from '../../hub/environment';
import { Hub } from '../../hub/hub';
import { compare } from '../synth/render';
import { bySiteKind, siteIdentity, SiteKind } from './site-identity';

/** One Application as the diagrams show it. */
export interface ApplicationNode {
  /** The construct path: unique in the lab. */
  readonly id: string;
  readonly name: string;
  readonly namespace: string;
  readonly syncWave: number;
  /** `chart@version` of each Helm source, `repository@tag` of each upstream folder (the Gateway API's CRDs). */
  readonly charts: readonly string[];
  /** Whether it also syncs a folder of the lab's own objects. */
  readonly ownObjects: boolean;
  /** Ids of the Applications it depends on. */
  readonly dependsOn: readonly string[];
  /** Construct path of the app-of-apps whose `apps` folder this Application syncs, if it is a parent. */
  readonly syncsSite?: string;
  /** That app-of-apps's folder under dist/. */
  readonly syncsFolder?: string;
}

/** A hub or an experiment: an app-of-apps with its Applications. */
export interface SiteNode {
  /** The construct path. */
  readonly id: string;
  /** `hub` for an environment's hub, `experiment` for an experiment, `app-of-apps` for others. */
  readonly kind: SiteKind;
  /** The environment of a hub, the experiment's name, or else the construct id. */
  readonly name: string;
  /** The folder under dist/. */
  readonly path: string;
  /** The project its Applications belong to. */
  readonly project: string;
  /** Its Applications, by sync wave and then name. */
  readonly applications: readonly ApplicationNode[];
  /** Applications outside its `apps` folder that sync that folder (the bootstrap root). */
  readonly parents: readonly ApplicationNode[];
}

/** An environment's facts, as the overview shows them. */
export interface EnvironmentNode {
  readonly name: string;
  readonly domain: string;
  readonly addressRange: string;
  readonly storageClass: string;
  readonly storage: string;
  readonly kubernetesVersion: string;
  readonly repository: string;
  readonly experiments: readonly string[];
  /** What the hub runs for its experiments beyond its core, and for whom: `name (for a, b)`. */
  readonly capabilities: readonly string[];
}

/** A recorded wiring between two endpoints (Applications or sites). */
export interface WiringEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** Everything the architecture document shows, taken from one construct tree. */
export interface LabModel {
  readonly environments: readonly EnvironmentNode[];
  readonly sites: readonly SiteNode[];
  readonly wiring: readonly WiringEdge[];
  /** Labels of the endpoints wiring names (Applications and sites), by id. */
  readonly endpoints: ReadonlyMap<string, string>;
}

/**
 * Reads the diagrams' model off a built lab: every app-of-apps, its Applications with their sync
 * waves, Helm charts and dependencies, and the wiring recorded with `recordWiring`, each end
 * lifted to the Application (or app-of-apps) that deploys it.
 */
export function readModel(app: App, environments: readonly Environment[]): LabModel {
  const all = app.node.findAll();
  const applications = all.filter((c): c is Application => c instanceof Application);
  const sites = all.filter((c): c is AppOfApps => c instanceof AppOfApps);

  // Which Application syncs each chart, to lift wiring ends that live in a chart.
  const chartOwner = new Map<LabChart, Application>();
  for (const a of applications) {
    for (const s of a.sources) if (s instanceof ChartSource) chartOwner.set(s.chart, a);
  }
  const siteOfAppsChart = new Map(sites.map((s) => [s.applications, s]));

  const node = (a: Application): ApplicationNode => {
    const synced = a.sources.find((s): s is ChartSource => s instanceof ChartSource && siteOfAppsChart.has(s.chart));
    return {
      id: a.node.path,
      name: a.applicationName,
      namespace: a.destinationNamespace,
      syncWave: a.syncWave,
      charts: [
        ...a.helmSources.map((h) => `${h.chart.chart}@${h.chart.version}`),
        ...a.sources.filter((s): s is GitDirectorySource => s instanceof GitDirectorySource)
          .map((g) => `${g.repoUrl.replace(/^.*\/|\.git$/g, '')}@${g.tag}`),
      ],
      ownObjects: a.sources.some((s) => s instanceof ChartSource && !siteOfAppsChart.has(s.chart) && !s.chart.isEmpty),
      dependsOn: a.dependencies.map((d) => d.node.path),
      ...(synced ? { syncsSite: siteOfAppsChart.get(synced.chart)!.node.path, syncsFolder: siteOfAppsChart.get(synced.chart)!.path } : {}),
    };
  };
  const byWave = (x: ApplicationNode, y: ApplicationNode) => x.syncWave - y.syncWave || compare(x.name, y.name) || compare(x.id, y.id);

  const siteNodes: SiteNode[] = sites.map((site) => {
    const { kind, name } = siteIdentity(site);
    const own = applications.filter((a) => a.node.scope === site.applications);
    const parents = applications.filter((a) => a.node.scope !== site.applications &&
      a.sources.some((s) => s instanceof ChartSource && s.chart === site.applications));
    return {
      id: site.node.path,
      kind,
      name,
      path: site.path,
      project: site.project.projectName,
      applications: own.map(node).sort(byWave),
      parents: parents.map(node).sort(byWave),
    };
  });

  const endpoints = new Map<string, string>();
  const endpoint = (c: IConstruct): string => {
    for (const scope of [...c.node.scopes].reverse()) {
      if (scope instanceof Component) return remember(scope.application.node.path, scope.application.applicationName);
      if (scope instanceof Application) return remember(scope.node.path, scope.applicationName);
      if (LabChart.isLabChart(scope) && chartOwner.has(scope)) {
        const owner = chartOwner.get(scope)!;
        return remember(owner.node.path, owner.applicationName);
      }
      if (scope instanceof AppOfApps) return remember(scope.node.path, siteIdentity(scope).name);
    }
    return remember(c.node.path, c.node.path);
  };
  const remember = (id: string, label: string) => {
    endpoints.set(id, label);
    return id;
  };
  const seen = new Set<string>();
  const wiring: WiringEdge[] = [];
  for (const w of wiringOf(app)) {
    const edge = { from: endpoint(w.from), to: endpoint(w.to), label: w.label };
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.label}`;
    if (edge.from === edge.to || seen.has(key)) continue;
    seen.add(key);
    wiring.push(edge);
  }
  wiring.sort((x, y) => compare(x.from, y.from) || compare(x.to, y.to) || compare(x.label, y.label));

  return {
    environments: environments.map((e) => ({
      name: e.name,
      domain: e.domain,
      addressRange: e.addressPool.range,
      storageClass: e.storageClass,
      storage: e.storage,
      kubernetesVersion: e.kubernetesVersion.minorVersion,
      repository: repositoryOf(app, e),
      experiments: e.experiments.map((x) => x.name),
      capabilities: capabilitiesOf(app, e),
    })),
    sites: bySiteKind(siteNodes),
    wiring,
    endpoints,
  };
}

function hubOf(app: App, env: Environment): Hub | undefined {
  return app.node.children.find((c): c is Hub => c instanceof Hub && c.environment === env);
}

function repositoryOf(app: App, env: Environment): string {
  const repository = hubOf(app, env)?.lab.repository;
  return repository ? `${repository.url} @ ${repository.revision}` : '(hub not built)';
}

function capabilitiesOf(app: App, env: Environment): string[] {
  return [...(hubOf(app, env)?.onDemand ?? [])];
}
