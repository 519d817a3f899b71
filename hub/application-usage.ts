import { resolvedJson } from '../charts/resolved-json';
import { ApiObject, Chart } from 'cdk8s';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { Application } from '../constructs/argocd/application';
import { ChartSource } from '../constructs/argocd/sources';
import { meshModes, MeshDataplaneMode } from '../constructs/istio/mesh-namespace';
import { Waypoint } from '../constructs/istio/waypoint';
import type { Resources } from '../constructs/k8s/resources';
import { addUsage, NO_USAGE, PathCounts, readUsage, Usage } from './usage';

/** What one Application asks for. */
export interface ApplicationUsage {
  readonly name: string;
  readonly namespace: string;
  readonly usage: Usage;
  /** Resource blocks and storage sizes read, and meshes' proxies added; 0 means the Application sets none. */
  readonly settings: number;
  /** Where the settings were found: `helm values`, `objects`. */
  readonly from: readonly string[];
  /** Containers of its own pod templates without resources. */
  readonly containersWithoutResources: number;
  readonly unreadable: readonly string[];
}

/**
 * The Applications of an app-of-apps's `apps` folder that deploy something, leaving out parent
 * Applications (those that only sync another app-of-apps's `apps` folder).
 */
export function ownApplications(site: AppOfApps): Application[] {
  return site.applications.node.children
    .filter((c): c is Application => c instanceof Application)
    .filter((a) => parentOf(a) === undefined);
}

/**
 * Everything an app-of-apps runs: its own Applications and, through each parent Application in
 * its `apps` folder, those of the app-of-apps it syncs (a hub's enabled experiments).
 */
export function runningApplications(site: AppOfApps): Application[] {
  const seen = new Set<AppOfApps>();
  const visit = (s: AppOfApps): Application[] => {
    if (seen.has(s)) return [];
    seen.add(s);
    const apps = s.applications.node.children.filter((c): c is Application => c instanceof Application);
    return apps.flatMap((a) => {
      const child = parentOf(a);
      return child ? visit(child) : [a];
    });
  };
  return visit(site);
}

/** The app-of-apps whose `apps` folder an Application syncs, if it is a parent Application. */
function parentOf(a: Application): AppOfApps | undefined {
  for (const source of a.sources) {
    if (!(source instanceof ChartSource)) continue;
    const owner = source.chart.node.scope;
    if (owner instanceof AppOfApps && owner.applications === source.chart) return owner;
  }
  return undefined;
}

/** The size of the cluster an Application runs on, as far as its requests depend on it. */
export interface ClusterSize {
  /** Nodes, each running one pod of every DaemonSet. */
  readonly nodes: number;
  /**
   * The proxies the cluster's meshes run beside the workloads: in each pod of a namespace a
   * `MeshNamespace` enrolls in `sidecar` or `linkerd` mode, and for each waypoint.
   * @default - none: a pod counts its own containers only
   */
  readonly proxies?: MeshProxies;
}

/** Requests and limits of the proxies a cluster's meshes run beside the workloads. */
export interface MeshProxies {
  /** istiod's sidecar, in each pod of a `sidecar` namespace. */
  readonly sidecar?: Resources;
  /** Linkerd's proxy, in each pod of a `linkerd` namespace. */
  readonly linkerd?: Resources;
  /** The Envoy istiod deploys for each {@link Waypoint}: one pod. */
  readonly waypoint?: Resources;
}

/**
 * What one Application asks for, from its Helm values and its own objects, on a cluster of
 * `cluster.nodes` nodes: the values a Helm source marks as per node (a DaemonSet's pods) count
 * once per node, and those it marks as replicated as many times as it says.
 */
export function applicationUsage(a: Application, cluster: ClusterSize): ApplicationUsage {
  const nodes = cluster.nodes;
  let usage = NO_USAGE;
  let settings = 0;
  let containersWithoutResources = 0;
  const unreadable: string[] = [];
  const from = new Set<string>();
  const proxies = proxyUsage(cluster.proxies ?? {});
  const waypoint = cluster.proxies?.waypoint === undefined ? undefined : readUsage(cluster.proxies.waypoint).usage;
  const meshed = meshModes(a);
  const take = (what: string, value: unknown, where: string, counts?: PathCounts) => {
    const reading = readUsage(value, counts);
    usage = addUsage(usage, reading.usage);
    settings += reading.settings;
    containersWithoutResources += reading.containersWithoutResources;
    unreadable.push(...reading.unreadable.map((u) => `${where}: ${u}`));
    if (reading.settings) from.add(what);
    for (const [namespace, pods] of reading.pods) {
      const mode = meshed.get(namespace);
      const proxy = mode === undefined ? undefined : proxies.get(mode);
      if (proxy === undefined || pods === 0) continue;
      usage = addUsage(usage, proxy, pods);
      settings += 1;
      from.add('mesh proxies');
    }
  };
  for (const helm of a.helmSources) {
    // A chart's own pods: its injected proxy's block sizes other pods (counted above), not these.
    const counts = new Map([
      ...Object.entries(helm.replicatedValues), ...helm.perNodeValues.map((at): [string, number] => [at, nodes]),
      ...helm.injectedValues.map((at): [string, number] => [at, 0]),
    ]);
    take('helm values', helm.values, `${helm.chart.chart} values`, counts);
  }
  for (const source of a.sources) {
    if (!(source instanceof ChartSource) || source.chart.isEmpty) continue;
    // Each object on its own: Chart.toJson() would validate the whole app, and this runs inside
    // the hub's own validation.
    const objects = source.chart.node.findAll().filter((c): c is ApiObject => ApiObject.isApiObject(c) && Chart.of(c) === source.chart);
    for (const object of objects) {
      take('objects', resolvedJson(object), `${object.kind} ${object.name}`);
      // A waypoint's Gateway stands for the Envoy Deployment istiod makes of it.
      if (waypoint !== undefined && object.node.scope instanceof Waypoint) {
        usage = addUsage(usage, waypoint);
        settings += 1;
        from.add('mesh proxies');
      }
    }
  }
  return {
    name: a.applicationName,
    namespace: a.destinationNamespace,
    usage,
    settings,
    from: [...from].sort(),
    containersWithoutResources,
    unreadable,
  };
}

/** Each injecting mode's proxy as a usage: its requests and limits, read as any resource block. */
function proxyUsage(proxies: MeshProxies): ReadonlyMap<MeshDataplaneMode, Usage> {
  const usage = new Map<MeshDataplaneMode, Usage>();
  if (proxies.sidecar !== undefined) usage.set('sidecar', readUsage(proxies.sidecar).usage);
  if (proxies.linkerd !== undefined) usage.set('linkerd', readUsage(proxies.linkerd).usage);
  return usage;
}
