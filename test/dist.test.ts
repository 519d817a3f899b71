import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../tools/synth/write';
import { DIST, lab, ROOT } from './support/lab';

describe('committed dist/', () => {
  it('equals a fresh synth, file for file and byte for byte', () => {
    const rendered = lab().files;
    const onDisk = listFiles(DIST);
    const missing = [...rendered.keys()].filter((f) => !onDisk.has(f));
    const extra = [...onDisk].filter((f) => !rendered.has(f));
    const stale = [...rendered.keys()].filter((f) => onDisk.has(f) && fs.readFileSync(path.join(DIST, f), 'utf8') !== rendered.get(f));
    expect({ missing, extra, stale }, 'dist/ is out of date: run npm run synth and commit dist/').toEqual({ missing: [], extra: [], stale: [] });
  });

  it('is byte-identical whatever the time zone and locale, so a second synth need not render (ADR 0162)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-determinism-'));
    const synth = (env: NodeJS.ProcessEnv) => execFileSync(process.execPath, ['tools/run.cjs', 'synth', '--out', out], { cwd: ROOT, env, encoding: 'utf8' });
    try {
      const first = synth({ ...process.env, TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
      const files = listFiles(out);
      expect([...files].sort()).toEqual([...lab().files.keys()].sort());
      for (const file of files) {
        expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(lab().files.get(file));
      }
      expect(first).not.toContain('nothing was rendered');
      // In this time zone and locale, the same files: the second synth reports the first's figures.
      const second = synth(process.env);
      const counts = (line: string) => /(\d+) charts, (\d+) objects/.exec(line)?.slice(1);
      expect(counts(first)).toEqual([expect.any(String), String(lab().objects.length)]);
      expect(counts(second)).toEqual(counts(first));
      expect(second).toContain(`0 files changed (0 written, 0 removed) in ${out}/`);
      expect(second).toContain('nothing changed since the last synth, so nothing was rendered (--force renders)');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('ends every file with exactly one newline', () => {
    for (const [file, text] of lab().files) {
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), file).toBe(true);
    }
  });
});
