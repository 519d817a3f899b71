import { App } from 'cdk8s';
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

/** Every manifest of an app's charts. */
export function manifestsOf(app: App): Manifest[] {
  return app.charts.flatMap((c) => c.toJson() as Manifest[]);
}

/** The manifest of a kind and name; throws listing what there is when it is absent. */
export function findManifest(app: App, kind: string, name: string): Manifest {
  const all = manifestsOf(app);
  const found = all.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} among ${all.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
}
