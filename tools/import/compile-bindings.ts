import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LabError } from '../../constructs/core/errors';
import { linearBindingSource } from '../bundle.mjs';
import { PROJECT_ROOT } from '../paths';

/**
 * Compiles the TypeScript bindings `cdk8s import` wrote into `sourceDir` into `outDir`, as
 * declarations (`.d.ts`) and JavaScript (`.js`), and removes the bindings of the previous import
 * from `outDir`. Only the compiled form is committed (ADR 0050): the project's typecheck then reads
 * declarations, which `skipLibCheck` does not check again, instead of 15 MB of TypeScript;
 * esbuild and vitest load the JavaScript.
 *
 * The JavaScript is ES2022 modules (imports/package.json says so to Node), so esbuild still drops
 * the bindings a command does not use, and the class fields keep the semantics esbuild gave the
 * sources (target ES2022). `sourceDir` must lie inside the project so that `cdk8s` and
 * `constructs` resolve from its node_modules.
 */
export function compileBindings(sourceDir: string, outDir: string): string[] {
  const sources = fs.readdirSync(sourceDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  if (!sources.length) throw new LabError(`import: ${sourceDir} holds no bindings to compile`);
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [
      tsc, '--declaration', '--outDir', outDir, '--rootDir', sourceDir,
      '--module', 'es2022', '--target', 'es2022', '--moduleResolution', 'bundler',
      // Files named on the command line make TypeScript 5.9 skip the project's tsconfig.json (no
      // emit, other module settings); `--ignoreConfig`, which says so explicitly, exists only from 6.0.
      '--skipLibCheck', '--newLine', 'lf', '--pretty', 'false',
      ...sources.map((f) => path.join(sourceDir, f)),
    ], { cwd: PROJECT_ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const out = String((err as { stdout?: string }).stdout ?? '').trim().split('\n').slice(0, 5).join(' | ');
    throw new LabError(`import: compiling the generated bindings failed: ${out || (err as Error).message}`);
  }
  fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  const modules = new Set(sources.map((f) => f.slice(0, -'.ts'.length)));
  // The generator drops unset fields in quadratic time; the committed JavaScript gets the linear
  // filter (ADR 0097), so the tests, which load imports/ as it is, run what the synth bundle runs.
  for (const module of modules) {
    const file = path.join(outDir, `${module}.js`);
    fs.writeFileSync(file, linearBindingSource(fs.readFileSync(file, 'utf8')).code);
  }
  // Bindings of imports no longer listed, and sources of the layout before ADR 0050, go.
  for (const file of fs.readdirSync(outDir)) {
    const stem = file.replace(/(\.d\.ts|\.js|\.ts)$/, '');
    if (stem !== file && !modules.has(stem) && fs.statSync(path.join(outDir, file)).isFile()) fs.rmSync(path.join(outDir, file));
    else if (file.endsWith('.ts') && !file.endsWith('.d.ts')) fs.rmSync(path.join(outDir, file));
  }
  return [...modules];
}
