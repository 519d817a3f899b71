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

  it('is byte-identical whatever the time zone and locale', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-determinism-'));
    try {
      execFileSync(process.execPath, ['tools/run.cjs', 'synth', '--out', out], {
        cwd: ROOT,
        env: { ...process.env, TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
        stdio: 'pipe',
      });
      const files = listFiles(out);
      expect([...files].sort()).toEqual([...lab().files.keys()].sort());
      for (const file of files) {
        expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(lab().files.get(file));
      }
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
