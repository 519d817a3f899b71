/**
 * Strict offline schema validation of synthesized manifests: every object must match the
 * Kubernetes 1.30 API or the pinned CRD schema of its apiVersion/kind, with no unknown fields.
 * The schemas are the ones `npm run import` derived into imports/schemas/.
 */
import { readManifests } from './read-manifests';
import type { ValidationIssue } from './issue';
import { SchemaStore } from './schema-store';
import { validateObjects } from './validate-objects';

export { formatIssue, type ValidationIssue } from './issue';
export { objectLabel, type Manifest } from './manifest';
export { parseDocuments, readManifests } from './read-manifests';
export { SchemaStore } from './schema-store';
export { validateObjects } from './validate-objects';

/** The outcome of validating a folder of manifests. */
export interface TreeReport {
  readonly files: number;
  readonly objects: number;
  readonly issues: readonly ValidationIssue[];
}

/** Validates every manifest file under `dir`: unparsable files and invalid objects are issues. */
export function validateTree(dir: string, store: SchemaStore = SchemaStore.shared()): TreeReport {
  const { files, manifests, issues } = readManifests(dir);
  store.precompile(manifests.flatMap(({ object }) => {
    const o = object as { apiVersion?: unknown; kind?: unknown } | null;
    return o && typeof o.apiVersion === 'string' && typeof o.kind === 'string' ? [{ apiVersion: o.apiVersion, kind: o.kind }] : [];
  }));
  return { files: files.length, objects: manifests.length, issues: [...issues, ...validateObjects(manifests, store)] };
}
