#!/usr/bin/env node
'use strict';
// Runs one of the project's TypeScript commands. The sources are bundled by esbuild into
// .build/ (tools/bundle.mjs), in two bundles: the command's own code, and the libraries and
// generated code it requires (ADR 0163), and loaded in this same process: no type check on the
// hot path (that is `npm run typecheck`), no second node start, no on-the-fly loader. The runner is CommonJS: a run whose bundle is fresh loads no ES module, which would
// start node's ES-module loader (about 10 ms); tools/bundle.mjs is imported only to rebuild.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { codeCacheFile, stampedFiles } = require('./run-cache.cjs');

const root = path.resolve(__dirname, '..');

/**
 * Command name to entry module. Each entry exports `main(argv, run): Promise<number>`, where `run`
 * (tools/command-run.ts) names the bundles it runs from.
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

const buildDir = path.join(root, '.build');
// Source maps are made and used only on request: making one costs some 160 ms of a rebuild, and
// parsing it about 70 ms a run. With NODE_OPTIONS=--enable-source-maps, a bundle is rebuilt
// with a linked map if it has none, and stack traces give TypeScript locations.
const sourceMaps = process.execArgv.includes('--enable-source-maps') || /--enable-source-maps/.test(process.env.NODE_OPTIONS ?? '');

/**
 * One bundle the runner keeps under .build/: the script, the stamp of what it was built from, and
 * V8's code cache for this process's node options. The script and its cache (some 5 MB together)
 * are read on libuv's threads while this thread checks that the bundle is fresh; after a rebuild
 * they are read again.
 */
function keptBundle(name) {
  const file = path.join(buildDir, name);
  const cache = codeCacheFile(file, process.execArgv, process.env.NODE_OPTIONS);
  return { file, stamp: `${file}.inputs.json`, cache, prefetched: { source: readOrNothing(file), cache: readOrNothing(cache) } };
}

/** The command's own bundle: the project's code (ADR 0163). */
const own = keptBundle(`${command}.cjs`);
/** The command's libraries' bundle: the packages and generated code its own bundle requires. */
const libraries = keptBundle(`${command}.libraries.cjs`);

// What else makes a bundle: node (its version decides the code cache too), the entry and the
// project's place (paths in a bundle's source map). `stamped inputs 3`: stamps of older runners
// named their inputs otherwise, or held the libraries in the command's bundle.
const ownKey = `${process.version}:${root}:${entry}:stamped inputs 3`;
const librariesKey = `${process.version}:${root}:libraries:stamped inputs 3`;

/**
 * Rebuilds a bundle with esbuild (`options` from tools/bundle.mjs), and stamps its inputs with
 * what `facts` makes of esbuild's metafile. Returns those facts.
 */
async function rebuild(bundle, options, facts) {
  bundle.prefetched = undefined;
  // V8 checks a code cache against its script's length only: a rebuilt bundle of the same length
  // would run the old code with the old cache, so a rebuild drops the caches of every set of
  // node options (this runner is their one writer).
  const base = path.basename(bundle.file);
  const built = fs.existsSync(buildDir) ? fs.readdirSync(buildDir) : [];
  for (const name of built) {
    if (name.startsWith(`${base}.`) && name.endsWith('.v8-cache')) fs.rmSync(path.join(buildDir, name), { force: true });
  }
  const { build } = await import('esbuild');
  const { bundleInputs } = await import('./bundle.mjs');
  const { metafile } = await build(options);
  // A map left by an earlier build would describe other code.
  if (!sourceMaps) fs.rmSync(`${bundle.file}.map`, { force: true });
  const inputs = stampedFiles(bundleInputs(metafile), BUNDLER_FILES).map((file) => [file, ...stamp(path.join(root, file))]);
  const made = facts(metafile);
  fs.writeFileSync(bundle.stamp, JSON.stringify({ ...made, sourceMap: sourceMaps, inputs }));
  return made;
}

/**
 * A bundle's stamp when the bundle can be reused: its key is `key`, every file it was built from
 * keeps its size and mtime, and, when source maps are on, it was built with its map (one built
 * with a map serves either way). Undefined otherwise.
 */
function freshStamp(bundle, key) {
  try {
    const stamped = JSON.parse(fs.readFileSync(bundle.stamp, 'utf8'));
    if (stamped.key !== key || !fs.existsSync(bundle.file)) return undefined;
    if (sourceMaps && stamped.sourceMap !== true) return undefined;
    const unchanged = stamped.inputs.every(([file, size, mtime]) => {
      const [s, m] = stamp(path.join(root, file));
      return s === size && m === mtime;
    });
    return unchanged ? stamped : undefined;
  } catch {
    return undefined;
  }
}

function stamp(file) {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? [st.size, st.mtimeMs] : [-1, -1];
}

/**
 * Makes both bundles fresh, rebuilding what changed: the command's own after an edit of the
 * project's code, the libraries' after an install or `npm run import`, or when the command's
 * code starts using another library module or generated name. Returns what the command's bundle
 * needs from its libraries' bundle (`libraryNeeds` in tools/bundle.mjs).
 */
async function freshBundles() {
  let needs = freshStamp(own, ownKey)?.needs;
  if (needs === null || typeof needs !== 'object') {
    const { bundleOptions, libraryNeeds } = await import('./bundle.mjs');
    const options = bundleOptions({ root, entry, outfile: own.file, sourceMap: sourceMaps });
    ({ needs } = await rebuild(own, options, (metafile) => ({ key: ownKey, needs: libraryNeeds(metafile, fs.readFileSync(own.file, 'latin1')) })));
  }
  if (Object.keys(needs).length === 0) return needs;
  const kept = freshStamp(libraries, librariesKey);
  if (kept === undefined || JSON.stringify(kept.needs) !== JSON.stringify(needs)) {
    const { librariesOptions } = await import('./bundle.mjs');
    const options = librariesOptions({ root, needs, outfile: libraries.file, sourceMap: sourceMaps });
    await rebuild(libraries, options, () => ({ key: librariesKey, needs }));
  }
  return needs;
}

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
 * Loads a bundle as CommonJS, its `require` answering first from `provided` (the libraries'
 * bundle's exports, for the command's own bundle), with V8's code cache kept beside it: the next
 * run skips parsing and compiling the functions this run compiled (ADR 0053). V8 rejects a cache
 * made from other source or by another V8, and a new one is written then.
 */
async function loadBundle(bundle, provided) {
  const file = bundle.file;
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const own = Module.createRequire(file);
  const answer = (id) => (Object.prototype.hasOwnProperty.call(provided, id) ? provided[id] : own(id));
  // With source maps on, node's own loader compiles the script (vm does not register its map), and
  // a script compiled by vm cannot import() ES modules on Node 20: bundles that do (compare loads
  // vega that way) load this way too. `mod.require` is what the script's `require` calls.
  if (sourceMaps || DYNAMIC_IMPORTS.has(command)) {
    mod.require = answer;
    mod.load(file);
    return { exports: mod.exports, saveCache() {} };
  }
  const [source, cachedData] = bundle.prefetched
    ? await Promise.all([bundle.prefetched.source, bundle.prefetched.cache])
    : [fs.readFileSync(file), await readOrNothing(bundle.cache)];
  const script = new vm.Script(Module.wrap(decodeSource(source)), { filename: file, cachedData });
  script.runInThisContext().call(mod.exports, mod.exports, answer, mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      fs.writeFileSync(`${bundle.cache}.${process.pid}.tmp`, script.createCachedData());
      fs.renameSync(`${bundle.cache}.${process.pid}.tmp`, bundle.cache);
    },
  };
}

async function run() {
  const withLibraries = Object.keys(await freshBundles()).length > 0;
  try {
    const loaded = withLibraries ? [await loadBundle(libraries, {})] : [];
    // Loading runs module-level definitions (environments), which validate themselves.
    const program = await loadBundle(own, withLibraries ? loaded[0].exports.modules : {});
    loaded.push(program);
    const bundles = [own.file, ...(withLibraries ? [libraries.file] : [])];
    process.exitCode = await program.exports.main(argv, { bundles });
    // After the run, so the functions it compiled lazily are in the caches too.
    for (const bundle of loaded) bundle.saveCache();
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
