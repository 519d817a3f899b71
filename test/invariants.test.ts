import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSetupFile } from '../charts/lab-file';
import { LAB } from '../lab';
import { listFiles } from '../tools/synth/write';
import { DIST, lab, readYaml, walk } from './support/lab';
import type { KubernetesObject } from '../tools/synth/render';

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet'];

/** The root an object is deployed from: a hub environment, or the experiments (on any hub). */
function deployRoot(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'hub' ? `hub/${parts[1]}` : parts[0];
}

function groupOf(m: KubernetesObject): string {
  return m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : '';
}

/** Application sources that are folders of the lab's own repository, as `{ app, path }`. */
function pathSources() {
  const out: Array<{ app: string; file: string; path: string; repoURL: string }> = [];
  for (const { file, manifest } of lab().objects) {
    if (manifest.kind !== 'Application') continue;
    const spec = manifest.spec as { sources?: Array<{ path?: string; repoURL: string }>; source?: { path?: string; repoURL: string } };
    for (const source of [...(spec.sources ?? []), ...(spec.source ? [spec.source] : [])]) {
      // An OCI chart's path ('.') is inside the pulled artifact, and an upstream repository's
      // folder (the Gateway API's CRDs) is not one of the lab's: neither is a folder of dist/.
      if (source.path !== undefined && source.repoURL === LAB.repository.url) {
        out.push({ app: manifest.metadata.name, file, path: source.path, repoURL: source.repoURL });
      }
    }
  }
  return out;
}

describe('the synthesized tree', () => {
  const tree = lab();

  it('has Applications whose folders exist and hold objects', () => {
    const folders = new Set(tree.objects.map((o) => `dist/${o.folder}`));
    const sources = pathSources();
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(folders.has(s.path), `${s.file}: Application ${s.app} points at ${s.path}, which holds no objects`).toBe(true);
    }
  });

  it('points every Application folder of the committed dist/ at a folder that exists on disk', () => {
    for (const s of pathSources()) {
      const dir = path.join(DIST, '..', s.path);
      expect(fs.existsSync(dir) && fs.readdirSync(dir).length > 0, `${s.path} (from ${s.file}) is missing in the repository`).toBe(true);
    }
  });

  it('gives each folder to exactly one Application', () => {
    const owners = new Map<string, string>();
    for (const s of pathSources()) {
      const other = owners.get(s.path);
      expect(other, `${s.path} is synced by both ${other} and ${s.app}`).toBeUndefined();
      owners.set(s.path, s.app);
    }
  });

  it('keeps only Kubernetes objects in dist/, one per YAML file, set-up files aside in folders no Application syncs', () => {
    const all = [...listFiles(DIST)];
    const setup = all.filter(isSetupFile);
    expect(setup).toContain('hub/kind/bootstrap/install/kind-cluster.yaml');
    const synced = new Set(pathSources().map((s) => s.path));
    for (const file of setup) expect(synced.has(`dist/${path.dirname(file)}`), `dist/${file} is in a synced folder`).toBe(false);
    const files = all.filter((f) => !isSetupFile(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.endsWith('.yaml'), `dist/${file} is not a YAML manifest`).toBe(true);
      const docs = readYaml(path.join(DIST, file)) as KubernetesObject[];
      expect(docs.length, `dist/${file} holds ${docs.length} documents`).toBe(1);
      const [m] = docs;
      expect(typeof m.apiVersion === 'string' && typeof m.kind === 'string' && typeof m.metadata?.name === 'string',
        `dist/${file} is not a Kubernetes object`).toBe(true);
    }
  });

  it('defines no object twice in what one cluster runs', () => {
    const roots = new Set(tree.objects.map((o) => deployRoot(o.file)));
    const shared = tree.objects.filter((o) => !o.file.startsWith('hub/'));
    for (const root of [...roots].filter((r) => r.startsWith('hub/'))) {
      const seen = new Map<string, string>();
      for (const o of [...tree.objects.filter((x) => deployRoot(x.file) === root), ...shared]) {
        const m = o.manifest;
        const key = `${groupOf(m)}/${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
        expect(seen.get(key), `${key} is defined in ${seen.get(key)} and ${o.file}`).toBeUndefined();
        seen.set(key, o.file);
      }
    }
  });

  it('holds no Secret with data', () => {
    for (const { file, manifest } of tree.objects) {
      if (manifest.kind === 'Secret') {
        expect(manifest.data ?? manifest.stringData, `${file} carries secret data`).toBeUndefined();
      }
    }
  });

  it('pins every image', () => {
    let images = 0;
    for (const { file, manifest } of tree.objects) {
      walk(manifest, (node, at) => {
        const image = node.image;
        if (typeof image === 'string') {
          images += 1;
          const name = image.slice(image.lastIndexOf('/') + 1);
          const pinned = image.includes('@sha256:') || (name.includes(':') && !name.endsWith(':latest'));
          expect(pinned, `${file} ${at}.image ${image} is not pinned to a version`).toBe(true);
        } else if (image && typeof image === 'object' && 'tag' in image) {
          expect((image as { tag: unknown }).tag, `${file} ${at}.image.tag`).not.toBe('latest');
        }
      });
    }
    // The lab's own workloads and the Applications' chart values name images: none found means the walk is broken.
    expect(images).toBeGreaterThan(10);
  });

  it("gives the lab's own workloads requests, limits and a non-root security context", () => {
    let podSpecs = 0;
    for (const { file, manifest } of tree.objects) {
      walk(manifest, (node, at) => {
        if (at.includes('valuesObject') || !Array.isArray(node.containers)) return;
        podSpecs += 1;
        const podNonRoot = (node.securityContext as { runAsNonRoot?: boolean } | undefined)?.runAsNonRoot === true;
        for (const c of node.containers as Array<Record<string, any>>) {
          const where = `${file} ${at}.containers[${c.name}]`;
          expect(c.resources?.requests?.cpu ?? c.resources?.requests?.memory, `${where} has no requests`).toBeDefined();
          expect(c.resources?.limits?.memory, `${where} has no memory limit`).toBeDefined();
          expect(podNonRoot || c.securityContext?.runAsNonRoot === true, `${where} may run as root`).toBe(true);
        }
      });
      if (WORKLOAD_KINDS.includes(manifest.kind)) {
        expect(JSON.stringify(manifest).includes('"containers"'), `${file} is a workload without containers`).toBe(true);
      }
    }
    expect(podSpecs).toBeGreaterThan(0);
  });

  it('gives every Argo container and script template requests, limits and a non-root security context', () => {
    let steps = 0;
    for (const { file, manifest } of tree.objects) {
      if (!['WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'Workflow'].includes(manifest.kind)) continue;
      walk(manifest, (node, at) => {
        if (!Array.isArray(node.templates)) return;
        const podNonRoot = (node.securityContext as { runAsNonRoot?: boolean } | undefined)?.runAsNonRoot === true;
        for (const t of node.templates as Array<Record<string, any>>) {
          const c = t.container ?? t.script;
          if (!c) continue;
          steps += 1;
          const where = `${file} ${at}.templates[${t.name}]`;
          expect(c.resources?.requests?.cpu ?? c.resources?.requests?.memory, `${where} has no requests`).toBeDefined();
          expect(c.resources?.limits?.memory, `${where} has no memory limit`).toBeDefined();
          expect(c.securityContext?.runAsNonRoot === true || podNonRoot, `${where} may run as root`).toBe(true);
        }
      });
    }
    expect(steps).toBeGreaterThan(0);
  });
});
