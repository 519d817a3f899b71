#!/usr/bin/env node
// Runs one of the project's TypeScript commands. The sources are bundled by esbuild into
// .build/ (node_modules stay external) and loaded in this same process: no type check on the
// hot path (that is `npm run typecheck`), no second node start, no on-the-fly loader.
import { buildSync, version as esbuildVersion } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Command name to entry module. Each entry exports `main(argv): Promise<number>`. */
const COMMANDS = {
  synth: 'main.ts',
  bench: 'tools/bench.ts',
  import: 'tools/import.ts',
  validate: 'tools/validate.ts',
  diff: 'tools/diff.ts',
  graph: 'tools/graph.ts',
  cost: 'tools/cost.ts',
  compare: 'tools/compare.ts',
};

const [command, ...argv] = process.argv.slice(2);
const entry = COMMANDS[command];
if (!entry) {
  console.error(`usage: node tools/run.mjs <${Object.keys(COMMANDS).join('|')}> [args]`);
  process.exit(2);
}

const outfile = path.join(root, '.build', `${command}.cjs`);
const stampfile = `${outfile}.inputs.json`;
const OPTIONS = {
  entryPoints: [path.join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // A separate map file: read only when source maps are enabled, not on every start.
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'error',
  metafile: true,
};
if (!isFresh()) {
  const { metafile } = buildSync(OPTIONS);
  const inputs = Object.keys(metafile.inputs).sort().map((file) => [file, ...stamp(path.join(root, file))]);
  fs.writeFileSync(stampfile, JSON.stringify({ key: cacheKey(), inputs }));
}

/** The bundle is reused while every file it was built from keeps its size and mtime. */
function isFresh() {
  try {
    const { key, inputs } = JSON.parse(fs.readFileSync(stampfile, 'utf8'));
    if (key !== cacheKey() || !fs.existsSync(outfile)) return false;
    return inputs.every(([file, size, mtime]) => {
      const [s, m] = stamp(path.join(root, file));
      return s === size && m === mtime;
    });
  } catch {
    return false;
  }
}

function stamp(file) {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? [st.size, st.mtimeMs] : [-1, -1];
}

function cacheKey() {
  return `${esbuildVersion}:${process.version}:${JSON.stringify({ ...OPTIONS, entryPoints: [entry] })}`;
}
// Source maps are used only on request (parsing them costs about 70 ms a run); the bundle links
// its map, so NODE_OPTIONS=--enable-source-maps gives TypeScript locations in stack traces.
try {
  // Loading runs module-level definitions (environments), which validate themselves.
  const mod = createRequire(import.meta.url)(outfile);
  process.exitCode = await mod.main(argv);
} catch (err) {
  // Errors the project raises on purpose carry their own message; anything else keeps its stack.
  if (err && err.userFacing) {
    console.error(`error: ${err.message}`);
  } else {
    console.error(err);
    if (!process.execArgv.includes('--enable-source-maps') && !/--enable-source-maps/.test(process.env.NODE_OPTIONS ?? '')) {
      console.error('(for TypeScript file and line numbers, run again with NODE_OPTIONS=--enable-source-maps)');
    }
  }
  process.exitCode = 2;
}
