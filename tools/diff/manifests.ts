import { isSetupFile } from '../../charts/lab-file';
import { RECORD_FILE } from '../synth/record';
import { LabError } from '../../constructs/core/errors';
import type { KubernetesObject } from '../synth/render';
import { describeYamlError, parseDocuments } from '../validate/read-manifests';
import { folderOf } from './owners';

/** The objects of a dist/ tree by file path under dist/ (`hub/kind/apps/application-argocd.yaml`). */
export type ManifestTree = ReadonlyMap<string, KubernetesObject>;

/** What makes an object the same object on both sides of a diff. */
export interface ObjectRef {
  /** The folder under dist/ the object's file is in. */
  readonly folder: string;
  /** The API group, `''` for the core group; the version may change without making a new object. */
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/**
 * Parses YAML files into a tree of objects, each file read as `npm run validate` reads it
 * (`parseDocuments`: the YAML 1.2 core schema, as Kubernetes tooling turns YAML into JSON). Both
 * sides of a diff go through here, so quoting and number forms read back the same way. Files that
 * are not one Kubernetes object are errors: dist/ must hold nothing else.
 */
export function parseManifests(files: ReadonlyMap<string, string>, origin: string): ManifestTree {
  const tree = new Map<string, KubernetesObject>();
  for (const [file, text] of files) {
    // Set-up files (Helm values, a Kind config) are not objects; their changes show in git diff.
    if (isSetupFile(file)) continue;
    // Synth's record of the files it wrote is no manifest.
    if (file === RECORD_FILE) continue;
    let docs: unknown[];
    try {
      docs = parseDocuments(file, text).map((d) => d.object);
    } catch (err) {
      throw new LabError(`${origin}${file}: not valid YAML: ${describeYamlError(err)}`);
    }
    const [doc] = docs;
    if (docs.length !== 1 || !isObject(doc)) {
      throw new LabError(`${origin}${file}: expected one Kubernetes object, found ${docs.length} documents`);
    }
    tree.set(file, doc);
  }
  return tree;
}

function isObject(doc: unknown): doc is KubernetesObject {
  const m = doc as KubernetesObject;
  return !!m && typeof m === 'object' && typeof m.apiVersion === 'string' && typeof m.kind === 'string' &&
    typeof m.metadata === 'object' && m.metadata !== null && typeof m.metadata.name === 'string';
}

/** The identity of the object in `file`. */
export function refOf(file: string, m: KubernetesObject): ObjectRef {
  return {
    folder: folderOf(file),
    group: m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : '',
    kind: m.kind,
    ...(typeof m.metadata.namespace === 'string' ? { namespace: m.metadata.namespace } : {}),
    name: m.metadata.name,
  };
}

/** A string key equal for equal refs. */
export function refKey(ref: ObjectRef): string {
  return [ref.folder, ref.group, ref.kind, ref.namespace ?? '', ref.name].join('\u0000');
}

/** `Kind namespace/name`, as reports name an object. */
export function describeRef(ref: ObjectRef, withGroup = false): string {
  const kind = withGroup && ref.group ? `${ref.kind}.${ref.group}` : ref.kind;
  return `${kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}
