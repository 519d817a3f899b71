import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { LabError } from '../../constructs/core/errors';
import { PROJECT_ROOT, SHARED_ROOT } from '../paths';
import { INDEX_FILE, KUBERNETES_FILE, OBJECT_META_REF, SCHEMAS_DIR, kindKey, type SchemaIndex } from '../validate/schema-files';

/**
 * Derives the strict validation schemas under imports/schemas/ from the Kubernetes 1.30 OpenAPI
 * definitions and the pinned CRDs in ../shared:
 *
 * - kubernetes.json: every Kubernetes definition, as `#/definitions/<name>`;
 * - <group>.json: one file per CRD API group, a definition `<Kind>.<version>` per served version;
 *   subtrees repeated within a group (Argo's pod templates, Istio's identical versions) are
 *   written once and referenced;
 * - index.json: `<apiVersion>/<kind>` to the definition that validates it.
 *
 * The schemas keep only what a validator checks (types, properties, required, enums, bounds,
 * patterns, combinators) and drop documentation, defaults, formats and CEL rules.
 */

/** A JSON schema node, as read from the definitions or a CRD. */
type Schema = { [keyword: string]: unknown };

const K8S_DEFINITIONS = path.join('kubernetes-schemas', 'v1.30.0', '_definitions.json');

/** Keywords kept as they are. */
const KEPT = new Set([
  'type', 'required', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'minProperties', 'maxProperties', 'uniqueItems', 'multipleOf', '$ref',
]);

/**
 * Keywords dropped: documentation and defaults do not validate; formats are checked leniently by
 * Kubernetes (and int32/int64/byte are no JSON schema formats); CEL rules need a CEL engine;
 * list/map merge hints only steer server-side apply.
 */
const DROPPED = new Set([
  'description', 'default', 'example', 'externalDocs', 'title', 'format', 'x-kubernetes-validations',
  'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type',
  'x-kubernetes-patch-merge-key', 'x-kubernetes-patch-strategy', 'x-kubernetes-unions',
  'x-kubernetes-group-version-kind',
]);

/** Keywords this converter interprets itself. */
const HANDLED = new Set([
  'properties', 'items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'nullable',
  'exclusiveMinimum', 'exclusiveMaximum', 'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource',
]);

/** Subtrees at least this long (as JSON) are written once per group file when they repeat. */
const MIN_SHARED_SIZE = 400;

/** Counts what the conversion had to leave out, for the summary line. */
interface Stats {
  droppedPatterns: number;
}

/**
 * Converts one schema node to a strict JSON schema (draft-07, as Ajv reads it).
 * `structural` is false inside allOf/anyOf/oneOf/not: those only add checks to fields declared
 * outside them, so closing their objects would reject the fields declared outside.
 */
function convert(node: Schema, where: string, structural: boolean, stats: Stats): Schema {
  const out: Schema = {};
  for (const key of Object.keys(node).sort()) {
    if (KEPT.has(key) || DROPPED.has(key) || HANDLED.has(key)) continue;
    throw new LabError(`${where}: schema keyword "${key}" is not handled by tools/import/schemas.ts; add it there`);
  }
  for (const key of KEPT) if (key in node) out[key] = node[key];
  if (typeof out.pattern === 'string' && !compiles(out.pattern)) {
    // Go regular expressions Node cannot read (inline flags and the like) are left to the server.
    delete out.pattern;
    stats.droppedPatterns += 1;
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum.
  if (node.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof out.maximum === 'number') {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  }
  if (isSchema(node.properties)) {
    const properties: Schema = {};
    for (const name of Object.keys(node.properties).sort()) {
      properties[name] = convert(node.properties[name] as Schema, `${where}.${name}`, structural, stats);
    }
    out.properties = properties;
  }
  if (isSchema(node.items)) out.items = convert(node.items, `${where}[]`, structural, stats);
  if (typeof node.additionalProperties === 'boolean') out.additionalProperties = node.additionalProperties;
  if (isSchema(node.additionalProperties)) {
    out.additionalProperties = convert(node.additionalProperties, `${where}.*`, structural, stats);
  }
  if (isSchema(node.not)) out.not = convert(node.not, `${where}(not)`, false, stats);
  for (const junctor of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = node[junctor];
    if (!Array.isArray(branches)) continue;
    const converted = branches.map((branch: Schema, i) => convert(branch, `${where}(${junctor}[${i}])`, false, stats));
    const typeOnly = converted.every((b) => Object.keys(b).length === 1 && typeof b.type === 'string');
    const empties = converted.filter((b) => Object.keys(b).length === 0).length;
    if (typeOnly && out.type === undefined) {
      // `oneOf: [{type: string}, {type: integer}]` (IntOrString, Quantity) reads better as one union type.
      out.type = converted.map((b) => b.type as string).sort();
    } else if ((junctor === 'anyOf' && empties > 0) || (junctor === 'oneOf' && empties > 1)) {
      // Branches told apart only by a dropped keyword (a format) no longer tell anything apart.
    } else {
      out[junctor] = converted;
    }
  }
  if (node['x-kubernetes-int-or-string'] === true) {
    out.type = ['integer', 'string'];
    delete out.anyOf;
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  const props = out.properties as Schema | undefined;
  if (node['x-kubernetes-embedded-resource'] === true && props) {
    // An embedded object is a whole Kubernetes object: its header is implied by the flag.
    props.apiVersion ??= { type: 'string' };
    props.kind ??= { type: 'string' };
    props.metadata ??= { $ref: OBJECT_META_REF };
  }
  if (structural && props && node.additionalProperties === undefined && node['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return sortKeys(out);
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function sortKeys(node: Schema): Schema {
  const out: Schema = {};
  for (const key of Object.keys(node).sort()) out[key] = node[key];
  return out;
}

/** The sub-schemas of a converted node, in a fixed order, and a way to replace them. */
function mapChildren(node: Schema, fn: (child: Schema) => Schema): Schema {
  const out: Schema = { ...node };
  if (isSchema(node.properties)) {
    const properties: Schema = {};
    for (const [name, child] of Object.entries(node.properties)) properties[name] = fn(child as Schema);
    out.properties = properties;
  }
  for (const key of ['items', 'additionalProperties', 'not']) {
    if (isSchema(node[key])) out[key] = fn(node[key] as Schema);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(node[key])) out[key] = (node[key] as Schema[]).map(fn);
  }
  return out;
}

interface Shared {
  readonly size: number;
  /** Occurrences by parent: the parent's JSON, or '' for a definition root. */
  readonly parents: Map<string, number>;
  /** Occurrences left once larger repeats are shared. */
  count: number;
  hoisted: boolean;
}

/**
 * Writes each large subtree that repeats within these definitions once, as `#/definitions/_<hash>`,
 * and refers to it from every place it occurred. A subtree is shared only if it still repeats once
 * the larger repeats around it are shared, so no definition is referenced from a single place.
 */
function shareRepeats(definitions: Record<string, Schema>): Record<string, Schema> {
  const nodes = new Map<string, Shared>();
  const visit = (node: Schema, parent: string): void => {
    const json = JSON.stringify(node);
    let entry = nodes.get(json);
    if (!entry) {
      entry = { size: json.length, parents: new Map(), count: 0, hoisted: false };
      nodes.set(json, entry);
      mapChildren(node, (child) => {
        visit(child, json);
        return child;
      });
    }
    entry.parents.set(parent, (entry.parents.get(parent) ?? 0) + 1);
  };
  for (const name of Object.keys(definitions)) visit(definitions[name], '');
  // A parent's JSON is longer than any child's, so larger-first visits parents before children.
  for (const entry of [...nodes.values()].sort((a, b) => b.size - a.size)) {
    for (const [parent, times] of entry.parents) {
      const p = nodes.get(parent);
      entry.count += times * (!p ? 1 : p.hoisted ? 1 : p.count);
    }
    entry.hoisted = entry.count > 1 && entry.size >= MIN_SHARED_SIZE;
  }
  const out: Record<string, Schema> = {};
  const refName = (json: string) => `_${crypto.createHash('sha1').update(json).digest('hex').slice(0, 12)}`;
  const rebuild = (node: Schema, asBody: boolean): Schema => {
    const json = JSON.stringify(node);
    if (!asBody && nodes.get(json)?.hoisted) {
      const name = refName(json);
      if (!out[name]) out[name] = rebuild(node, true);
      return { $ref: `#/definitions/${name}` };
    }
    return mapChildren(node, (child) => rebuild(child, false));
  };
  for (const name of Object.keys(definitions)) out[name] = rebuild(definitions[name], false);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Folders of ../shared/crds that hold another release channel of kinds pinned elsewhere (Gateway
 * API's experimental channel serves the standard kinds too); a cluster installs one channel, and
 * objects are validated against the standard one.
 */
const ALTERNATIVE_CHANNELS = new Set(['gateway-api-experimental']);

/** Every CRD document in the pinned CRD files, in a stable order. */
function readCrds(): Array<{ file: string; crd: Schema }> {
  const root = path.join(SHARED_ROOT, 'crds');
  const files = fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    // Alternative channels of an upstream (Gateway API's experimental one) redefine its kinds.
    .filter((entry) => !ALTERNATIVE_CHANNELS.has(path.relative(root, entry.parentPath).split(path.sep)[0]))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const crds: Array<{ file: string; crd: Schema }> = [];
  for (const file of files) {
    for (const doc of yaml.loadAll(fs.readFileSync(file, 'utf8'))) {
      if (isSchema(doc) && doc.kind === 'CustomResourceDefinition') crds.push({ file: path.relative(root, file), crd: doc });
    }
  }
  return crds;
}

/** Writes one minified JSON schema file; returns its size in bytes. */
function writeSchemaFile(file: string, definitions: Record<string, Schema>): number {
  const text = `${JSON.stringify({ $id: file, definitions })}\n`;
  fs.writeFileSync(path.join(SCHEMAS_DIR, file), text);
  return Buffer.byteLength(text);
}

/**
 * Regenerates imports/schemas/ from ../shared (see the top of this file); returns a one-line
 * summary such as "412 kinds (...), 3.1 MB".
 */
export function deriveSchemas(): string {
  const stats: Stats = { droppedPatterns: 0 };
  const kinds: Record<string, string> = {};
  const addKind = (apiVersion: string, kind: string, ref: string, source: string) => {
    const key = kindKey(apiVersion, kind);
    if (kinds[key]) throw new LabError(`${source}: ${key} is defined twice (also ${kinds[key]})`);
    kinds[key] = ref;
  };

  const k8s = (JSON.parse(fs.readFileSync(path.join(SHARED_ROOT, K8S_DEFINITIONS), 'utf8')) as { definitions: Record<string, Schema> }).definitions;
  const k8sDefinitions: Record<string, Schema> = {};
  let k8sKinds = 0;
  for (const name of Object.keys(k8s).sort()) {
    k8sDefinitions[name] = convert(k8s[name], name, true, stats);
    // meta/v1's DeleteOptions, Status, WatchEvent claim a kind in every group but are API
    // messages, never objects written to a cluster.
    if (name.startsWith('io.k8s.apimachinery.pkg.apis.meta.v1.')) continue;
    const gvks = (k8s[name]['x-kubernetes-group-version-kind'] ?? []) as Array<{ group: string; version: string; kind: string }>;
    for (const gvk of gvks) {
      addKind(gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, gvk.kind, `${KUBERNETES_FILE}#/definitions/${name}`, K8S_DEFINITIONS);
      k8sKinds += 1;
    }
  }

  const groups = new Map<string, Record<string, Schema>>();
  let crdKinds = 0;
  const crds = readCrds();
  for (const { file, crd } of crds) {
    const spec = crd.spec as { group: string; names: { kind: string }; versions: Array<{ name: string; served: boolean; schema?: { openAPIV3Schema?: Schema } }> };
    const definitions = groups.get(spec.group) ?? {};
    groups.set(spec.group, definitions);
    for (const version of spec.versions) {
      if (!version.served) continue;
      const where = `crds/${file}: ${spec.names.kind} ${version.name}`;
      const schema = version.schema?.openAPIV3Schema;
      if (!schema) throw new LabError(`${where}: no openAPIV3Schema`);
      // Every object has this header; CRDs leave metadata open (or out), the API server does not.
      const withHeader: Schema = {
        ...schema,
        properties: {
          ...(schema.properties as Schema | undefined),
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { $ref: OBJECT_META_REF },
        },
      };
      const name = `${spec.names.kind}.${version.name}`;
      definitions[name] = convert(withHeader, where, true, stats);
      addKind(`${spec.group}/${version.name}`, spec.names.kind, `${spec.group}.json#/definitions/${name}`, where);
      crdKinds += 1;
    }
  }

  fs.rmSync(SCHEMAS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCHEMAS_DIR, { recursive: true });
  let bytes = writeSchemaFile(KUBERNETES_FILE, k8sDefinitions);
  for (const group of [...groups.keys()].sort()) bytes += writeSchemaFile(`${group}.json`, shareRepeats(groups.get(group)!));
  const index: SchemaIndex & { $comment: string } = {
    $comment: `generated by \`npm run import\` (tools/import/schemas.ts) from ../shared/${K8S_DEFINITIONS.split(path.sep).join('/')} and ../shared/crds; do not edit`,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const indexText = `${JSON.stringify(index, null, 1)}\n`;
  fs.writeFileSync(path.join(SCHEMAS_DIR, INDEX_FILE), indexText);
  bytes += Buffer.byteLength(indexText);

  const total = k8sKinds + crdKinds;
  const dropped = stats.droppedPatterns ? `, ${stats.droppedPatterns} patterns Node cannot read left out` : '';
  return `${total} kinds (${k8sKinds} Kubernetes, ${crdKinds} from ${crds.length} CRDs in ${groups.size} groups), ${(bytes / 1e6).toFixed(1)} MB in ${path.relative(PROJECT_ROOT, SCHEMAS_DIR)}/${dropped}`;
}
