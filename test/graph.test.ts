import fs from 'node:fs';
import path from 'node:path';
import { App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { AppProject } from '../constructs/argocd/app-project';
import { Component, ComponentProps } from '../constructs/argocd/component';
import { recordWiring, wiringOf } from '../constructs/core/wiring';
import { architectureDocument } from '../tools/graph';
import { ARCHITECTURE_DOC, renderDocument } from '../tools/graph/document';
import { readModel } from '../tools/graph/model';
import { ROOT } from './support/lab';

/** A component of the test site: one ConfigMap, so it has a folder. */
class Part extends Component {
  public readonly settings: kplus.ConfigMap;
  public constructor(scope: Construct, id: string, props: ComponentProps = {}) {
    super(scope, id, props, { name: id, namespace: id });
    this.settings = new kplus.ConfigMap(this.objects, 'settings', { data: { a: 'b' } });
  }
}

function tinyLab() {
  const app = new App();
  const site = new AppOfApps(app, 'site', {
    repository: { url: 'https://example.org/lab.git', revision: 'main' }, path: 'hub/test', projectName: 'hub', projectDescription: 'test',
  });
  const vault = new Part(site, 'vault');
  const store = new Part(site, 'store', { dependsOn: [vault] });
  const load = new Part(site, 'load');
  return { app, site, vault, store, load };
}

describe('docs/architecture.md', () => {
  it('is up to date with the constructs', () => {
    const file = path.join(ROOT, ARCHITECTURE_DOC);
    expect(fs.existsSync(file), `${ARCHITECTURE_DOC} is missing: run npm run graph and commit it`).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), `${ARCHITECTURE_DOC} is stale: run npm run graph and commit it`).toBe(architectureDocument());
  });
});

describe('the diagrams', () => {
  it('group Applications by sync wave, with an arrow from each dependency', () => {
    const { app } = tinyLab();
    const doc = renderDocument(readModel(app, []));
    expect(doc).toContain('subgraph n_wave_0["wave 0"]');
    expect(doc).toContain('subgraph n_wave_1["wave 1"]');
    expect(doc).toContain('n_site_Apps_vault --> n_site_Apps_store');
    expect(doc).toContain('n_site_Apps_store -.->|depends on| n_site_Apps_vault');
  });

  it('draw recorded wiring between the Applications that deploy each end', () => {
    const { app, vault, store, load } = tinyLab();
    recordWiring(store.settings, vault, 'secrets');
    recordWiring(load, store.objects, 'load');
    const doc = renderDocument(readModel(app, []));
    expect(doc).toContain('n_site_Apps_store -->|"secrets"| n_site_Apps_vault');
    expect(doc).toContain('n_site_Apps_load -->|"load"| n_site_Apps_store');
  });

  it('show a parent Application that syncs an app-of-apps', () => {
    const { app, site } = tinyLab();
    const root = new (class extends Construct {})(app, 'root');
    const other = new AppOfApps(root, 'experiment', {
      repository: site.repository, path: 'experiments/x', projectName: 'x', projectDescription: 'test',
    });
    new Part(other, 'target');
    other.addParentApplication(site.applications, 'x', { name: 'x', project: AppProject.fromName('hub') });
    const doc = renderDocument(readModel(app, []));
    expect(doc).toContain('n_site -->|x| n_root_experiment');
    expect(doc).toContain('## App-of-apps `experiment`');
  });
});

describe('recordWiring', () => {
  it('keeps wiring in its own construct tree', () => {
    const a = tinyLab();
    const b = tinyLab();
    recordWiring(a.store, a.vault, 'secrets');
    expect(wiringOf(a.app).map((w) => [w.from.node.path, w.to.node.path, w.label])).toEqual([['site/store', 'site/vault', 'secrets']]);
    expect(wiringOf(b.app)).toEqual([]);
    expect(() => recordWiring(a.store, b.vault, 'secrets')).toThrow(/site\/store: cannot wire to site\/vault, which belongs to another construct tree/);
  });

  it('refuses a label that would break a diagram', () => {
    const { store, vault } = tinyLab();
    expect(() => recordWiring(store, vault, '')).toThrow(/site\/store: wiring label "" is invalid/);
    expect(() => recordWiring(store, vault, 'a|b')).toThrow(/wiring label "a\|b" is invalid/);
    expect(() => recordWiring(store, store, 'self')).toThrow(/cannot wire a construct to itself/);
  });
});
