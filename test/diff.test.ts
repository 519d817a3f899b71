import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { main as diff, parseDiffArgs, runDiff } from '../tools/diff';
import { runMain } from './support/capture';
import { readCommittedFolder } from '../tools/diff/git';
import { compareTrees, diffFields, exitCodeOf, folderOwners, formatMarkdown, formatText, parseManifests } from '../tools/diff/index';
import { diffLines } from '../tools/diff/lines';
import { lab, ROOT } from './support/lab';

/** A small dist/ tree: a root Application in bootstrap/, one component Application, its objects. */
function distFiles(): Map<string, string> {
  const app = (name: string, folder: string) => ({
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name, namespace: 'argocd' },
    spec: { project: 'hub', sources: [{ repoURL: 'https://example.org/lab.git', targetRevision: 'HEAD', path: `dist/${folder}` }] },
  });
  const deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop', labels: { tier: 'front' } },
    spec: {
      replicas: 1,
      template: {
        spec: {
          containers: [
            { name: 'web', image: 'nginx:1.27', args: ['--port', '80'] },
            { name: 'sidecar', image: 'envoy:1.30' },
          ],
        },
      },
    },
  };
  const objects: Record<string, unknown> = {
    'hub/lab/bootstrap/application-hub.yaml': app('hub', 'hub/lab/apps'),
    'hub/lab/apps/application-shop.yaml': app('shop', 'hub/lab/shop'),
    'hub/lab/shop/deployment-web.yaml': deployment,
    'hub/lab/shop/configmap-settings.yaml': { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { mode: 'on' } },
  };
  return new Map(Object.entries(objects).map(([file, object]) => [file, yaml.dump(object)]));
}

const tree = (files: Map<string, string>) => parseManifests(files, 'test:');
const edit = (files: Map<string, string>, file: string, change: (o: any) => void) => {
  const object = yaml.load(files.get(file)!) as any;
  change(object);
  return new Map(files).set(file, yaml.dump(object));
};

describe('diffFields', () => {
  it('finds nothing between equal objects, whatever the order of their keys', () => {
    expect(diffFields({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('names changed, added and removed leaves by path', () => {
    expect(diffFields(
      { spec: { replicas: 1, paused: false }, metadata: { annotations: { 'a.io/x': '1' } } },
      { spec: { replicas: 2, selector: { app: 'web' } }, metadata: { annotations: {} } },
    )).toEqual([
      { path: 'metadata.annotations["a.io/x"]', change: 'removed', before: '1' },
      { path: 'spec.paused', change: 'removed', before: false },
      { path: 'spec.replicas', change: 'changed', before: 1, after: 2 },
      { path: 'spec.selector', change: 'added', after: { app: 'web' } },
    ]);
  });

  it('shows a small new map whole and spells out a larger one', () => {
    expect(diffFields({ to: [] }, { to: [{ server: 's', namespace: 'n' }] })).toEqual([
      { path: 'to[0]', change: 'added', after: { namespace: 'n', server: 's' } },
    ]);
    expect(diffFields({}, { spec: { template: { image: 'x:1' }, replicas: 1 } })).toEqual([
      { path: 'spec.replicas', change: 'added', after: 1 },
      { path: 'spec.template', change: 'added', after: { image: 'x:1' } },
    ]);
  });

  it('aligns unnamed lists on their equal items, and order matters', () => {
    expect(diffFields({ repos: ['a', 'c', 'd'] }, { repos: ['a', 'b', 'c', 'd', 'e'] })).toEqual([
      { path: 'repos[1]', change: 'added', after: 'b' },
      { path: 'repos[4]', change: 'added', after: 'e' },
    ]);
    expect(diffFields({ args: ['--port', '80'] }, { args: ['--port', '8080'] })).toEqual([
      { path: 'args[1]', change: 'changed', before: '80', after: '8080' },
    ]);
    expect(diffFields({ args: ['a', 'b'] }, { args: ['b', 'a'] })).toEqual([
      { path: 'args[0]', change: 'removed', before: 'a' },
      { path: 'args[1]', change: 'added', after: 'a' },
    ]);
    expect(diffFields({ to: [{ ns: 'x', s: 1 }] }, { to: [{ s: 1, ns: 'x' }] })).toEqual([]);
  });

  it('matches list items by name, and still reports a new order', () => {
    const before = { containers: [{ name: 'a', image: 'a:1' }, { name: 'b', image: 'b:1' }] };
    expect(diffFields(before, { containers: [{ name: 'new', image: 'n:1' }, ...before.containers] })).toEqual([
      { path: 'containers[name=new]', change: 'added', after: { image: 'n:1', name: 'new' } },
    ]);
    expect(diffFields(before, { containers: [before.containers[1], before.containers[0]] })).toEqual([
      { path: 'containers (order)', change: 'changed', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });

  it('reports a change of shape as one change', () => {
    expect(diffFields({ v: { a: 1 } }, { v: 'x' })).toEqual([{ path: 'v', change: 'changed', before: { a: 1 }, after: 'x' }]);
    expect(diffFields({ v: {} }, { v: [] })).toEqual([{ path: 'v', change: 'changed', before: {}, after: [] }]);
  });
});

describe('compareTrees', () => {
  it('finds no change between identical trees: exit status 0', () => {
    const diff = compareTrees(tree(distFiles()), tree(distFiles()));
    expect(diff.applications).toEqual([]);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
    expect(exitCodeOf(diff)).toBe(0);
  });

  it('ignores keys written in another order', () => {
    const files = distFiles();
    const file = 'hub/lab/shop/deployment-web.yaml';
    const reordered = new Map(files).set(file, yaml.dump(yaml.load(files.get(file)!), { sortKeys: (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0) }));
    expect(reordered.get(file)).not.toBe(files.get(file));
    expect(exitCodeOf(compareTrees(tree(files), tree(reordered)))).toBe(0);
  });

  it('reports an added object under the Application that syncs its folder: exit status 1', () => {
    const after = new Map(distFiles()).set('hub/lab/shop/service-web.yaml',
      yaml.dump({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' } }));
    const diff = compareTrees(tree(distFiles()), tree(after));
    expect(diff.applications.map((a) => [a.label, a.added.map((r) => `${r.kind} ${r.name}`), a.removed, a.changed])).toEqual([
      ['shop (hub/lab)', ['Service web'], [], []],
    ]);
    expect(exitCodeOf(diff)).toBe(1);
  });

  it('reports a removed object', () => {
    const after = new Map(distFiles());
    after.delete('hub/lab/shop/configmap-settings.yaml');
    const diff = compareTrees(tree(distFiles()), tree(after));
    expect(diff.counts).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 3 });
    expect(diff.applications[0].removed).toEqual([{ folder: 'hub/lab/shop', group: '', kind: 'ConfigMap', namespace: 'shop', name: 'settings' }]);
  });

  it('reports a changed object with its field paths, old and new values', () => {
    const after = edit(distFiles(), 'hub/lab/shop/deployment-web.yaml', (d) => {
      d.spec.replicas = 2;
      d.spec.template.spec.containers[0].image = 'nginx:1.28';
      d.metadata.labels = { tier: 'front', team: 'shop' };
    });
    const [app] = compareTrees(tree(distFiles()), tree(after)).applications;
    expect(app.changed).toHaveLength(1);
    expect(app.changed[0].fields).toEqual([
      { path: 'metadata.labels.team', change: 'added', after: 'shop' },
      { path: 'spec.replicas', change: 'changed', before: 1, after: 2 },
      { path: 'spec.template.spec.containers[name=web].image', change: 'changed', before: 'nginx:1.27', after: 'nginx:1.28' },
    ]);
  });

  it('gives apps and bootstrap folders to the parent Application', () => {
    const owners = folderOwners(tree(distFiles()));
    expect(Object.fromEntries([...owners].map(([folder, o]) => [folder, `${o.name}@${o.definedIn}`]))).toEqual({
      'hub/lab/apps': 'hub@hub/lab/bootstrap',
      'hub/lab/shop': 'shop@hub/lab/apps',
      'hub/lab/bootstrap': 'hub@hub/lab/bootstrap',
    });
    const after = edit(distFiles(), 'hub/lab/apps/application-shop.yaml', (a) => { a.spec.project = 'shop'; });
    expect(compareTrees(tree(distFiles()), tree(after)).applications.map((a) => a.label)).toEqual(['hub (hub/lab)']);
  });

  it('treats an object whose file is renamed as the same object', () => {
    const files = distFiles();
    const renamed = new Map([...files].map(([f, t]) => [f.replace('configmap-settings', 'configmap.core-settings'), t]));
    expect(exitCodeOf(compareTrees(tree(files), tree(renamed)))).toBe(0);
  });

  it('refuses a file that is not one Kubernetes object', () => {
    expect(() => parseManifests(new Map([['x/notes.yaml', 'just: text\n']]), 'HEAD:dist/')).toThrow(
      /HEAD:dist\/x\/notes.yaml: expected one Kubernetes object, found 1 documents/);
  });

  it('names the file once and the place of a YAML error', () => {
    expect(() => parseManifests(new Map([['x/broken.yaml', 'a: [1\n']]), 'HEAD:dist/')).toThrow(
      'HEAD:dist/x/broken.yaml: not valid YAML: unexpected end of the stream within a flow collection (line 2, column 1)');
  });

  it('reads as Kubernetes tooling does: an unquoted date stays a string', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  day: 2024-01-01\n';
    expect(parseManifests(new Map([['x/configmap-c.yaml', text]]), 'HEAD:dist/').get('x/configmap-c.yaml')).toMatchObject({ data: { day: '2024-01-01' } });
  });
});

describe('reports', () => {
  const after = edit(distFiles(), 'hub/lab/shop/configmap-settings.yaml', (c) => { c.data.mode = 'off'; c.data.script = 'a\nb\nc\n'; });
  const diff = compareTrees(tree(distFiles()), tree(after));
  const baseline = { ref: 'HEAD', commit: '0123456789abcdef0123' };

  it('reads as text by Application, object and field', () => {
    expect(formatText(diff, baseline)).toBe([
      'dist/ against HEAD (0123456789ab):',
      '',
      'Application shop (hub/lab)',
      '  ~ ConfigMap shop/settings',
      '      data.mode: "on" -> "off"',
      '      data.script:',
      '        + a',
      '        + b',
      '        + c',
      '',
      '0 added, 0 removed, 1 changed in 1 Application; 3 unchanged.',
      '',
    ].join('\n'));
  });

  it('reads as Markdown for a pull request', () => {
    const md = formatMarkdown(diff, baseline);
    expect(md).toContain('#### Application `shop` (hub/lab)');
    expect(md).toContain('| changed | `ConfigMap shop/settings` (2 fields) |');
    expect(md).toContain(['```diff', '- data.mode: "on"', '+ data.mode: "off"', '@@ data.script @@', '+ a', '+ b', '+ c', '```'].join('\n'));
  });

  it('says so when nothing changed', () => {
    expect(formatText(compareTrees(tree(distFiles()), tree(distFiles())), baseline)).toBe('dist/: no changes against HEAD (0123456789ab); 4 objects compared\n');
  });

  it('diffs text across lines line by line', () => {
    expect(diffLines('a\nb\nc\nd\ne\nf', 'a\nb\nC\nd\ne\nf', 1)).toEqual([
      { op: ' ', text: '...' }, { op: ' ', text: 'b' }, { op: '-', text: 'c' }, { op: '+', text: 'C' }, { op: ' ', text: 'd' }, { op: ' ', text: '...' },
    ]);
  });
});

describe('reading dist/ as committed', () => {
  const repos: string[] = [];
  afterEach(() => repos.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' }).toString().trim();

  /** A repository with the small tree committed under project/dist/. */
  function repository(): { project: string; commit: string } {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-diff-repo-'));
    repos.push(repo);
    const project = path.join(repo, 'project');
    for (const [file, text] of distFiles()) {
      fs.mkdirSync(path.dirname(path.join(project, 'dist', file)), { recursive: true });
      fs.writeFileSync(path.join(project, 'dist', file), text);
    }
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=lab', '-c', 'user.email=lab@example.org', 'commit', '-q', '-m', 'dist');
    return { project, commit: git(repo, 'rev-parse', 'HEAD') };
  }

  it('reads every file at a ref, relative to the folder, from a project below the repository root', () => {
    const { project, commit } = repository();
    const committed = readCommittedFolder(project, 'HEAD', 'dist');
    expect(committed.commit).toBe(commit);
    expect(committed.files).toEqual(new Map([...distFiles()].sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(exitCodeOf(compareTrees(tree(new Map(committed.files)), tree(distFiles())))).toBe(0);
    const changed = edit(distFiles(), 'hub/lab/shop/deployment-web.yaml', (d) => { d.spec.replicas = 3; });
    expect(exitCodeOf(compareTrees(tree(new Map(committed.files)), tree(changed)))).toBe(1);
  });

  it('names a ref that is not a commit', () => {
    const { project } = repository();
    expect(() => readCommittedFolder(project, 'no-such-branch', 'dist')).toThrow(/diff: "no-such-branch" is not a commit in this repository/);
  });
});

describe('npm run diff', () => {
  it('parses its arguments', () => {
    expect(parseDiffArgs([])).toEqual({ against: 'HEAD', markdown: false });
    expect(parseDiffArgs(['--against', 'origin/main', '--markdown'])).toEqual({ against: 'origin/main', markdown: true });
    expect(parseDiffArgs(['--against=HEAD~1'])).toEqual({ against: 'HEAD~1', markdown: false });
    expect(() => parseDiffArgs(['--base', 'x'])).toThrow(/unknown argument "--base"; usage: npm run diff/);
  });

  it('refuses a bad ref or argument with an error of its own (tools/run.cjs prints it, exit 2)', async () => {
    await expect(diff(['--against', 'no-such-ref-anywhere'])).rejects.toThrow('diff: "no-such-ref-anywhere" is not a commit in this repository');
    await expect(diff(['--nope'])).rejects.toMatchObject({ userFacing: true, message: expect.stringMatching(/^diff: unknown argument "--nope"/) });
  });

  it('exits with 0 exactly when dist/ at HEAD is what a synth writes, and 1 otherwise', async () => {
    // test/dist.test.ts checks that dist/ in the work tree equals a fresh synth; Git tells,
    // independently of the diff tool, whether it also equals dist/ at HEAD (always so in CI).
    const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const sameAsHead = git('diff', '--quiet', 'HEAD', '--', 'dist').status === 0
      && git('ls-files', '--others', '--exclude-standard', '--', 'dist').stdout === '';
    // The lab rendered once per worker (support/lab.ts), as `main` renders it.
    const result = await runMain(async (argv) => runDiff(parseDiffArgs(argv), () => lab().files), []);
    expect(result.status).toBe(sameAsHead ? 0 : 1);
    expect(result.stdout.startsWith('dist/: no changes against HEAD')).toBe(sameAsHead);
  });
});
