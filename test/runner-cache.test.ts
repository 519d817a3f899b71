import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/lab';

describe('the command runner\'s caches', () => {
  it('run an edit that keeps the bundle\'s length (V8 checks a code cache by length only)', () => {
    // A project of one entry module, run by a copy of the runner.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    try {
      fs.mkdirSync(path.join(dir, 'tools'));
      for (const file of ['run.mjs', 'bundle.mjs']) fs.copyFileSync(path.join(ROOT, 'tools', file), path.join(dir, 'tools', file));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      const entry = path.join(dir, 'main.ts');
      const write = (word: string) => fs.writeFileSync(entry, `export async function main(): Promise<number> { console.log('${word}'); return 0; }\n`);
      const run = (...options: string[]) => execFileSync(process.execPath, [...options, path.join(dir, 'tools', 'run.mjs'), 'synth'], { cwd: dir, encoding: 'utf8' }).trim();
      const caches = () => fs.readdirSync(path.join(dir, '.build')).filter((f) => f.endsWith('.v8-cache')).sort();
      write('first');
      expect(run()).toBe('first');
      expect(run()).toBe('first');
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
      expect(run()).toBe('other');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
