import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Environment, EnvironmentProps } from '../hub/environment';
import { synthesize } from '../tools/synth/synthesize';
import { DIST, ENVIRONMENT_PROPS, ROOT, testLab } from './support/lab';
import { temporaryFolders } from './support/temp-folders';

// Synth removes only files it wrote, and writes only into a folder that is its own (ADR 0051).
const GOOD: EnvironmentProps = { ...ENVIRONMENT_PROPS, name: 'test' };
const RECORD = '.synth-files';

const tempDir = temporaryFolders('lab-synth-out-');

/** Every file below a folder with its text, the record included. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

function synthCli(out: string) {
  return spawnSync(process.execPath, ['tools/run.cjs', 'synth', '--out', out], { cwd: ROOT, encoding: 'utf8' });
}

describe('the output folder', () => {
  it('keeps a record of the files synth wrote, beside them', () => {
    const out = path.join(tempDir(), 'new');
    synthesize({ lab: testLab([new Environment(GOOD)]), outdir: out });
    const files = Object.keys(contents(out)).filter((f) => f !== RECORD);
    const listed = fs.readFileSync(path.join(out, RECORD), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(files.length).toBeGreaterThan(10);
    expect(listed).toEqual(files);
  });

  it('keeps a file synth did not write, where synth removes its own files around it', () => {
    const out = tempDir();
    const other = new Environment({ ...GOOD, name: 'other' });
    synthesize({ lab: testLab([new Environment(GOOD), other]), outdir: out });
    fs.writeFileSync(path.join(out, 'hub', 'other', 'notes.txt'), 'mine\n');
    fs.writeFileSync(path.join(out, 'README.md'), 'also mine\n');
    const result = synthesize({ lab: testLab([new Environment(GOOD)]), outdir: out });
    expect(result.removed).toBeGreaterThan(0);
    const after = contents(out);
    expect(Object.keys(after).filter((f) => f.startsWith('hub/other/'))).toEqual(['hub/other/notes.txt']);
    expect(after['hub/other/notes.txt']).toBe('mine\n');
    expect(after['README.md']).toBe('also mine\n');
    expect(after[RECORD]).not.toContain('hub/other/');
  });

  it('refuses a folder with content synth did not write: one line, exit 2, nothing touched', () => {
    const out = tempDir();
    fs.mkdirSync(path.join(out, '.git'));
    fs.writeFileSync(path.join(out, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    fs.writeFileSync(path.join(out, 'package.json'), '{}\n');
    const before = contents(out);
    const run = synthCli(out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: synth: --out ${out} is not empty and holds no ${RECORD} of an earlier synth; ` +
      'synth writes only into an empty folder or one it wrote itself\n');
    expect(contents(out)).toEqual(before);
  });

  it('refuses a file given as the output folder with an error of its own, the file unchanged', () => {
    // An error of the project's own (userFacing) is what tools/run.cjs prints as one line with exit 2,
    // as the test above shows through the command itself.
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'keep\n');
    expect(() => synthesize({ lab: testLab([new Environment(GOOD)]), outdir: file })).toThrow(expect.objectContaining({
      userFacing: true,
      message: `synth: --out ${file} is not a folder; give a folder that is empty or was written by synth`,
    }));
    expect(fs.readFileSync(file, 'utf8')).toBe('keep\n');
  });

  it('refuses a record that names a file outside its folder, before touching anything', () => {
    const base = tempDir();
    const out = path.join(base, 'out');
    synthesize({ lab: testLab([new Environment(GOOD)]), outdir: out });
    fs.writeFileSync(path.join(base, 'victim.txt'), 'keep\n');
    fs.appendFileSync(path.join(out, RECORD), '../victim.txt\n');
    const before = contents(base);
    expect(() => synthesize({ lab: testLab([new Environment({ ...GOOD, domain: 'other.test' })]), outdir: out }))
      .toThrow(`synth: ${out}/${RECORD} lists "../victim.txt", which is no file below the folder; restore ${RECORD} from Git or empty the folder`);
    expect(contents(base)).toEqual(before);
  });

  it('is recorded for the committed dist/, so synth may keep it up to date', () => {
    expect(fs.existsSync(path.join(DIST, RECORD)), `dist/${RECORD} is missing: synth would refuse dist/`).toBe(true);
  });
});
