import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../tools/paths';
import { main } from '../tools/validate';
import { formatIssue, parseDocuments, SchemaStore, validateObjects, validateTree } from '../tools/validate/index';
import { temporaryFolders } from './support/temp-folders';

const DIST = path.join(PROJECT_ROOT, 'dist');
const FILE = 'fixture.yaml';
const store = SchemaStore.shared();

/** Validates objects given in memory; returns the error lines as `npm run validate` prints them. */
function errorsOf(...objects: unknown[]): string[] {
  return validateObjects(objects.map((object, i) => ({ file: FILE, document: i + 1, object })), store).map(formatIssue);
}

/** Same, from YAML text, so fixtures read like the manifests in dist/. */
function errorsOfYaml(text: string): string[] {
  return validateObjects(parseDocuments(FILE, text), store).map(formatIssue);
}

function deployment(overrides: { spec?: Record<string, unknown>; container?: Record<string, unknown>; metadata?: Record<string, unknown> } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'demo', ...overrides.metadata },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx:1.27.3', ...overrides.container }] },
      },
      ...overrides.spec,
    },
  };
}

function application(spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'openbao', namespace: 'argocd', ...metadata },
    spec: {
      project: 'hub',
      destination: { server: 'https://kubernetes.default.svc', namespace: 'openbao' },
      sources: [{ repoURL: 'https://openbao.github.io/openbao-helm', chart: 'openbao', targetRevision: '0.9.0' }],
      ...spec,
    },
  };
}

const SERVICE = `
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: demo
spec:
  selector:
    app: web
  ports:
`;

describe('the committed dist/ tree', () => {
  it('validates with no errors', () => {
    const files = fs.existsSync(DIST) ? fs.readdirSync(DIST, { recursive: true }).filter((f) => String(f).endsWith('.yaml')) : [];
    expect(files.length, 'dist/ holds no YAML: run `npm run synth` to write it').toBeGreaterThan(0);
    const report = validateTree(DIST, store);
    expect(report.issues.map(formatIssue)).toEqual([]);
    expect(report.objects).toBeGreaterThan(0);
  });
});

describe('valid objects', () => {
  it('accepts a complete Deployment and Application', () => {
    expect(errorsOf(deployment(), application({}))).toEqual([]);
  });

  it('accepts a name or a number where Kubernetes takes int-or-string', () => {
    expect(errorsOfYaml(`${SERVICE}    - name: http\n      port: 80\n      targetPort: http\n    - name: metrics\n      port: 9090\n      targetPort: 9090\n`)).toEqual([]);
    const rolling = { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } } };
    const resources = { resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: 1, memory: '128Mi' } } };
    expect(errorsOf(deployment({ spec: rolling, container: resources }))).toEqual([]);
  });

  it('accepts any content where a CRD preserves unknown fields', () => {
    const helm = { valuesObject: { server: { ha: { enabled: true, replicas: 3 } }, anything: ['goes'] } };
    const sources = [{ repoURL: 'https://openbao.github.io/openbao-helm', chart: 'openbao', targetRevision: '0.9.0', helm }];
    expect(errorsOf(application({ sources }))).toEqual([]);
  });

  it('reads YAML like the Kubernetes tooling: an unquoted date is a string', () => {
    expect(errorsOfYaml('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dates\ndata:\n  since: 2024-01-31\n')).toEqual([]);
  });
});

describe('invalid objects', () => {
  it('reports an unknown field in a Deployment', () => {
    expect(errorsOf(deployment({ container: { imagePullPolicyy: 'Always' } }))).toEqual([
      'fixture.yaml: Deployment demo/web: spec.template.spec.containers[0].imagePullPolicyy: unknown field',
    ]);
  });

  it('reports a wrong type', () => {
    expect(errorsOf(deployment({ spec: { replicas: 'two' } }))).toEqual([
      'fixture.yaml: Deployment demo/web: spec.replicas: expected integer, got "two"',
    ]);
  });

  it('reports a null where a value is expected', () => {
    expect(errorsOf(deployment({ container: { image: null } }))).toEqual([
      'fixture.yaml: Deployment demo/web: spec.template.spec.containers[0].image: expected string, got null',
    ]);
  });

  it('names label keys in brackets', () => {
    expect(errorsOf(deployment({ metadata: { labels: { 'app.kubernetes.io/name': 1 } } }))).toEqual([
      'fixture.yaml: Deployment demo/web: metadata.labels["app.kubernetes.io/name"]: expected string, got 1',
    ]);
  });

  it('reports a value outside an enum', () => {
    const cluster = {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name: 'db', namespace: 'demo' },
      spec: { instances: 1, primaryUpdateStrategy: 'manual' },
    };
    expect(errorsOf(cluster)).toEqual([
      'fixture.yaml: Cluster demo/db: spec.primaryUpdateStrategy: expected one of "unsupervised", "supervised", got "manual"',
    ]);
  });

  it('reports a missing required field in a Kubernetes object', () => {
    expect(errorsOfYaml(`${SERVICE}    - name: http\n      targetPort: http\n`)).toEqual([
      'fixture.yaml: Service demo/web: spec.ports[0]: missing required field "port"',
    ]);
  });

  it('reports a missing required field in a CRD object', () => {
    const app = application({});
    delete (app.spec as Record<string, unknown>).destination;
    expect(errorsOf(app)).toEqual(['fixture.yaml: Application argocd/openbao: spec: missing required field "destination"']);
  });

  it('reports an unknown field in a CRD object, at any depth', () => {
    const sources = [{ repoURL: 'https://example.org/charts', chart: 'openbao', targetRevision: '0.9.0', foo: true }];
    expect(errorsOf(application({ foo: 1, sources }))).toEqual([
      'fixture.yaml: Application argocd/openbao: spec.foo: unknown field',
      'fixture.yaml: Application argocd/openbao: spec.sources[0].foo: unknown field',
    ]);
  });

  it('checks a CRD object\'s metadata as Kubernetes ObjectMeta', () => {
    expect(errorsOf(application({}, { labelz: { a: 'b' } }))).toEqual([
      'fixture.yaml: Application argocd/openbao: metadata.labelz: unknown field',
    ]);
  });

  it('names the fields of an exclusive choice that sets more than one', () => {
    const rule = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: { name: 'web', namespace: 'demo' },
      spec: { host: 'web', trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN', consistentHash: { useSourceIp: true } } } },
    };
    expect(errorsOf(rule)).toEqual([
      'fixture.yaml: DestinationRule demo/web: spec.trafficPolicy.loadBalancer: sets more than one of the exclusive fields "simple", "consistentHash"',
    ]);
  });

  it('reports a kind that has no schema, and a version that has none', () => {
    const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'demo' } };
    const oldApp = { ...application({}), apiVersion: 'argoproj.io/v1beta1' };
    expect(errorsOf(widget, oldApp)).toEqual([
      'fixture.yaml: Widget demo/w: no schema for apiVersion "example.com/v1", kind "Widget"',
      'fixture.yaml: Application argocd/openbao: no schema for apiVersion "argoproj.io/v1beta1", kind "Application" (Application has a schema for argoproj.io/v1alpha1)',
    ]);
  });

  it('reports a document that is not a Kubernetes object, by its place in the file', () => {
    expect(errorsOfYaml('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n---\nreplicaCount: 2\n---\n')).toEqual([
      'fixture.yaml: document 2: not a Kubernetes object (apiVersion and kind must be strings)',
    ]);
  });
});

describe('npm run validate', () => {
  const tempDir = temporaryFolders('lab-validate-');
  const tree = (files: Record<string, string>) => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      return { code: await main(args), lines };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };
  it('exits 0 and prints a summary when every object is valid', async () => {
    const dir = tree({ 'a/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n' });
    const { code, lines } = await run([dir]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^validate: 1 objects in 1 files, 0 errors \(\d+\.\d\d s\)$/);
  });

  it('exits 1 and prints one line per error, then the summary', async () => {
    const dir = tree({ 'bad.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\nspec:\n  finalizerz: []\n', 'broken.yaml': 'a: [1\n' });
    const { code, lines } = await run([dir]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${path.join(dir, 'broken.yaml')}: not valid YAML: unexpected end of the stream within a flow collection (line 2, column 1)`);
    expect(lines[1]).toBe(`${path.join(dir, 'bad.yaml')}: Namespace demo: spec.finalizerz: unknown field`);
    expect(lines[2]).toMatch(/^validate: 1 objects in 2 files, 2 errors /);
  });

  it('exits 2 when the folder is missing or holds no YAML', async () => {
    const missing = await run([path.join(os.tmpdir(), 'lab-validate-absent')]);
    expect(missing.code).toBe(2);
    expect(missing.lines.join('\n')).toMatch(/lab-validate-absent is missing/);
    const empty = await run([tree({ 'README.md': 'not a manifest' })]);
    expect(empty.code).toBe(2);
    expect(empty.lines.join('\n')).toMatch(/no \*\.yaml files under /);
  });
});

describe('compiled validators kept between runs', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('writes them once, loads them on the next run, and reports the same errors', () => {
    // Inside the project: the cached code requires Ajv's runtime from its node_modules.
    fs.mkdirSync(path.join(PROJECT_ROOT, '.build'), { recursive: true });
    const cacheDir = fs.mkdtempSync(path.join(PROJECT_ROOT, '.build', 'test-validators-'));
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-validate-cache-'));
    dirs.push(cacheDir, tree);
    fs.writeFileSync(path.join(tree, 'd.yaml'), [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web, namespace: demo}',
      'spec: {replicas: two, selector: {}, template: {spec: {containers: [{name: web, image: "nginx:1.27", imagePullPolcy: Always}]}}}', '',
    ].join('\n'));
    const fresh = validateTree(tree, new SchemaStore(undefined, cacheDir)).issues.map(formatIssue);
    const files = fs.readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    const again = validateTree(tree, new SchemaStore(undefined, cacheDir)).issues.map(formatIssue);
    expect(fs.readdirSync(cacheDir)).toEqual(files);
    expect(again).toEqual(fresh);
    expect(again).toEqual(validateTree(tree, new SchemaStore()).issues.map(formatIssue));
    expect(again).toEqual([
      `${path.join(tree, 'd.yaml')}: Deployment demo/web: spec.replicas: expected integer, got "two"`,
      `${path.join(tree, 'd.yaml')}: Deployment demo/web: spec.template.spec.containers[0].imagePullPolcy: unknown field`,
    ]);
  });
});
