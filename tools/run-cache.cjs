'use strict';
// Where tools/run.cjs keeps what it makes for a command: the bundle, its inputs' stamp, and V8's
// code cache. CommonJS, like the runner, so that a run whose bundle is fresh loads no ES module.
const { createHash } = require('node:crypto');

/**
 * Where the runner keeps a bundle's V8 code cache for a process started with `execArgv` and
 * `NODE_OPTIONS`. V8 rejects a cache made under other V8 flags (`npm run synth` runs with some,
 * ADR 0159), so each set of node options has its own file: a plain `node tools/run.cjs synth`
 * beside `npm run synth` would otherwise make each reject and rewrite the other's cache.
 */
function codeCacheFile(bundle, execArgv = [], nodeOptions = '') {
  const options = [...execArgv, nodeOptions ?? ''].join('\n').trim();
  if (options === '') return `${bundle}.v8-cache`;
  return `${bundle}.${createHash('sha1').update(options).digest('hex').slice(0, 12)}.v8-cache`;
}

/**
 * The files whose size and mtime stand for a bundle's inputs, from esbuild's list of them: each
 * source file of the project, and for a library its package.json alone (some 400 files fewer to
 * stat on every run; npm writes a package's folder afresh whenever it installs it, so a new
 * version or a reinstall gives the package.json a new mtime; a library edited by hand inside
 * node_modules is not seen: remove .build/ then). `bundler` adds the files that decide how the
 * bundle is made (tools/bundle.mjs, esbuild's package.json): editing a plugin rebuilds every bundle.
 */
function stampedFiles(inputs, bundler = []) {
  const files = new Set(bundler);
  for (const file of inputs) {
    const at = file.lastIndexOf('node_modules/');
    if (at < 0) {
      files.add(file);
      continue;
    }
    const parts = file.slice(at + 'node_modules/'.length).split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    files.add(`${file.slice(0, at)}node_modules/${name}/package.json`);
  }
  return [...files].sort();
}

module.exports = { codeCacheFile, stampedFiles };
