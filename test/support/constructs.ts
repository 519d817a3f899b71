import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
import { AppOfApps } from '../../constructs/argocd/app-of-apps';

/** A manifest as the tests read it. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  [key: string]: any;
}

/** A throwaway app-of-apps to build constructs in, with its app. */
export function testSite(): { app: App; site: AppOfApps } {
  const app = new App();
  const site = new AppOfApps(app, 'site', {
    repository: { url: 'https://example.org/lab.git', revision: 'main' },
    path: 'test/site', projectName: 'site', projectDescription: 'test',
  });
  return { app, site };
}

const rendered = new WeakMap<App, { readonly constructs: number; readonly manifests: Manifest[] }>();

/**
 * Every manifest of an app's charts, in the order `chart.toJson()` gives them. cdk8s's
 * `Chart.toJson()` resolves and validates the whole app for each chart (quadratic in a hub's size);
 * here the first chart's does it once, and the others are converted the way it converts a chart
 * (its API objects in dependency order). Kept per app while the app's tree does not grow.
 */
export function manifestsOf(app: App): Manifest[] {
  const constructs = app.node.findAll().length;
  const known = rendered.get(app);
  if (known && known.constructs === constructs) return known.manifests;
  const [first, ...rest] = app.charts;
  const manifests = first === undefined ? [] : [
    ...(first.toJson() as Manifest[]),
    ...rest.flatMap((chart) => new DependencyGraph(chart.node).topology()
      .filter((x): x is ApiObject => x instanceof ApiObject && Chart.of(x) === chart)
      .map((o) => o.toJson() as Manifest)),
  ];
  rendered.set(app, { constructs, manifests });
  return manifests;
}

/** The manifest of a kind and name; throws listing what there is when it is absent. */
export function findManifest(app: App, kind: string, name: string): Manifest {
  const all = manifestsOf(app);
  const found = all.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} among ${all.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
}
