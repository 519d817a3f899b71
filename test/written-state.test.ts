import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lab } from '../lab/lab';
import { synthesize } from '../tools/synth/synthesize';
import { STATE_DIR, WrittenState } from '../tools/synth/written-state';
import { testEnvironment, TEST_LAB } from './support/lab';
import { temporaryFolders } from './support/temp-folders';

afterEach(() => vi.restoreAllMocks());
const tempDir = temporaryFolders('lab-written-state-');

/** A hub without experiments: the smallest lab that still writes some 80 files. */
function smallLab(domain = 'lab.test'): Lab {
  return new Lab({ repository: TEST_LAB.repository, runner: TEST_LAB.runner, environments: [testEnvironment({ domain })], experiments: [] });
}

/** Files below `out` that synth read while running `run`. */
function filesReadIn(out: string, run: () => void): string[] {
  const read = vi.spyOn(fs, 'readFileSync');
  run();
  const files = read.mock.calls.map(([file]) => String(file)).filter((f) => f.startsWith(`${out}${path.sep}`));
  read.mockRestore();
  return files;
}

describe('the written state (ADR 0156)', () => {
  it('lets a synth skip the files that hold what it would write, without reading them', () => {
    const cacheDir = tempDir();
    const out = path.join(tempDir(), 'out');
    const first = synthesize({ lab: smallLab(), outdir: out, cacheDir });
    expect(first.written).toBeGreaterThan(50);
    let again!: ReturnType<typeof synthesize>;
    const read = filesReadIn(out, () => { again = synthesize({ lab: smallLab(), outdir: out, cacheDir }); });
    expect(again).toMatchObject({ written: 0, removed: 0, unchanged: first.written });
    // Synth reads its record of the folder's files, and no file it wrote.
    expect([...new Set(read.map((f) => path.relative(out, f)))]).toEqual(['.synth-files']);
  });

  it('writes a file changed by hand since, even at the same size and mtime', () => {
    const cacheDir = tempDir();
    const out = path.join(tempDir(), 'out');
    synthesize({ lab: smallLab(), outdir: out, cacheDir });
    const file = path.join(out, 'hub', 'lab2', 'apps', 'application-openbao.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const { mtime, atime } = fs.statSync(file);
    fs.writeFileSync(file, text.replace('openbao', 'OPENBAO'));
    // `touch -r` and `cp -p` set the old mtime back; only the ctime tells the change.
    fs.utimesSync(file, atime, mtime);
    const again = synthesize({ lab: smallLab(), outdir: out, cacheDir });
    expect(again.written).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('writes the objects that changed, and only those', () => {
    const cacheDir = tempDir();
    const out = path.join(tempDir(), 'out');
    synthesize({ lab: smallLab(), outdir: out, cacheDir });
    const before = fs.readdirSync(out, { recursive: true }).length;
    const changed = synthesize({ lab: smallLab('other.test'), outdir: out, cacheDir });
    expect(changed.written).toBeGreaterThan(0);
    expect(changed.written).toBeLessThan(before / 2);
    // The folder now holds exactly what a synth without any state writes.
    const fresh = path.join(tempDir(), 'fresh');
    synthesize({ lab: smallLab('other.test'), outdir: fresh });
    const texts = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
    expect(texts(out)).toEqual(texts(fresh));
  });

  it('trusts nothing of another writer, another folder or a broken file', () => {
    const cacheDir = tempDir();
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'a.yaml'), 'a: 1\n');
    const state = WrittenState.open(cacheDir, out, 'writer 1');
    expect(state.holds('a.yaml', 'k')).toBe(false);
    state.note('a.yaml', 'k');
    state.note('missing.yaml', 'k');
    state.save();
    expect(WrittenState.open(cacheDir, out, 'writer 1').holds('a.yaml', 'k')).toBe(true);
    expect(WrittenState.open(cacheDir, out, 'writer 1').holds('a.yaml', 'other key')).toBe(false);
    expect(WrittenState.open(cacheDir, out, 'writer 1').holds('missing.yaml', 'k')).toBe(false);
    expect(WrittenState.open(cacheDir, out, 'writer 2').holds('a.yaml', 'k')).toBe(false);
    const [file] = fs.readdirSync(path.join(cacheDir, STATE_DIR));
    fs.writeFileSync(path.join(cacheDir, STATE_DIR, file), '{"writer": "writer 1", "outdir": ');
    expect(WrittenState.open(cacheDir, out, 'writer 1').holds('a.yaml', 'k')).toBe(false);
  });

  it('forgets the state of output folders that are gone', () => {
    const cacheDir = tempDir();
    const gone = tempDir();
    const kept = tempDir();
    for (const out of [gone, kept]) WrittenState.open(cacheDir, out, 'w').save();
    expect(fs.readdirSync(path.join(cacheDir, STATE_DIR))).toHaveLength(2);
    fs.rmSync(gone, { recursive: true });
    WrittenState.open(cacheDir, kept, 'w').save();
    expect(fs.readdirSync(path.join(cacheDir, STATE_DIR))).toHaveLength(1);
  });
});
