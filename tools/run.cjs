#!/usr/bin/env node
'use strict';
// Runs one of the project's TypeScript commands. The sources are bundled by esbuild into
// .build/, with the libraries synth needs (tools/bundle.mjs), and loaded in this same process: no
// type check on the hot path (that is `npm run typecheck`), no second node start, no on-the-fly
// loader. The runner is CommonJS: a run whose bundle is fresh loads no ES module, which would
// start node's ES-module loader (about 10 ms); tools/bundle.mjs is imported only to rebuild.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { codeCacheFile, stampedFiles } = require('./run-cache.cjs');

const root = path.resolve(__dirname, '..');

/**
 * Command name to entry module. Each entry exports `main(argv, run): Promise<number>`, where `run`
 * (tools/command-run.ts) names the bundle it runs from.
 */
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

/**
 * What decides how every bundle is made, besides its own inputs: the bundler's options and
 * plugins, and esbuild (by its package.json, as for any library). A change to either rebuilds.
 */
const BUNDLER_FILES = ['tools/bundle.mjs', 'node_modules/esbuild/package.json'];

const [command, ...argv] = process.argv.slice(2);
const entry = COMMANDS[command];
if (!entry) {
  console.error(`usage: node tools/run.cjs <${Object.keys(COMMANDS).join('|')}> [args]`);
  process.exit(2);
}

const outfile = path.join(root, '.build', `${command}.cjs`);
const stampfile = `${outfile}.inputs.json`;
// What else makes a bundle: node (its version decides the code cache too), the entry and the
// project's place (paths in the bundle's source map). `stamped inputs 2`: stamps of older
// runners named their inputs otherwise.
const key = `${process.version}:${root}:${entry}:stamped inputs 2`;
// The bundle and its code cache (some 5 MB together) are read on libuv's threads while this
// thread checks that the bundle is fresh; after a rebuild they are read again.
const cacheFile = codeCacheFile(outfile, process.execArgv, process.env.NODE_OPTIONS);
let prefetched = { source: readOrNothing(outfile), cache: readOrNothing(cacheFile) };

/** Rebuilds the bundle with esbuild, and stamps its inputs. */
async function rebuild() {
  prefetched = undefined;
  // V8 checks a code cache against its script's length only: a rebuilt bundle of the same length
  // would run the old code with the old cache, so a rebuild drops the caches of every set of
  // node options (this runner is their one writer).
  const built = fs.existsSync(path.dirname(outfile)) ? fs.readdirSync(path.dirname(outfile)) : [];
  for (const name of built) {
    if (name.startsWith(`${path.basename(outfile)}.`) && name.endsWith('.v8-cache')) fs.rmSync(path.join(path.dirname(outfile), name), { force: true });
  }
  const { bundleOptions } = await import('./bundle.mjs');
  const { build } = await import('esbuild');
  const { metafile } = await build(bundleOptions({ root, entry, outfile, sourceMap: sourceMaps }));
  // A map left by an earlier build would describe other code.
  if (!sourceMaps) fs.rmSync(`${outfile}.map`, { force: true });
  const inputs = stampedFiles(Object.keys(metafile.inputs), BUNDLER_FILES).map((file) => [file, ...stamp(path.join(root, file))]);
  fs.writeFileSync(stampfile, JSON.stringify({ key, sourceMap: sourceMaps, inputs }));
}

/**
 * The bundle is reused while every file it was built from keeps its size and mtime, and, when
 * source maps are on, if it was built with its map (one built with a map serves either way).
 */
function isFresh() {
  try {
    const stamped = JSON.parse(fs.readFileSync(stampfile, 'utf8'));
    if (stamped.key !== key || !fs.existsSync(outfile)) return false;
    if (sourceMaps && stamped.sourceMap !== true) return false;
    return stamped.inputs.every(([file, size, mtime]) => {
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

// Source maps are made and used only on request: making one costs some 160 ms of a rebuild, and
// parsing it about 70 ms a run. With NODE_OPTIONS=--enable-source-maps, the bundle is rebuilt
// with a linked map if it has none, and stack traces give TypeScript locations.
const sourceMaps = process.execArgv.includes('--enable-source-maps') || /--enable-source-maps/.test(process.env.NODE_OPTIONS ?? '');

/** Commands whose code loads ES-module-only libraries with import(). */
const DYNAMIC_IMPORTS = new Set(['compare']);

/**
 * The bundle's text, decoded as Latin-1: in about half the time of UTF-8 on Node 20 (20-30 ms less
 * CPU on this machine), and the same string, since the bundle's code is ASCII (`charset: 'ascii'`
 * in tools/bundle.mjs: esbuild escapes every other character in strings, regular expressions and
 * names). Only a kept license comment may hold other bytes, and as Latin-1 they stay inside the
 * comment (none of them ends a line in JavaScript), so the code is the same.
 */
function decodeSource(bytes) {
  return bytes.toString('latin1');
}

/**
 * The file's bytes, read on libuv's threads; undefined when it cannot be read. `fs.readFile`, not
 * `fs.promises`: loading node's promise API (with its streams and readline) costs a few ms.
 */
function readOrNothing(file) {
  return new Promise((resolve) => fs.readFile(file, (err, data) => resolve(err ? undefined : data)));
}

/**
 * Loads the bundle as CommonJS, with V8's code cache kept beside it: the next run skips parsing
 * and compiling the functions this run compiled (ADR 0053). V8 rejects a cache made from other
 * source or by another V8, and a new one is written then. With source maps on, plain `require`.
 */
async function loadBundle(file) {
  // A script compiled by vm cannot import() ES modules on Node 20; bundles that do (compare loads
  // vega that way) are required plainly.
  if (sourceMaps || DYNAMIC_IMPORTS.has(command)) return { exports: require(file), saveCache() {} };
  const [source, cachedData] = prefetched
    ? await Promise.all([prefetched.source, prefetched.cache])
    : [fs.readFileSync(file), await readOrNothing(cacheFile)];
  const script = new vm.Script(Module.wrap(decodeSource(source)), { filename: file, cachedData });
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      fs.writeFileSync(`${cacheFile}.${process.pid}.tmp`, script.createCachedData());
      fs.renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
    },
  };
}

async function run() {
  if (!isFresh()) await rebuild();
  try {
    // Loading runs module-level definitions (environments), which validate themselves.
    const bundle = await loadBundle(outfile);
    process.exitCode = await bundle.exports.main(argv, { bundle: outfile });
    // After the run, so the functions it compiled lazily are in the cache too.
    bundle.saveCache();
  } catch (err) {
    // Errors the project raises on purpose carry their own message; anything else keeps its stack.
    if (err && err.userFacing) {
      console.error(`error: ${err.message}`);
    } else {
      console.error(err);
      if (!sourceMaps) {
        console.error('(for TypeScript file and line numbers, run again with NODE_OPTIONS=--enable-source-maps)');
      }
    }
    process.exitCode = 2;
  }
  if (EXIT_WHEN_DONE.has(command) && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) {
    process.exit();
  }
}

/**
 * Commands that are done when `main` returns. They exit at once rather than wait for V8's pending
 * garbage collection tasks (a last mark-compact of 10-15 ms on the lab's heap); output still
 * waiting in a stream (an asynchronous pipe) lets the process end the usual way instead.
 */
const EXIT_WHEN_DONE = new Set(['synth']);

run().catch((err) => {
  // A failed rebuild: esbuild has printed what it could not bundle.
  console.error(err && err.message ? `error: ${err.message}` : err);
  process.exitCode = 2;
});
