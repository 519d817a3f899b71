import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/**
 * The layout of the derived validation schemas under imports/schemas/, shared by the import step
 * that writes them and the validator that reads them.
 */
export const SCHEMAS_DIR = path.join(PROJECT_ROOT, 'imports', 'schemas');

/** The index: which schema file and definition validates each apiVersion/kind. */
export const INDEX_FILE = 'index.json';

/** The Kubernetes API definitions; the CRD group files refer to its ObjectMeta. */
export const KUBERNETES_FILE = 'kubernetes.json';

/** The reference every CRD kind uses for its `metadata`. */
export const OBJECT_META_REF = `${KUBERNETES_FILE}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`;

/** The content of index.json. */
export interface SchemaIndex {
  /** `<apiVersion>/<kind>` to a schema reference `<file>#/definitions/<name>`. */
  readonly kinds: Readonly<Record<string, string>>;
}

/** The index key of an apiVersion/kind pair, e.g. `apps/v1/Deployment` or `v1/Service`. */
export function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** The schema file a reference points into (`argoproj.io.json#/...` gives `argoproj.io.json`). */
export function fileOfRef(ref: string): string {
  return ref.slice(0, ref.indexOf('#'));
}
