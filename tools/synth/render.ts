import { ApiObject, App, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { LabChart } from '../../charts/lab-chart';
import { resolvedJson, withResolvedJson } from '../../charts/resolved-json';
import { LabFile } from '../../charts/lab-file';
import { LabError } from '../../constructs/core/errors';
import { toYaml } from '../../constructs/core/yaml';

/** A synthesized object with the file it goes to. */
export interface RenderedObject {
  /** Path under dist/, e.g. `hub/kind/apps/application-openbao.yaml`. */
  readonly file: string;
  /** The chart's folder under dist/. */
  readonly folder: string;
  readonly manifest: KubernetesObject;
}

export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** Everything a synth produces, before anything is written. */
export interface RenderedTree {
  /** File contents by path under dist/, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  readonly objects: readonly RenderedObject[];
  /** Number of charts that produced at least one object. */
  readonly charts: number;
}

/** What a render makes before any YAML is written: the objects, and the files that are not objects. */
export interface RenderedObjects {
  /** Every object with its file, sorted by file. */
  readonly objects: readonly RenderedObject[];
  /** Files that are not objects (cluster set-up inputs) by path under dist/, with their text. */
  readonly others: ReadonlyMap<string, string>;
  /** Number of charts that produced at least one object. */
  readonly charts: number;
}

/**
 * Turns every LabChart of the app into files: one object per file, named
 * `<folder>/<kind>-<name>.yaml` (with the namespace when two objects of a kind share a name).
 * Throws on anything that would make the tree ambiguous: two charts in one folder, two objects
 * in one file, an object without apiVersion, kind or name.
 */
export function renderApp(app: App): RenderedTree {
  const { objects, others, charts } = renderObjects(app);
  const files = new Map(others);
  for (const object of objects) files.set(object.file, toYaml(object.manifest));
  return { files: new Map([...files].sort(([a], [b]) => compare(a, b))), objects, charts };
}

/** The objects and other files of the app's charts, without their YAML. */
export function renderObjects(app: App): RenderedObjects {
  return withResolvedJson(() => renderTree(app));
}

function renderTree(app: App): RenderedObjects {
  const all = app.node.findAll();
  validateOnce(all);
  const charts = all.filter(LabChart.isLabChart);
  const owners = new Map<string, string>();
  const objects: RenderedObject[] = [];
  let nonEmpty = 0;
  for (const chart of charts) {
    const other = owners.get(chart.path);
    if (other !== undefined) {
      throw new LabError(`${chart.node.path}: folder dist/${chart.path} already belongs to ${other}; one chart per folder`);
    }
    owners.set(chart.path, chart.node.path);
    const manifests = objectsOf(chart).map((o) => resolvedJson(o) as KubernetesObject);
    if (manifests.length) nonEmpty += 1;
    manifests.forEach((m) => checkObject(chart.node.path, m));
    for (const [manifest, name] of fileNames(manifests)) {
      objects.push({ file: `${chart.path}/${name}.yaml`, folder: chart.path, manifest });
    }
  }

  objects.sort((a, b) => compare(a.file, b.file));
  const seen = new Set<string>();
  for (const object of objects) {
    if (seen.has(object.file)) {
      throw new LabError(`dist/${object.file} would hold two objects: ${describe(object.manifest)} is defined twice`);
    }
    seen.add(object.file);
  }
  // Files that are not objects (cluster set-up inputs), in folders of their own.
  const others = new Map<string, string>();
  const objectFolders = new Set(objects.map((o) => o.folder));
  for (const file of all.filter(LabFile.isLabFile)) {
    const folder = file.path.split('/').slice(0, -1).join('/');
    if (seen.has(file.path) || others.has(file.path) || objectFolders.has(folder) || owners.has(folder)) {
      throw new LabError(`${file.node.path}: dist/${file.path} would share a folder with Kubernetes objects; give set-up files a folder of their own`);
    }
    others.set(file.path, file.render());
  }
  return { objects, others, charts: nonEmpty };
}

/**
 * Runs every construct's validations once for the whole app. (cdk8s's `Chart.toJson()` would
 * resolve and validate the whole app again for each chart, which grows with charts × constructs.)
 */
function validateOnce(constructs: readonly IConstruct[]): void {
  const errors = constructs.flatMap((c) => c.node.validate().map((e) => `${c.node.path}: ${e}`));
  if (errors.length) throw new LabError(errors.join('\n'));
}

/**
 * The API objects whose closest chart is `chart`, in construct-tree order. Dependency order
 * within a chart is not needed: each object is written to its own file.
 */
function objectsOf(chart: Chart): ApiObject[] {
  return chart.node.findAll().filter((c): c is ApiObject => ApiObject.isApiObject(c) && Chart.of(c) === chart);
}

function checkObject(where: string, m: KubernetesObject): void {
  if (!m || typeof m.apiVersion !== 'string' || typeof m.kind !== 'string' || typeof m.metadata?.name !== 'string') {
    throw new LabError(`${where}: an object lacks apiVersion, kind or metadata.name: ${JSON.stringify(m).slice(0, 200)}`);
  }
}

/**
 * File names of a folder's objects: `<kind>-<name>`, qualified by API group and then by
 * namespace only where two objects of one folder would otherwise share a name.
 */
function fileNames(manifests: readonly KubernetesObject[]): Array<[KubernetesObject, string]> {
  const group = (m: KubernetesObject) => (m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : 'core');
  const forms: Array<(m: KubernetesObject) => string> = [
    (m) => `${m.kind}-${m.metadata.name}`,
    (m) => `${m.kind}.${group(m)}-${m.metadata.name}`,
    (m) => `${m.kind}.${group(m)}-${m.metadata.namespace ?? 'cluster'}-${m.metadata.name}`,
  ];
  return manifests.map((m) => {
    const pick = forms.find((form) => manifests.filter((o) => form(o).toLowerCase() === form(m).toLowerCase()).length === 1) ?? forms[2];
    return [m, pick(m).toLowerCase()];
  });
}

export function describe(m: KubernetesObject): string {
  return `${m.kind} ${m.metadata.namespace ? `${m.metadata.namespace}/` : ''}${m.metadata.name}`;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
