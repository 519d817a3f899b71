import { compare } from '../synth/render';
import { diffFields, FieldChange } from './fields';
import { ManifestTree, ObjectRef, refKey, refOf } from './manifests';
import { folderOwners, Owner, ownerKey, ownerSite } from './owners';

/** An object whose fields differ. */
export interface ChangedObject {
  readonly ref: ObjectRef;
  readonly fields: readonly FieldChange[];
}

/** What changed among the objects one Application (or one unowned folder) syncs. */
export interface ApplicationDiff {
  /** The Application, or undefined for folders that no Application syncs. */
  readonly owner?: Owner;
  /** `name (site)` for an Application, `folder <path>` otherwise. */
  readonly label: string;
  readonly added: readonly ObjectRef[];
  readonly removed: readonly ObjectRef[];
  readonly changed: readonly ChangedObject[];
}

/** The difference between two dist/ trees, by Application. */
export interface TreeDiff {
  /** Applications with at least one change, in a stable order. */
  readonly applications: readonly ApplicationDiff[];
  readonly counts: { readonly added: number; readonly removed: number; readonly changed: number; readonly unchanged: number };
  /**
   * {@link nameKey}s of objects that share folder, kind, namespace and name with an object of
   * another API group (two `ProviderConfig default`): reports add the group to tell them apart.
   */
  readonly ambiguous: ReadonlySet<string>;
}

/** Folder, kind, namespace and name: what a report shows of an object, without its group. */
export function nameKey(ref: ObjectRef): string {
  return [ref.folder, ref.kind, ref.namespace ?? '', ref.name].join('\u0000');
}

/**
 * Compares two dist/ trees. Objects are the same object when folder, API group, kind, namespace
 * and name agree (the file name and API version may change). An object is reported under the
 * Application that syncs its folder, taken from the new tree and, for folders it no longer has,
 * from the old one.
 */
export function compareTrees(before: ManifestTree, after: ManifestTree): TreeDiff {
  const index = (tree: ManifestTree) => {
    const out = new Map<string, { ref: ObjectRef; manifest: unknown }>();
    for (const [file, manifest] of tree) {
      const ref = refOf(file, manifest);
      out.set(refKey(ref), { ref, manifest });
    }
    return out;
  };
  const old = index(before);
  const now = index(after);
  const ownersNow = folderOwners(after);
  const ownersOld = folderOwners(before);

  const groups = new Map<string, { owner?: Owner; label: string; added: ObjectRef[]; removed: ObjectRef[]; changed: ChangedObject[] }>();
  const groupOf = (folder: string) => {
    const owner = ownersNow.get(folder) ?? ownersOld.get(folder);
    const key = owner ? `a\u0000${ownerSite(owner)}\u0000${owner.name}\u0000${ownerKey(owner)}` : `f\u0000${folder}`;
    let group = groups.get(key);
    if (!group) {
      group = { owner, label: owner ? `${owner.name} (${ownerSite(owner)})` : `folder ${folder}`, added: [], removed: [], changed: [] };
      groups.set(key, group);
    }
    return group;
  };

  let unchanged = 0;
  let changedCount = 0;
  for (const [key, { ref, manifest }] of now) {
    const previous = old.get(key);
    if (!previous) {
      groupOf(ref.folder).added.push(ref);
      continue;
    }
    const fields = diffFields(previous.manifest, manifest);
    if (fields.length === 0) unchanged += 1;
    else {
      changedCount += 1;
      groupOf(ref.folder).changed.push({ ref, fields });
    }
  }
  for (const [key, { ref }] of old) {
    if (!now.has(key)) groupOf(ref.folder).removed.push(ref);
  }

  // Reports list objects by kind, namespace and name; the group only breaks ties.
  const order = (r: ObjectRef) => [r.folder, r.kind, r.namespace ?? '', r.name, r.group].join('\u0000');
  const byRef = (a: ObjectRef, b: ObjectRef) => compare(order(a), order(b));
  const applications = [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, g]) => ({
      ...g,
      added: g.added.sort(byRef),
      removed: g.removed.sort(byRef),
      changed: g.changed.sort((a, b) => byRef(a.ref, b.ref)),
    }));
  const groupsByName = new Map<string, Set<string>>();
  for (const { ref } of [...old.values(), ...now.values()]) {
    groupsByName.set(nameKey(ref), (groupsByName.get(nameKey(ref)) ?? new Set()).add(ref.group));
  }
  const ambiguous = new Set([...groupsByName].filter(([, groups]) => groups.size > 1).map(([key]) => key));
  const total = (pick: (g: ApplicationDiff) => readonly unknown[]) => applications.reduce((n, g) => n + pick(g).length, 0);
  return {
    applications,
    counts: { added: total((g) => g.added), removed: total((g) => g.removed), changed: changedCount, unchanged },
    ambiguous,
  };
}

/** Whether the trees differ at all. */
export function hasChanges(diff: TreeDiff): boolean {
  return diff.applications.length > 0;
}

/** The command's exit status: 0 when nothing changed, 1 when something did. */
export function exitCodeOf(diff: TreeDiff): 0 | 1 {
  return hasChanges(diff) ? 1 : 0;
}
