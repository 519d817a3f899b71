import type { KubernetesObject } from '../synth/render';
import { compare } from '../synth/render';

/** The ArgoCD Application that syncs a folder of dist/. */
export interface Owner {
  /** The Application's name. */
  readonly name: string;
  /** The folder its own manifest is in, e.g. `hub/kind/apps`. */
  readonly definedIn: string;
}

/** Identifies an owner across both sides of a diff (names repeat across environments). */
export function ownerKey(owner: Owner): string {
  return `${owner.definedIn}/${owner.name}`;
}

/** The app-of-apps an owner belongs to: the folder above its `apps` or `bootstrap` folder. */
export function ownerSite(owner: Owner): string {
  const slash = owner.definedIn.lastIndexOf('/');
  return slash < 0 ? owner.definedIn : owner.definedIn.slice(0, slash);
}

/**
 * Which Application owns each folder of a tree. A folder belongs to the Application whose
 * `spec.source(s)[].path` names it (`dist/<folder>`). A folder no Application names but that
 * holds Applications syncing other folders (the bootstrap folder, applied by hand) belongs to
 * those Applications: the first by name when there are several. Other folders have no owner.
 */
export function folderOwners(tree: ReadonlyMap<string, KubernetesObject>, distPrefix = 'dist'): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  const parents = new Map<string, Owner[]>();
  const files = [...tree.keys()].sort(compare);
  for (const file of files) {
    const m = tree.get(file)!;
    if (!isApplication(m)) continue;
    const definedIn = folderOf(file);
    const owner: Owner = { name: m.metadata.name, definedIn };
    let syncsAFolder = false;
    for (const p of sourcePaths(m)) {
      const folder = stripPrefix(p, distPrefix);
      if (folder === undefined) continue;
      syncsAFolder = true;
      if (!owners.has(folder)) owners.set(folder, owner);
    }
    if (syncsAFolder) parents.set(definedIn, [...(parents.get(definedIn) ?? []), owner]);
  }
  for (const folder of new Set(files.map(folderOf))) {
    if (owners.has(folder)) continue;
    const candidates = (parents.get(folder) ?? []).slice().sort((a, b) => compare(a.name, b.name));
    if (candidates.length) owners.set(folder, candidates[0]);
  }
  return owners;
}

function isApplication(m: KubernetesObject): boolean {
  return m.kind === 'Application' && m.apiVersion.startsWith('argoproj.io/');
}

function sourcePaths(m: KubernetesObject): string[] {
  const spec = (m.spec ?? {}) as { source?: { path?: unknown }; sources?: Array<{ path?: unknown }> };
  const sources = [...(Array.isArray(spec.sources) ? spec.sources : []), ...(spec.source ? [spec.source] : [])];
  return sources.map((s) => s?.path).filter((p): p is string => typeof p === 'string');
}

/** `dist/hub/kind/openbao/` to `hub/kind/openbao`; undefined for paths outside dist/. */
function stripPrefix(p: string, prefix: string): string | undefined {
  const clean = p.replace(/^\.\//, '').replace(/\/+$/, '');
  if (prefix === '') return clean;
  return clean.startsWith(`${prefix}/`) ? clean.slice(prefix.length + 1) : undefined;
}

export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
