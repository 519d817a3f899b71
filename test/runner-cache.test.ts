import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, stampedFiles } from '../tools/run-cache.cjs';
import { ROOT } from './support/lab';

describe('the command runner\'s caches', () => {
  it('run an edit that keeps the bundle\'s length (V8 checks a code cache by length only)', () => {
    // A project of one entry module, run by a copy of the runner.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    try {
      fs.mkdirSync(path.join(dir, 'tools'));
      for (const file of ['run.cjs', 'run-cache.cjs', 'bundle.mjs']) fs.copyFileSync(path.join(ROOT, 'tools', file), path.join(dir, 'tools', file));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      const entry = path.join(dir, 'main.ts');
      const write = (word: string) => fs.writeFileSync(entry, `export async function main(): Promise<number> { console.log('${word}'); return 0; }\n`);
      const run = (...options: string[]) => execFileSync(process.execPath, [...options, path.join(dir, 'tools', 'run.cjs'), 'synth'], { cwd: dir, encoding: 'utf8' }).trim();
      const caches = () => fs.readdirSync(path.join(dir, '.build')).filter((f) => f.endsWith('.v8-cache')).sort();
      write('first');
      const bundleFile = path.join(dir, '.build', 'synth.cjs');
      expect(run()).toBe('first');
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(false);
      // With source maps on, a bundle without its map is rebuilt with one, which then serves every run.
      expect(run('--enable-source-maps')).toBe('first');
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(true);
      const mappedAt = fs.statSync(bundleFile).mtimeMs;
      expect(run()).toBe('first');
      expect(fs.statSync(bundleFile).mtimeMs).toBe(mappedAt);
      // Other V8 flags (as `npm run synth` passes) get a cache of their own, beside the plain one.
      expect(run('--max-semi-space-size=2')).toBe('first');
      expect(caches()).toHaveLength(2);
      expect(caches()).toContain('synth.cjs.v8-cache');
      // Same length, other content: the bundle is rebuilt, and its old compiled code must not run,
      // under either set of flags.
      write('other');
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(entry, later, later);
      expect(run('--max-semi-space-size=2')).toBe('other');
      expect(caches()).toHaveLength(1);
      // Rebuilt without source maps: no map, and the old one, which described other code, is gone.
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(false);
      const builtAt = fs.statSync(bundleFile).mtimeMs;
      expect(run()).toBe('other');
      expect(fs.statSync(bundleFile).mtimeMs).toBe(builtAt);
      // An edit of the bundler (its options or plugins) rebuilds too: the bundler's files are
      // stamped with every bundle's inputs.
      const stamped = JSON.parse(fs.readFileSync(`${bundleFile}.inputs.json`, 'utf8')).inputs.map(([file]: [string]) => file);
      expect(stamped).toEqual(expect.arrayContaining(['main.ts', 'tools/bundle.mjs', 'node_modules/esbuild/package.json']));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuild only the command\'s own bundle after an edit, and its libraries\' when it reads another generated name', () => {
    // A project of one entry module that uses a bundled library and a generated module under imports/.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    try {
      fs.mkdirSync(path.join(dir, 'tools'));
      fs.mkdirSync(path.join(dir, 'imports'));
      for (const file of ['run.cjs', 'run-cache.cjs', 'bundle.mjs']) fs.copyFileSync(path.join(ROOT, 'tools', file), path.join(dir, 'tools', file));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      fs.writeFileSync(path.join(dir, 'imports', 'fake.js'), [
        "export class A { static marker = 'marker-a'; }",
        "export class B { static marker = 'marker-b'; }",
        "export class Unused { static marker = 'marker-unused'; }",
        '',
      ].join('\n'));
      const entry = path.join(dir, 'main.ts');
      let edits = 0;
      const write = (...lines: string[]) => {
        fs.writeFileSync(entry, [...lines, 'export async function main(): Promise<number> { console.log(said()); return 0; }', ''].join('\n'));
        // A later mtime than the stamp's, whatever the clock's resolution.
        const later = new Date(Date.now() + 5000 * ++edits);
        fs.utimesSync(entry, later, later);
      };
      const run = () => execFileSync(process.execPath, [path.join(dir, 'tools', 'run.cjs'), 'synth'], { cwd: dir, encoding: 'utf8' }).trim();
      const own = path.join(dir, '.build', 'synth.cjs');
      const libraries = path.join(dir, '.build', 'synth.libraries.cjs');
      const builtAt = (file: string) => fs.statSync(file).mtimeMs;

      write("import { RootConstruct } from 'constructs';", "import { A } from './imports/fake';", "const said = () => `${A.marker} ${new RootConstruct('r').node.path}`;");
      expect(run()).toBe('marker-a r');
      // The libraries' bundle keeps the generated names the command reads, and not the others.
      const text = fs.readFileSync(libraries, 'utf8');
      expect(text).toContain('marker-a');
      expect(text).not.toContain('marker-b');
      expect(text).not.toContain('marker-unused');
      expect(fs.readFileSync(own, 'utf8')).not.toContain('marker-a');
      // Which file an import of generated code finds is an input of the command's bundle; views
      // and the libraries' entry are no files.
      const inputs = (file: string): string[] => JSON.parse(fs.readFileSync(`${file}.inputs.json`, 'utf8')).inputs.map(([f]: [string]) => f);
      expect(inputs(own)).toEqual(expect.arrayContaining(['main.ts', 'imports/fake.js']));
      expect(inputs(libraries)).toContain('imports/fake.js');
      // (This project's node_modules is a link, which esbuild follows: the package is stamped where it is.)
      expect(inputs(libraries).filter((f) => f.endsWith('node_modules/constructs/package.json'))).toHaveLength(1);
      expect([...inputs(own), ...inputs(libraries)].filter((f) => f.includes(':'))).toEqual([]);
      const [ownAt, librariesAt] = [builtAt(own), builtAt(libraries)];

      write("import { RootConstruct } from 'constructs';", "import { A } from './imports/fake';", "const said = () => `again ${A.marker} ${new RootConstruct('r').node.path}`;");
      expect(run()).toBe('again marker-a r');
      expect(builtAt(own)).not.toBe(ownAt);
      expect(builtAt(libraries)).toBe(librariesAt);

      // Reading another name, or using a module otherwise than by its names (here its namespace is
      // passed on), rebuilds the libraries' bundle; the module then comes whole.
      write("import * as fake from './imports/fake';", 'const said = () => `${fake.B.marker} ${Object.keys(fake).sort().join(\' \')}`;');
      expect(run()).toBe('marker-b A B Unused');
      expect(builtAt(libraries)).not.toBe(librariesAt);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keep one code cache per set of node options, and the plain name without any', () => {
    expect(codeCacheFile('/b/synth.cjs')).toBe('/b/synth.cjs.v8-cache');
    expect(codeCacheFile('/b/synth.cjs', [], '')).toBe('/b/synth.cjs.v8-cache');
    const small = codeCacheFile('/b/synth.cjs', ['--max-semi-space-size=2']);
    expect(small).toMatch(/^\/b\/synth\.cjs\.[0-9a-f]{12}\.v8-cache$/);
    expect(codeCacheFile('/b/synth.cjs', ['--max-semi-space-size=2'])).toBe(small);
    expect(codeCacheFile('/b/synth.cjs', ['--max-semi-space-size=4'])).not.toBe(small);
    expect(codeCacheFile('/b/synth.cjs', [], '--max-semi-space-size=2')).toBe(small);
  });

  it('stamp a library by its package.json, and the bundler\'s own files', () => {
    expect(stampedFiles(
      ['main.ts', 'node_modules/cdk8s/lib/app.js', 'node_modules/cdk8s/lib/chart.js', 'node_modules/@grafana/sdk/dist/a.js', 'node_modules/cdk8s/node_modules/yaml/dist/index.js'],
      ['tools/bundle.mjs'],
    )).toEqual([
      'main.ts', 'node_modules/@grafana/sdk/package.json', 'node_modules/cdk8s/node_modules/yaml/package.json',
      'node_modules/cdk8s/package.json', 'tools/bundle.mjs',
    ]);
  });
});
