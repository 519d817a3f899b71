// What the synth bundle changes in the libraries it bundles (tools/bundle.mjs): the generated
// bindings' undefined filter and cdk8s's resolve. Each must find the text it was written for and
// give the same objects as the original.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiObject, App, Chart, Duration, Lazy, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { describe, expect, it } from 'vitest';
import { fastResolveSource, linearBindingSource, UNDEFINED_FILTER } from '../tools/bundle.mjs';
import { ROOT } from './support/lab';

const require = createRequire(path.join(ROOT, 'package.json'));
// The generated Kubernetes unions cdk8s-plus-30 uses internally (IntOrString, Quantity).
const { IntOrString, Quantity } = require('cdk8s-plus-30/lib/imports/k8s');

describe('the linear undefined filter of the bundled bindings', () => {
  it('is in every committed CRD binding that converts to JSON, and the generator\'s filter in none', () => {
    const files = fs.readdirSync(path.join(ROOT, 'imports')).filter((f) => f.endsWith('.js')).map((f) => path.join(ROOT, 'imports', f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      if (!source.includes('function toJson_')) continue;
      expect(source.includes(UNDEFINED_FILTER), file).toBe(false);
      expect(source.split('__definedOnly(result)').length - 1, file).toBe(source.split('function toJson_').length - 1);
    }
  });

  it('replaces the generator\'s filter in cdk8s-plus-30\'s bindings, and leaves none', () => {
    const file = path.join(ROOT, 'node_modules', 'cdk8s-plus-30', 'lib', 'imports', 'k8s.js');
    const { code, replaced } = linearBindingSource(fs.readFileSync(file, 'utf8'));
    expect(replaced).toBeGreaterThan(100);
    expect(code.includes(UNDEFINED_FILTER)).toBe(false);
    expect(code.split('__definedOnly(result)').length - 1).toBe(replaced);
  });

  it('gives the same object as the generator\'s filter: the same fields, in the same order', () => {
    const original = new Function('result', `return ${UNDEFINED_FILTER};`) as (r: object) => object;
    const { code, replaced } = linearBindingSource(`"use strict";\nexports.f = function (result) { return ${UNDEFINED_FILTER}; };`);
    expect(replaced).toBe(1);
    const exports: { f?: (r: object) => object } = {};
    new Function('exports', code)(exports);
    const rewritten = exports.f!;
    const samples = [
      {},
      { a: 1, b: undefined, c: null, d: 0, e: '', f: false },
      { z: undefined, y: [undefined, 1], x: { nested: undefined }, 2: 'two', 1: 'one' },
    ];
    for (const sample of samples) {
      const a = original(sample);
      const b = rewritten(sample);
      expect(b).toEqual(a);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      expect(b).not.toBe(sample);
    }
  });

  it('leaves a source without the filter as it was', () => {
    expect(linearBindingSource('"use strict";\nexports.x = 1;\n')).toEqual({ code: '"use strict";\nexports.x = 1;\n', replaced: 0 });
  });
});

describe('the fast path of cdk8s\'s resolve in the synth bundle', () => {
  const file = path.join(ROOT, 'node_modules', 'cdk8s', 'lib', 'resolve.js');
  const source = fs.readFileSync(file, 'utf8');
  /** The patched module, loaded beside cdk8s's own so that `Lazy` and `App` are the same classes. */
  function patched(): { resolve: (key: string[], value: unknown, obj: ApiObject) => unknown } {
    const module = { exports: {} as any };
    const req = (id: string) => (id.startsWith('./') ? require(path.join(path.dirname(file), id)) : require(id));
    new Function('exports', 'require', 'module', fastResolveSource(source))(module.exports, req, module);
    return module.exports;
  }
  const original = require(file) as { resolve: (key: string[], value: unknown, obj: ApiObject) => unknown };

  function values(): unknown[] {
    let produced = 0;
    return [
      'text', 0, 1.5, true, false, null, undefined, [],
      { a: 1, b: undefined, c: [1, 'x', null, { d: Lazy.any({ produce: () => ({ e: 'lazy', n: (produced += 1) }) }) }] },
      Lazy.any({ produce: () => Lazy.any({ produce: () => [1, { f: 2 }] }) }),
      { token: { resolve: () => ({ resolved: { g: 3 } }) } },
      kplus.Cpu.millis(250), Size.mebibytes(64), Duration.seconds(30),
      { port: IntOrString.fromNumber(8080), target: IntOrString.fromString('http'), q: Quantity.fromString('1Gi') },
      new Date(0), new Map([['k', 'v']]), Object.create(null),
      { nested: { deeper: { list: [[1, 2], [Lazy.any({ produce: () => 'in a list' })]] } } },
    ];
  }

  it('resolves every kind of value as cdk8s does, for an app with the built-in resolvers only', () => {
    const fast = patched();
    const obj = new ApiObject(new Chart(new App(), 'c'), 'o', { apiVersion: 'v1', kind: 'ConfigMap' });
    const expected = values().map((v) => original.resolve([], v, obj));
    const actual = values().map((v) => fast.resolve([], v, obj));
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });

  it('gives an app with resolvers of its own to cdk8s\'s resolve, which passes them the key path', () => {
    const fast = patched();
    const seen: string[][] = [];
    const app = new App({ resolvers: [{ resolve: (ctx) => { seen.push(ctx.key); if (ctx.value === 'secret') ctx.replaceValue('***'); } }] });
    const obj = new ApiObject(new Chart(app, 'c'), 'o', { apiVersion: 'v1', kind: 'ConfigMap' });
    expect(fast.resolve([], { data: { a: 'secret', b: 'plain' } }, obj)).toEqual({ data: { a: '***', b: 'plain' } });
    expect(seen).toContainEqual(['data', 'a']);
  });

  it('refuses a resolve.js it was not written for', () => {
    expect(() => fastResolveSource(source.replace('const lazy_1 = require("./lazy");', 'const lazy = require("./lazy");')))
      .toThrow('cdk8s\'s lib/resolve.js no longer holds "const lazy_1 = require(\\"./lazy\\");"');
  });
});

describe('the synth bundle\'s text', () => {
  it('is ASCII by esbuild\'s charset option, which tools/run.cjs decodes as Latin-1 without checking', async () => {
    const { bundleOptions } = await import('../tools/bundle.mjs');
    expect(bundleOptions({ root: ROOT, entry: 'main.ts', outfile: '/tmp/x.cjs' }).charset).toBe('ascii');
  });
});

describe('the lazy requires of cdk8s\'s Yaml and Helm modules in the synth bundle', () => {
  const lib = path.join(ROOT, 'node_modules', 'cdk8s', 'lib');
  /** The patched module, loaded with a `require` that records what it is asked for. */
  async function load(name: string): Promise<{ exports: any; required: string[] }> {
    const { lazyCdk8sSource } = await import('../tools/bundle.mjs');
    const required: string[] = [];
    const req = (id: string) => {
      required.push(id);
      return id.startsWith('./') ? require(path.join(lib, id)) : require(id);
    };
    const module = { exports: {} as any };
    new Function('exports', 'require', 'module', '__dirname', lazyCdk8sSource(name, fs.readFileSync(path.join(lib, name), 'utf8')))(module.exports, req, module, lib);
    return { exports: module.exports, required };
  }

  it('leaves child_process, os and yaml unloaded until Yaml uses them, then behaves as cdk8s\'s own', async () => {
    const { exports, required } = await load('yaml.js');
    expect(required).not.toContain('child_process');
    expect(required).not.toContain('os');
    expect(required).not.toContain('yaml');
    const docs = [{ a: 1, b: ['x', { c: null }] }, { on: 'yes' }];
    const own = require(path.join(lib, 'yaml.js'));
    expect(exports.Yaml.stringify(...docs)).toBe(own.Yaml.stringify(...docs));
    expect(required).toContain('yaml');
    const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'lazy-yaml-')), 'a.yaml');
    fs.writeFileSync(file, 'a: 1\n---\nb: [2]\n');
    expect(exports.Yaml.load(file)).toEqual(own.Yaml.load(file));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('gives Helm a spawnSync that loads child_process on its first call', async () => {
    const { exports, required } = await load('_child_process.js');
    expect(required).not.toContain('child_process');
    const run = exports._child_process.spawnSync(process.execPath, ['-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
    expect(run.stdout).toBe('ran');
    expect(required).toContain('child_process');
  });

  it('refuses a module it was not written for', async () => {
    const { lazyCdk8sSource } = await import('../tools/bundle.mjs');
    const source = fs.readFileSync(path.join(lib, 'yaml.js'), 'utf8').replace('const os = __importStar(require("os"));', 'const os = require("os");');
    expect(() => lazyCdk8sSource('yaml.js', source)).toThrow('cdk8s\'s lib/yaml.js no longer holds "const os = __importStar(require(\\"os\\"));"');
    expect(() => lazyCdk8sSource('helm.js', '')).toThrow('no lazy requires are known for cdk8s\'s lib/helm.js');
  });
});
