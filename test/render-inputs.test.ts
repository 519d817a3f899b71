import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectFilesRead, readProjectFile } from '../constructs/core/project-files';
import { httpBaseline } from '../experiments/http-baseline';
import { Lab } from '../lab/lab';
import { RECORD_FILE } from '../tools/synth/record';
import { sameInputs, type RenderInputs } from '../tools/synth/render-inputs';
import { synthesize, type SynthOptions } from '../tools/synth/synthesize';
import { STATE_DIR } from '../tools/synth/written-state';
import { ROOT, testEnvironment, TEST_LAB } from './support/lab';
import { temporaryFolders } from './support/temp-folders';

afterEach(() => vi.restoreAllMocks());
const tempDir = temporaryFolders('lab-render-inputs-');

/** A hub without experiments, or with http-baseline, whose build reads two project files. */
function smallLab(experiments: Lab['experiments'] = []): Lab {
  return new Lab({ repository: TEST_LAB.repository, runner: TEST_LAB.runner, environments: [testEnvironment()], experiments });
}

/** A cache folder, an output folder, and two files standing for the bundles synth runs from. */
function setUp(lab = smallLab()): { lab: Lab; options: SynthOptions; program: string[]; out: string; builds: () => number } {
  const base = tempDir();
  const program = [path.join(base, 'synth.cjs'), path.join(base, 'synth.libraries.cjs')];
  for (const file of program) fs.writeFileSync(file, '// a bundle\n');
  const out = path.join(base, 'out');
  const build = vi.spyOn(lab, 'build');
  return { lab, program, out, options: { lab, outdir: out, cacheDir: path.join(base, 'cache'), program }, builds: () => build.mock.calls.length };
}

/** Rewrites a file with the same text: a new ctime (and mtime), as a rebuild of the bundle gives it. */
function rewrite(file: string): void {
  const text = fs.readFileSync(file);
  fs.rmSync(file);
  fs.writeFileSync(file, text);
}

describe('a synth whose inputs did not change (ADR 0162)', () => {
  it('renders nothing, and reports what the last render gave', () => {
    const { options, builds } = setUp();
    const first = synthesize(options);
    expect(first.rendered).toBe(true);
    expect(first.written).toBeGreaterThan(50);
    const again = synthesize(options);
    expect(again).toEqual({
      written: 0, removed: 0, unchanged: first.written, environments: ['lab2'], charts: first.charts, objects: first.objects, rendered: false,
    });
    expect(builds()).toBe(1);
  });

  it('renders when either bundle was rebuilt, when forced, and for other environments', () => {
    const { options, program: [own, libraries], builds } = setUp();
    synthesize(options);
    rewrite(own);
    expect(synthesize(options).rendered).toBe(true);
    expect(synthesize(options).rendered).toBe(false);
    rewrite(libraries);
    expect(synthesize(options).rendered).toBe(true);
    expect(synthesize(options).rendered).toBe(false);
    expect(synthesize({ ...options, force: true }).rendered).toBe(true);
    expect(synthesize({ ...options, only: ['lab2'] }).rendered).toBe(false);
    expect(builds()).toBe(3 + 1);
  });

  it('renders, and restores the folder, when a file it wrote was changed, removed, or its record edited', () => {
    const { options, out } = setUp();
    synthesize(options);
    const file = path.join(out, 'hub', 'lab2', 'apps', 'application-openbao.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, text.replace('openbao', 'OPENBAO'));
    fs.utimesSync(file, atime, mtime);
    expect(synthesize(options)).toMatchObject({ rendered: true, written: 1 });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);

    fs.rmSync(file);
    expect(synthesize(options)).toMatchObject({ rendered: true, written: 1 });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);

    const record = path.join(out, RECORD_FILE);
    const listed = fs.readFileSync(record, 'utf8');
    fs.writeFileSync(record, listed.replace('hub/lab2/apps/application-openbao.yaml\n', ''));
    expect(synthesize(options).rendered).toBe(true);
    expect(fs.readFileSync(record, 'utf8')).toBe(listed);
    expect(synthesize(options).rendered).toBe(false);
  });

  it('renders when a project file the last render read has changed since', () => {
    const { options } = setUp(smallLab([httpBaseline]));
    synthesize(options);
    const [stateFile] = fs.readdirSync(path.join(options.cacheDir!, STATE_DIR));
    const statePath = path.join(options.cacheDir!, STATE_DIR, stateFile);
    const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    // The build read the k6 script and the results step's program, and the state keeps their stamps.
    const read = (state.render.inputs as RenderInputs).projectFiles.map(([file]) => file);
    expect(read).toEqual(expect.arrayContaining(['experiments/http-baseline/baseline.js', 'constructs/results/collect/collect.bundle.js']));
    expect(synthesize(options).rendered).toBe(false);
    // The script as the next synth finds it: another mtime than it had when it was read.
    const script = state.render.inputs.projectFiles.find(([file]: [string]) => file === 'experiments/http-baseline/baseline.js');
    script[2] -= 1000;
    fs.writeFileSync(statePath, JSON.stringify(state));
    expect(synthesize(options).rendered).toBe(true);
  });

  it('always renders without a bundle, without a cache folder, or when the state is broken', () => {
    const { options } = setUp();
    synthesize(options);
    expect(synthesize({ ...options, program: undefined }).rendered).toBe(true);
    expect(synthesize({ ...options, cacheDir: undefined }).rendered).toBe(true);
    synthesize(options);
    const dir = path.join(options.cacheDir!, STATE_DIR);
    const [stateFile] = fs.readdirSync(dir);
    const state = JSON.parse(fs.readFileSync(path.join(dir, stateFile), 'utf8'));
    fs.writeFileSync(path.join(dir, stateFile), JSON.stringify({ ...state, render: { ...state.render, summary: { charts: 1 } } }));
    expect(synthesize(options).rendered).toBe(true);
    expect(synthesize({ ...options, program: [...options.program!, path.join(tempDir(), 'missing.cjs')] }).rendered).toBe(true);
    expect(synthesize({ ...options, program: [] }).rendered).toBe(true);
  });
});

describe('render inputs', () => {
  const inputs: RenderInputs = { program: [[10, 1, 2, 3], [20, 4, 5, 6]], node: process.version, environments: ['kind', 'talos'], projectFiles: [] };

  it('are the same only with the same bundle, node and environments, in order', () => {
    expect(sameInputs(inputs, { ...inputs })).toBe(true);
    expect(sameInputs(inputs, { ...inputs, program: [[10, 1, 3, 3], [20, 4, 5, 6]] })).toBe(false);
    expect(sameInputs(inputs, { ...inputs, program: [[10, 1, 2, 3], [20, 4, 5, 7]] })).toBe(false);
    expect(sameInputs(inputs, { ...inputs, program: [[10, 1, 2, 3]] })).toBe(false);
    expect(sameInputs(inputs, { ...inputs, node: 'v0.0.0' })).toBe(false);
    expect(sameInputs(inputs, { ...inputs, environments: ['talos', 'kind'] })).toBe(false);
    expect(sameInputs(inputs, { ...inputs, environments: ['kind'] })).toBe(false);
  });

  it('compare the project files the last render read as they are now', () => {
    const file = 'experiments/http-baseline/baseline.js';
    const { size, mtimeMs } = fs.statSync(path.join(ROOT, file));
    expect(sameInputs({ ...inputs, projectFiles: [[file, size, mtimeMs]] }, inputs)).toBe(true);
    expect(sameInputs({ ...inputs, projectFiles: [[file, size + 1, mtimeMs]] }, inputs)).toBe(false);
    expect(sameInputs({ ...inputs, projectFiles: [['experiments/none.js', size, mtimeMs]] }, inputs)).toBe(false);
  });

  it('list a project file read through readProjectFile, with its size and mtime', () => {
    const file = 'experiments/tracing-backends/lookup-tempo.js';
    const text = readProjectFile(file);
    const { size, mtimeMs } = fs.statSync(path.join(ROOT, file));
    expect(Buffer.byteLength(text)).toBe(size);
    expect(projectFilesRead()).toContainEqual([file, size, mtimeMs]);
  });
});

/** Calls that read a file or a folder's contents. */
const READS = /\b(readFileSync|readFile|readdirSync|readdir|opendirSync|opendir|createReadStream|openSync|statSync|lstatSync)\s*\(|node:fs\/promises|['"]fs\/promises['"]/;

describe('the construct layers', () => {
  it('read project files only through readProjectFile, so synth knows every input', () => {
    // The results step's program (constructs/results/collect) runs in the cluster, not at synth.
    const allowed = new Set(['constructs/core/project-files.ts']);
    const offenders: string[] = [];
    for (const top of ['constructs', 'charts', 'hub', 'experiments', 'lab']) {
      for (const entry of fs.readdirSync(path.join(ROOT, top), { recursive: true, withFileTypes: true })) {
        const rel = path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
        if (!entry.isFile() || !rel.endsWith('.ts') || rel.startsWith('constructs/results/collect/') || allowed.has(rel)) continue;
        const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
        if (READS.test(text)) offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has a check that finds a read', () => {
    expect(READS.test("const text = fs.readFileSync(file, 'utf8');")).toBe(true);
    expect(READS.test("import { readFile } from 'node:fs/promises';")).toBe(true);
    expect(READS.test('if (!fs.existsSync(full)) throw')).toBe(false);
  });
});

describe('npm run synth', () => {
  it('runs from bundles that hold all of its code: they require only node\'s own modules, and each other', async () => {
    // A library required from node_modules at run time would be an input the bundles' identity does not cover.
    const { isLibraryId } = await import('../tools/bundle.mjs');
    const own = path.join(ROOT, '.build', 'synth.cjs');
    const libraries = path.join(ROOT, '.build', 'synth.libraries.cjs');
    if (!fs.existsSync(own) || !fs.existsSync(libraries)) {
      spawnSync(process.execPath, ['tools/run.cjs', 'synth', '--out', path.join(tempDir(), 'out')], { cwd: ROOT });
    }
    const required = (file: string) => [...new Set([...fs.readFileSync(file, 'latin1').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
    const builtin = (name: string) => builtinModules.includes(name.replace(/^node:/, ''));
    expect(required(own).filter((name) => isLibraryId(name))).toEqual(expect.arrayContaining(['cdk8s', 'constructs', 'lab-imports/argocd-application-argoproj.io.js']));
    expect(required(own).filter((name) => !builtin(name) && !isLibraryId(name))).toEqual([]);
    expect(required(libraries).length).toBeGreaterThan(5);
    expect(required(libraries).filter((name) => !builtin(name))).toEqual([]);
  });
});
