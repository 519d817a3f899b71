import type { AppOfApps } from '../constructs/argocd/app-of-apps';
import { ValidationError } from '../constructs/core/errors';
import { applicationUsage, ApplicationUsage, MeshProxies, runningApplications } from './application-usage';
import type { Capacity, Resources } from './capacity';
import { formatBytes, formatCores } from './usage';

/** How many of the largest Applications a refusal names. */
const LARGEST = 5;

/** What a hub's cluster is asked to hold, against what it can. */
export interface HubFit {
  /** The environment's name. */
  readonly environment: string;
  readonly capacity: Capacity;
  /** Every Application the hub runs (its core, capabilities and enabled experiments), by name. */
  readonly applications: readonly ApplicationUsage[];
  /** Their requests, summed. */
  readonly requested: Resources;
  /** What stays free: available minus requested; negative where it does not fit. */
  readonly headroom: Resources;
  readonly fits: boolean;
  /** The Applications that take the most, first: by their larger share of the available CPU or memory. */
  readonly largest: readonly ApplicationUsage[];
}

/** A site whose meshes inject proxies into meshed pods (a hub: `Hub.meshProxies`). */
export interface MeshSite {
  readonly meshProxies?: MeshProxies;
}

/**
 * What the hub of an environment runs, at its requests, against the environment's capacity, with
 * the proxies its meshes inject into meshed pods.
 */
export function fitOf(environment: { readonly name: string; readonly capacity: Capacity }, hub: AppOfApps & MeshSite): HubFit {
  const capacity = environment.capacity;
  const proxies = hub.meshProxies ?? {};
  const applications = runningApplications(hub).map((a) => applicationUsage(a, { nodes: capacity.nodes, proxies })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const requested = applications.reduce((sum, a) => ({ cpu: sum.cpu + a.usage.cpuRequest, memory: sum.memory + a.usage.memoryRequest }), { cpu: 0, memory: 0 });
  const headroom = { cpu: capacity.available.cpu - requested.cpu, memory: capacity.available.memory - requested.memory };
  const share = (a: ApplicationUsage) => Math.max(a.usage.cpuRequest / capacity.available.cpu, a.usage.memoryRequest / capacity.available.memory);
  const largest = applications.filter((a) => share(a) > 0).sort((a, b) => share(b) - share(a)).slice(0, LARGEST);
  return { environment: environment.name, capacity, applications, requested, headroom, fits: headroom.cpu >= 0 && headroom.memory >= 0, largest };
}

/**
 * Refuses a hub that does not fit its environment's nodes, naming the environment, what is
 * requested against what is allocatable, and the largest requests.
 */
export function checkFit(environment: { readonly name: string; readonly capacity: Capacity }, hub: AppOfApps & MeshSite): void {
  const fit = fitOf(environment, hub);
  if (fit.fits) return;
  const c = environment.capacity;
  const largest = fit.largest.map((a) => `${a.name} (${formatCores(a.usage.cpuRequest)} CPU, ${formatBytes(a.usage.memoryRequest)})`).join(', ');
  throw new ValidationError(`environment ${JSON.stringify(environment.name)}`, 'capacity', c.describe(),
    `the hub requests ${formatCores(fit.requested.cpu)} CPU and ${formatBytes(fit.requested.memory)} of memory, ` +
    `but ${formatCores(c.available.cpu)} CPU and ${formatBytes(c.available.memory)} are allocatable after the cluster's own pods; ` +
    `largest requests: ${largest}`);
}
