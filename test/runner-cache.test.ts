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
      // With source maps on, the bundle is built with its map; a bundle with one serves every run.
      const bundleFile = path.join(dir, '.build', 'synth.cjs');
      expect(run('--enable-source-maps')).toBe('first');
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(true);
      const mappedAt = fs.statSync(bundleFile).mtimeMs;
      expect(run()).toBe('first');
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
      expect(run()).toBe('other');
      // An edit of the bundler (its options or plugins) rebuilds too.
      const builtAt = fs.statSync(bundleFile).mtimeMs;
      expect(run()).toBe('other');
      expect(fs.statSync(bundleFile).mtimeMs).toBe(builtAt);
      const edited = new Date(Date.now() + 10000);
      fs.utimesSync(path.join(dir, 'tools', 'bundle.mjs'), edited, edited);
      expect(run()).toBe('other');
      expect(fs.statSync(bundleFile).mtimeMs).not.toBe(builtAt);
      // A run with source maps on does not take a bundle without a map.
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(false);
      expect(run('--enable-source-maps')).toBe('other');
      expect(fs.existsSync(`${bundleFile}.map`)).toBe(true);
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
