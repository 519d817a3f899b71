import { HelmSource } from '../../constructs/argocd/sources';
import { CHARTS, PROVIDER_PACKAGES } from '../../constructs/catalog/charts';
import { GATEWAY_API_RELEASE } from '../../constructs/gateway-api/release';
import type { KubernetesObject, RenderedObject } from '../../tools/synth/render';

/** API groups Kubernetes 1.30 serves itself; objects of any other group are custom resources. */
const BUILT_IN_GROUPS = new Set([
  '', 'apps', 'batch', 'autoscaling', 'policy', 'admissionregistration.k8s.io', 'apiextensions.k8s.io',
  'apiregistration.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'certificates.k8s.io',
  'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io', 'networking.k8s.io', 'node.k8s.io', 'rbac.authorization.k8s.io',
  'resource.k8s.io', 'scheduling.k8s.io', 'storage.k8s.io', 'storagemigration.k8s.io',
]);

/** Kinds the by-hand install of ArgoCD serves before anything syncs (README, bootstrapping). */
const BOOTSTRAP_KINDS = new Set(['argoproj.io/Application', 'argoproj.io/AppProject', 'argoproj.io/ApplicationSet']);

const WAVE = 'argocd.argoproj.io/sync-wave';

/** One step on the way from a root Application to an object: who syncs it, at which wave. */
interface Step {
  readonly id: string;
  readonly wave: number;
  readonly label: string;
}

/** Something that installs the CRDs of an API group: a chart of an Application, or an object. */
interface Installer {
  readonly group: string;
  readonly label: string;
  readonly position: readonly Step[];
}

export interface CustomResource {
  readonly file: string;
  readonly kind: string;
  readonly group: string;
  /** The installer that comes first, when one does. */
  readonly installedBy?: string;
  /** Whether that installer is in the resource's own Application. */
  readonly sameApplication: boolean;
}

export interface SyncOrderReport {
  readonly customResources: readonly CustomResource[];
  readonly violations: readonly string[];
}

export function groupOf(m: KubernetesObject): string {
  return m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : '';
}

export function waveOf(m: KubernetesObject): number {
  const annotations = (m.metadata.annotations ?? {}) as Record<string, string>;
  return Number(annotations[WAVE] ?? 0);
}

interface AppSource { repoURL: string; path?: string; chart?: string; targetRevision?: string }

function sourcesOf(app: KubernetesObject): AppSource[] {
  const spec = app.spec as { sources?: AppSource[]; source?: AppSource };
  return [...(spec.sources ?? []), ...(spec.source ? [spec.source] : [])];
}

/** The folder of dist/ a source points at, for sources that are folders of the lab's repository. */
function folderOf(source: AppSource): string | undefined {
  return source.path !== undefined && source.path.startsWith('dist/') && !source.repoURL.startsWith('oci://')
    ? source.path.slice('dist/'.length)
    : undefined;
}

/** The catalog chart an Application's source pulls, matched on what a HelmSource of it renders. */
function chartOf(source: AppSource) {
  return Object.entries(CHARTS).find(([, chart]) => {
    const rendered = new HelmSource({ chart }).render();
    // Any version: an environment may pin its own, and the chart's CRD groups stay the same.
    return rendered.repoUrl === source.repoURL && rendered.chart === source.chart && rendered.path === source.path;
  });
}

/**
 * Checks, from the synthesized objects alone, that every custom resource syncs after the CRDs it
 * needs. Applications form a tree (a root in a folder nobody syncs, its `apps` folder, their
 * folders); each object has a position in it: the waves of the Applications above it and its own
 * object wave. Where the paths of a resource and of an installer part, ArgoCD syncs the lower wave
 * first and waits for it to be healthy: the installer's wave there must be lower. A Helm chart's
 * objects sync in wave 0 of their Application.
 */
export function checkSyncOrder(objects: readonly RenderedObject[]): SyncOrderReport {
  const violations: string[] = [];
  const apps = objects.filter((o) => o.manifest.kind === 'Application' && groupOf(o.manifest) === 'argoproj.io');
  const appId = (o: RenderedObject) => o.file;
  // A folder may be synced by several Applications: an experiment's, by each hub that runs it.
  const owners = new Map<string, RenderedObject[]>();
  for (const app of apps) {
    for (const source of sourcesOf(app.manifest)) {
      const folder = folderOf(source);
      if (folder !== undefined) owners.set(folder, [...(owners.get(folder) ?? []), app]);
    }
  }

  const positions = new Map<string, Step[][]>();
  /** Every path from a hub's root Application (in its bootstrap folder) down to `app`. */
  const positionsOfApp = (app: RenderedObject, seen: string[] = []): Step[][] => {
    const known = positions.get(appId(app));
    if (known) return known;
    if (seen.includes(appId(app))) {
      violations.push(`${app.file}: Applications sync each other in a cycle: ${[...seen, appId(app)].join(' -> ')}`);
      return [];
    }
    const parents = owners.get(app.folder) ?? [];
    // A root is applied by hand from a bootstrap folder; folders no hub syncs are not deployed.
    const above = parents.length
      ? parents.flatMap((parent) => positionsOfApp(parent, [...seen, appId(app)]))
      : app.folder.endsWith('/bootstrap') ? [[]] : [];
    const step = { id: appId(app), wave: waveOf(app.manifest), label: `Application ${app.manifest.metadata.name} (wave ${waveOf(app.manifest)})` };
    const result = above.map((p) => [...p, step]);
    positions.set(appId(app), result);
    return result;
  };
  const positionsOf = (o: RenderedObject): Step[][] =>
    (owners.get(o.folder) ?? []).flatMap((app) => positionsOfApp(app))
      .map((p) => [...p, { id: o.file, wave: waveOf(o.manifest), label: `object wave ${waveOf(o.manifest)}` }]);

  const installers: Installer[] = [];
  for (const app of apps) {
    const appPositions = positionsOfApp(app);
    if (!appPositions.length) continue;
    for (const source of sourcesOf(app.manifest)) {
      if (folderOf(source) !== undefined || source.repoURL === undefined) continue;
      // The Gateway API's CRD files, applied from its repository at the tag (ADR 0130).
      if (source.repoURL === GATEWAY_API_RELEASE.repoUrl && source.path === GATEWAY_API_RELEASE.path) {
        for (const position of appPositions) {
          installers.push({
            group: GATEWAY_API_RELEASE.group,
            label: `Gateway API ${source.targetRevision} CRDs of Application ${app.manifest.metadata.name}`,
            position: [...position, { id: `${appId(app)}#crds`, wave: 0, label: 'CRD files (wave 0)' }],
          });
        }
        continue;
      }
      if (source.chart === undefined && !source.repoURL.startsWith('oci://')) continue;
      const entry = chartOf(source);
      if (!entry) {
        violations.push(`${app.file}: chart ${source.chart ?? source.repoURL}@${source.targetRevision} is not one of constructs/catalog/charts.ts`);
        continue;
      }
      const [key, chart] = entry;
      for (const group of chart.crdGroups) {
        for (const position of appPositions) {
          installers.push({
            group,
            label: `chart ${key} of Application ${app.manifest.metadata.name}`,
            position: [...position, { id: `${appId(app)}#chart`, wave: 0, label: 'chart objects (wave 0)' }],
          });
        }
      }
    }
  }
  for (const o of objects) {
    const m = o.manifest;
    const groups = m.kind === 'CustomResourceDefinition' && groupOf(m) === 'apiextensions.k8s.io'
      ? [(m.spec as { group: string }).group]
      : m.kind === 'Provider' && groupOf(m) === 'pkg.crossplane.io'
        ? [...(Object.values(PROVIDER_PACKAGES).find((p) => p.image === (m.spec as { package: string }).package)?.crdGroups ?? [])]
        : [];
    if (!groups.length) continue;
    for (const position of positionsOf(o)) {
      for (const group of groups) installers.push({ group, label: `${m.kind} ${m.metadata.name} (${o.file})`, position });
    }
  }

  const customResources: CustomResource[] = [];
  const describe = (p: readonly Step[]) => p.map((s) => s.label).join(' > ');
  for (const o of objects) {
    const m = o.manifest;
    const group = groupOf(m);
    if (BUILT_IN_GROUPS.has(group) || BOOTSTRAP_KINDS.has(`${group}/${m.kind}`)) continue;
    // Once per hub that deploys it; objects in no synced folder (bootstrap/, experiments no hub
    // runs) are not deployed and not checked.
    for (const position of positionsOf(o)) {
      const hub = position[0].id;
      const candidates = installers.filter((i) => i.group === group && i.position[0].id === hub);
      if (candidates.length === 0) {
        const where = hub.slice(0, hub.lastIndexOf('/bootstrap/'));
        violations.push(`${o.file}: ${m.kind} ${m.metadata.name} is of API group ${group}, which no chart or object of ${where} installs (constructs/catalog/charts.ts crdGroups)`);
        customResources.push({ file: o.file, kind: m.kind, group, sameApplication: false });
        continue;
      }
      const first = candidates.find((i) => comesBefore(i.position, position));
      if (!first) {
        violations.push(`${o.file}: ${m.kind} ${m.metadata.name} syncs at ${describe(position)}, not after what installs ${group}: ` +
          candidates.map((c) => `${c.label} at ${describe(c.position)}`).join('; '));
        customResources.push({ file: o.file, kind: m.kind, group, sameApplication: false });
        continue;
      }
      const sameApplication = first.position.length === position.length
        && first.position.slice(0, -1).every((s, i) => s.id === position[i].id);
      customResources.push({ file: o.file, kind: m.kind, group, installedBy: first.label, sameApplication });
      if (sameApplication) {
        const options = String((m.metadata.annotations as Record<string, string> | undefined)?.['argocd.argoproj.io/sync-options'] ?? '');
        if (!options.includes('SkipDryRunOnMissingResource=true')) {
          violations.push(`${o.file}: ${m.kind} ${m.metadata.name} needs a CRD its own Application installs, ` +
            'so its dry run must be skipped until it exists (SkipDryRunOnMissingResource=true)');
        }
      }
    }
  }
  return { customResources, violations: [...new Set(violations)] };
}

/** Whether ArgoCD finishes `a` before it starts `b`: at the first step where they part, a's wave is lower. */
function comesBefore(a: readonly Step[], b: readonly Step[]): boolean {
  const i = a.findIndex((step, k) => k >= b.length || step.id !== b[k].id);
  return i >= 0 && i < b.length && a[i].wave < b[i].wave;
}
