import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/lab';

/** TypeScript's native compiler (ADR 0157); `npm run typecheck` runs the same. */
const TSC = path.join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');

/**
 * What the compiler prints for a project: its errors, or '' when there are none. On one thread:
 * the suite's other worker has the second core, and sharing it cost more CPU than it saved time.
 */
function typecheck(project: string): string {
  try {
    execFileSync(process.execPath, [TSC, '--noEmit', '--singleThreaded', '-p', project], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-typecheck-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('TypeScript', () => {
  it('typechecks the whole project', () => {
    expect(typecheck('tsconfig.json')).toBe('');
  });

  it('reports an error with the project\'s options', () => {
    // The project's own compiler options, on one file with a type error.
    fs.writeFileSync(path.join(scratch, 'wrong.ts'), 'export const count: number = "three";\n');
    fs.writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.json'), compilerOptions: { types: [] }, include: ['wrong.ts'],
    }));
    expect(typecheck(path.join(scratch, 'tsconfig.json'))).toMatch(/wrong\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });
});
