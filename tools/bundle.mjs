// How tools/run.cjs bundles a command with esbuild; `npm run bench` times the same builds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Libraries compiled into a bundle rather than required from node_modules at run time (ADR
 * 0055). Node's loader spends most of a bare `require('cdk8s-plus-30')` resolving, reading and
 * compiling some 60 files; inside a bundle they are part of one script whose V8 code cache
 * tools/run.cjs keeps, so a run neither resolves nor compiles them. Whatever these import is
 * bundled as well (cdk8s's own copy of `yaml`, tslib, minimatch). Every other package the
 * project's code imports stays external: tools' libraries (ajv, diff), ES-module-only ones that
 * `compare` loads with import() (vega), and esbuild itself.
 *
 * A command has two bundles (ADR 0163): its libraries' (these packages and the generated code of
 * imports/, which change only with `npm install` or `npm run import`) and its own (the project's
 * code, which requires them). An edit of the project's code rebuilds and recompiles only the
 * second.
 */
export const BUNDLED_PACKAGES = Object.freeze([
  '@grafana/grafana-foundation-sdk',
  'cdk8s',
  'cdk8s-plus-30',
  'constructs',
  'js-yaml',
  'semver',
]);

/** `@scope/name/sub` and `name/sub` to the package name. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * What a command's bundle requires the generated code of imports/ by (`lab-imports/k8s.js`): its
 * path below imports/, answered by the libraries' bundle.
 */
export const GENERATED_ID = 'lab-imports/';

/** Whether a command bundle's require names something its libraries' bundle holds. */
export function isLibraryId(id) {
  return id.startsWith(GENERATED_ID) || (!id.startsWith('node:') && BUNDLED_PACKAGES.includes(packageName(id)));
}

/**
 * Keeps a bare import external unless it names a bundled package or comes from inside
 * node_modules (a bundled package's own dependency, resolved from where it sits, as Node would).
 */
const externals = {
  name: 'lab-externals',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.importer.split(path.sep).includes('node_modules')) return undefined;
      if (args.path.startsWith('node:') || !BUNDLED_PACKAGES.includes(packageName(args.path))) {
        return { path: args.path, external: true };
      }
      return undefined;
    });
  },
};

/**
 * In a command's own bundle, every bare import stays a require: the bundled packages' for the
 * libraries' bundle to answer, the others (node's modules, ajv, ...) for node. An import of the
 * generated code under imports/ becomes a require of its {@link GENERATED_ID} id, through one
 * shared view (see {@link sharedLibraryViews}), also answered by the libraries' bundle.
 */
function commandExternals(root) {
  const generated = `${path.join(root, 'imports')}${path.sep}`;
  return {
    name: 'lab-command-externals',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === GENERATED_ID || !path.resolve(args.resolveDir, args.path).startsWith(generated)) return undefined;
        // esbuild finds the file (an ending left out, a folder's index); the marker keeps this hook out of that lookup.
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: GENERATED_ID });
        if (found.errors.length > 0 || !found.path.startsWith(generated)) return undefined;
        return { path: `${GENERATED_ID}${path.relative(generated, found.path).split(path.sep).join('/')}`, namespace: VIEW_NAMESPACE };
      });
    },
  };
}

/**
 * The statement cdk8s's binding generator ends every `toJson_*` function with: it drops the
 * undefined fields by copying the object once per field (`{ ...r, [k]: v }`), which is quadratic
 * in the number of fields. An Argo WorkflowTemplate has structs of 40-odd fields, each mostly
 * unset, and this spread was most of its conversion time.
 */
export const UNDEFINED_FILTER = 'Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})';

/**
 * The same filter as one pass: the fields in the same order, those set only. The keys are the
 * generator's literal field names, never `__proto__`, so plain assignment defines the same own
 * properties as the spread did.
 */
const DEFINED_ONLY = 'function __definedOnly(o){const out={};for(const k in o){const v=o[k];if(v!==undefined)out[k]=v}return out}';

/**
 * A binding module's source with every {@link UNDEFINED_FILTER} replaced by the linear helper
 * (declared at the end: a function declaration is hoisted, and a `"use strict"` prologue stays
 * first). Returns how many were replaced, so callers can tell a generator that changed its text.
 */
export function linearBindingSource(source) {
  const parts = source.split(UNDEFINED_FILTER);
  if (parts.length === 1) return { code: source, replaced: 0 };
  return { code: `${parts.join('__definedOnly(result)')}\n${DEFINED_ONLY}\n`, replaced: parts.length - 1 };
}

/**
 * What cdk8s 2.70's lib/resolve.js must hold for {@link fastResolveSource}: the module-level
 * names the fast path uses. A cdk8s whose file differs fails the bundle with a message rather
 * than bundling a fast path that no longer matches.
 */
const RESOLVE_ANCHORS = [
  'exports.resolve = resolve;',
  'const app_1 = require("./app");',
  'const lazy_1 = require("./lazy");',
  'class LazyResolver {',
  'class ImplicitTokenResolver {',
  'class NumberStringUnionResolver {',
  'function resolve(key, value, apiObject) {',
];

/**
 * A fast path for cdk8s's `resolve`, appended to its module. cdk8s resolves every value of every
 * object through its app's resolvers, and for each value it finds the app by walking up the
 * construct tree, allocates a context and copies the key path, though the built-in resolvers
 * read neither. When the app's resolvers are exactly the three built-in ones (the lab passes none
 * of its own), the fast path applies the same three checks in the same order to each value,
 * with nothing allocated but the result; any other app gets cdk8s's own function.
 */
const FAST_RESOLVE = `
const __builtInResolvers = new WeakMap();
function __onlyBuiltIn(resolvers) {
  let known = __builtInResolvers.get(resolvers);
  if (known === undefined) {
    known = resolvers.length === 3 && resolvers[0].constructor === LazyResolver
      && resolvers[1].constructor === ImplicitTokenResolver && resolvers[2].constructor === NumberStringUnionResolver;
    __builtInResolvers.set(resolvers, known);
  }
  return known;
}
function __resolveBuiltIn(value) {
  for (;;) {
    if (value == null) return value;
    if (value instanceof lazy_1.Lazy) { value = value.produce(); continue; }
    if (typeof (value.resolve) === 'function') { value = value.resolve(); continue; }
    if (value.constructor !== Object && NumberStringUnionResolver.TYPES.includes(typeof (value.value))) { value = { value: value.value }; continue; }
    break;
  }
  if (Array.isArray(value)) return value.map((x) => __resolveBuiltIn(x));
  if (value.constructor == Object) {
    const result = {};
    for (const [k, v] of Object.entries(value)) result[k] = __resolveBuiltIn(v);
    return result;
  }
  return value;
}
exports.resolve = function resolveFast(key, value, apiObject) {
  return __onlyBuiltIn(app_1.App.of(apiObject).resolvers) ? __resolveBuiltIn(value) : resolve(key, value, apiObject);
};
`;

/** cdk8s's lib/resolve.js with the fast path appended; throws when the file is not the one it was written for. */
export function fastResolveSource(source) {
  const missing = RESOLVE_ANCHORS.filter((anchor) => !source.includes(anchor));
  if (missing.length) {
    throw new Error(`tools/bundle.mjs: cdk8s's lib/resolve.js no longer holds ${missing.map((m) => JSON.stringify(m)).join(', ')}; `
      + 'check its resolve() and update the fast path (or drop it)');
  }
  return `${source}\n${FAST_RESOLVE}`;
}

const CDK8S_RESOLVE = /[\\/]node_modules[\\/]cdk8s[\\/]lib[\\/]resolve\.js$/;

/** An object standing for a module that is loaded when one of its members is first read. */
const LAZY_MODULE = 'function __lazyModule(load){let m;return new Proxy({},{get(_,key){return (m??=load())[key]}})}';

/**
 * What cdk8s 2.70 loads on start for its `Yaml` class and Helm charts, and the lazy form each
 * statement gets ({@link lazyCdk8sSource}). The lab uses neither (its YAML comes from js-yaml), yet
 * every start would load node's `child_process` (with `net`, `dgram` and their streams) and `os`,
 * and run the 60-odd modules of cdk8s's copy of `yaml`.
 */
const CDK8S_LAZY = {
  'yaml.js': [
    ['const child_process_1 = require("child_process");', 'const child_process_1 = __lazyModule(() => require("child_process"));'],
    ['const os = __importStar(require("os"));', 'const os = __lazyModule(() => __importStar(require("os")));'],
    ['const YAML = __importStar(require("yaml"));', 'const YAML = __lazyModule(() => __importStar(require("yaml")));'],
  ],
  '_child_process.js': [
    ['const child_process_1 = require("child_process");', 'const child_process_1 = __lazyModule(() => require("child_process"));'],
    ['    spawnSync: child_process_1.spawnSync,', '    spawnSync: (...args) => child_process_1.spawnSync(...args),'],
  ],
};

/**
 * cdk8s's lib/yaml.js or lib/_child_process.js (`name`) with its start-up requires made lazy: each
 * module is required when a member of it is first used, and behaves the same from then on. Throws
 * when the file no longer holds a statement it was written for.
 */
export function lazyCdk8sSource(name, source) {
  const edits = CDK8S_LAZY[name];
  if (!edits) throw new Error(`tools/bundle.mjs: no lazy requires are known for cdk8s's lib/${name}`);
  let code = source;
  for (const [from, to] of edits) {
    if (!code.includes(from)) {
      throw new Error(`tools/bundle.mjs: cdk8s's lib/${name} no longer holds ${JSON.stringify(from)}; check its requires and update the lazy form (or drop it)`);
    }
    code = code.replace(from, to);
  }
  return `${code}\n${LAZY_MODULE}\n`;
}

const CDK8S_LAZY_FILES = /[\\/]node_modules[\\/]cdk8s[\\/]lib[\\/](yaml|_child_process)\.js$/;

/** The bundled library whose Kubernetes bindings come from the same generator. */
const KPLUS_BINDINGS = /[\\/]node_modules[\\/]cdk8s-plus-30[\\/]lib[\\/]imports[\\/]k8s\.js$/;

/**
 * Prepares libraries before they are bundled (ADR 0097): cdk8s's resolve gets its fast path;
 * cdk8s-plus-30's Kubernetes bindings get the linear undefined filter, which the project's CRD
 * bindings (imports/*.js, ADR 0050) have from `npm run import`; the project's bindings also get
 * short local names: they are 60% of the synth bundle, mostly long `toJson_...` helper names, and
 * every run reads, decodes and hashes the whole script (ADR 0055). Their names never reach the
 * output or a message the lab writes. The compacted text carries no source map of its own (it
 * would triple what each rebuild parses), so with source maps on, a stack trace names the binding
 * module but not its line.
 */
function compactBindings(root) {
  const bindings = new RegExp(`^${path.join(root, 'imports').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\/][^\\/]+\\.js$`);
  return {
    name: 'lab-compact-bindings',
    setup(build) {
      const cache = new CompactedBindings(path.join(root, '.build', 'bindings'), build.esbuild);
      build.onLoad({ filter: bindings }, async (args) => ({ contents: await cache.compact(args.path), loader: 'js' }));
      build.onEnd(() => cache.forgetUnused());
      build.onLoad({ filter: CDK8S_RESOLVE }, async (args) => {
        return { contents: fastResolveSource(await fs.promises.readFile(args.path, 'utf8')), loader: 'js' };
      });
      build.onLoad({ filter: CDK8S_LAZY_FILES }, async (args) => {
        return { contents: lazyCdk8sSource(path.basename(args.path), await fs.promises.readFile(args.path, 'utf8')), loader: 'js' };
      });
      build.onLoad({ filter: KPLUS_BINDINGS }, async (args) => {
        const { code } = linearBindingSource(await fs.promises.readFile(args.path, 'utf8'));
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** How a binding module is compacted: esbuild's transform with these options. */
const COMPACT_OPTIONS = Object.freeze({
  loader: 'js', format: 'esm', sourcemap: false, minifyIdentifiers: true, minifySyntax: true, minifyWhitespace: true,
});

/**
 * The compacted bindings of earlier bundles, one file each under .build/bindings/, named by the
 * module and the digest of what made it: esbuild's version, the options, the module's path and its
 * text. The bindings change only with `npm run import`, and compacting their 6 MB was half of
 * every rebuild after a source edit. When a bundle is done, the other versions of the modules it
 * used are removed.
 */
export class CompactedBindings {
  constructor(dir, esbuild) {
    this.dir = dir;
    this.esbuild = esbuild;
    this.used = new Set();
  }

  async compact(file) {
    const source = await fs.promises.readFile(file, 'utf8');
    const digest = createHash('sha1').update(JSON.stringify([this.esbuild.version, COMPACT_OPTIONS, file, source])).digest('hex');
    const name = `${path.basename(file, '.js')}.${digest}.js`;
    this.used.add(name);
    const kept = path.join(this.dir, name);
    const known = await fs.promises.readFile(kept, 'utf8').catch(() => undefined);
    if (known !== undefined) return known;
    const { code } = await this.esbuild.transform(source, { ...COMPACT_OPTIONS, sourcefile: file });
    await fs.promises.mkdir(this.dir, { recursive: true });
    const temp = `${kept}.${process.pid}.tmp`;
    await fs.promises.writeFile(temp, code);
    await fs.promises.rename(temp, kept);
    return code;
  }

  forgetUnused() {
    const modules = new Set([...this.used].map((name) => name.replace(/\.[0-9a-f]{40}\.js$/, '')));
    if (modules.size === 0 || !fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      const stale = name.match(/^(.+)\.[0-9a-f]{40}\.js$/);
      if (stale && modules.has(stale[1]) && !this.used.has(name)) fs.rmSync(path.join(this.dir, name), { force: true });
    }
    this.used.clear();
  }
}

/**
 * Libraries the project imports from ES modules in many files (cdk8s in some 90, constructs in
 * 30, cdk8s-plus-30 in 35, the generated Kubernetes bindings in some 50). They are CommonJS (or,
 * required from the libraries' bundle, behave so), and esbuild gives every importing module its
 * own ES-module view of them, copying each export onto a fresh object (`__toESM`): some 130 copies
 * of the same exports on every start, about 40 ms of a synth. Each is imported instead through
 * one ES module that re-exports it, so its view is made once; the exports are the same objects.
 */
const SHARED_VIEWS = ['cdk8s', 'cdk8s-plus-30', 'constructs'];

/** The namespace of the one-line modules that re-export a shared library. */
const VIEW_NAMESPACE = 'lab-view';

function sharedLibraryViews(root) {
  const filter = new RegExp(`^(${SHARED_VIEWS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lab-shared-library-views',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        // The libraries' own imports, and the view's import of its library, resolve as usual.
        if (args.namespace === VIEW_NAMESPACE || args.importer.split(path.sep).includes('node_modules')) return undefined;
        return { path: args.path, namespace: VIEW_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: VIEW_NAMESPACE }, (args) => ({
        contents: `export * from ${JSON.stringify(args.path)};\n`, resolveDir: root, loader: 'js',
      }));
    },
  };
}

/** What both bundles of a command share. */
function commonOptions(outfile, sourceMap) {
  return {
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // No `module` condition (esbuild adds it unless conditions are given): with it, every
    // require('tslib') of the Grafana SDK, 218 of them, wraps tslib's ES module afresh.
    conditions: [],
    minifyWhitespace: true,
    // esbuild's default, stated because tools/run.cjs relies on it: the code is ASCII.
    charset: 'ascii',
    // A separate map file: read only when source maps are enabled, not on every start.
    sourcemap: sourceMap ? 'linked' : false,
    sourcesContent: false,
    logLevel: 'error',
    metafile: true,
  };
}

/**
 * esbuild options for a command's own bundle: the project's code, requiring its libraries and the
 * generated code of imports/ by {@link isLibraryId} ids (see {@link librariesOptions}). Whitespace is
 * minified (a smaller script is read and hashed faster; names stay, so stack traces keep them).
 * With `sourceMap`, a linked source map gives TypeScript locations when node runs with source
 * maps enabled; it costs some 160 ms of a full rebuild, so tools/run.cjs asks for it only then.
 *
 * @param {{ root: string, entry: string, outfile: string, sourceMap?: boolean }} where
 */
export function bundleOptions({ root, entry, outfile, sourceMap = false }) {
  return {
    ...commonOptions(outfile, sourceMap),
    entryPoints: [path.join(root, entry)],
    plugins: [sharedLibraryViews(root), commandExternals(root)],
  };
}

/** The name of the libraries' bundle's entry module, which is no file (esbuild's `stdin`). */
const LIBRARIES_ENTRY = 'lab-libraries:entry';

/**
 * The project files a bundle was made from, relative to the project root, from esbuild's
 * metafile: every file it read, and for a view of generated code the file under imports/ it
 * stands for (a command's bundle requires that code, so its text is not an input, but a change
 * of which file an import finds is). Other virtual modules (views of packages, the libraries'
 * entry) stand for no file.
 */
export function bundleInputs(metafile) {
  const files = [];
  for (const input of Object.keys(metafile.inputs)) {
    const [namespace, name] = input.includes(':') ? [input.slice(0, input.indexOf(':')), input.slice(input.indexOf(':') + 1)] : ['file', input];
    if (namespace === 'file') files.push(input);
    else if (namespace === VIEW_NAMESPACE && name.startsWith(GENERATED_ID)) files.push(`imports/${name.slice(GENERATED_ID.length)}`);
  }
  return files;
}

/**
 * What a command's bundle needs from its libraries' bundle, from esbuild's metafile and the
 * bundle's text: each id it requires, sorted, with, for the generated code of imports/, the names
 * it reads, sorted. The libraries' bundle then keeps only those of the generated ES modules, as
 * esbuild does within one bundle (all of them would add 0.9 MB to every start). Null instead of
 * names means the whole module: the command uses its view otherwise than by reading a name.
 *
 * @returns {Record<string, string[] | null>}
 */
export function libraryNeeds(metafile, text) {
  const ids = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const i of output.imports) if (i.external && isLibraryId(i.path)) ids.add(i.path);
  }
  return Object.fromEntries([...ids].sort().map((id) => [id, id.startsWith(GENERATED_ID) ? namesRead(text, id) : null]));
}

/**
 * The names a bundle reads of a generated module's view: esbuild writes the view as
 * `var v = {}; __reExport(v, require("lab-imports/..."))` and each use as `v.Name`. Any other
 * mention of `v` (passing the view itself on, a computed member) gives null: all names.
 */
function namesRead(text, id) {
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const view = new RegExp(`__reExport\\(([\\w$]+),\\s*require\\(${escape(JSON.stringify(id))}\\)`).exec(text)?.[1];
  if (view === undefined) return null;
  const mentions = text.match(new RegExp(`(?<![\\w$.])${escape(view)}(?![\\w$])`, 'g'))?.length ?? 0;
  const names = new Set();
  let reads = 0;
  for (const [, name] of text.matchAll(new RegExp(`(?<![\\w$.])${escape(view)}\\.([A-Za-z_$][\\w$]*)`, 'g'))) {
    names.add(name);
    reads += 1;
  }
  // Its declaration and its re-export are the view's two other mentions.
  return mentions === reads + 2 ? [...names].sort() : null;
}

/**
 * esbuild options for a command's libraries' bundle: one module whose export `modules` maps each
 * id of `needs` to what a require of it gives the command's bundle. A package is loaded on first
 * use and kept; a generated module's names are imported, so esbuild keeps only those (and what they
 * use). The libraries get the patches of ADR 0097 and the compacted bindings.
 *
 * @param {{ root: string, needs: Record<string, string[] | null>, outfile: string, sourceMap?: boolean }} what
 */
export function librariesOptions({ root, needs, outfile, sourceMap = false }) {
  const imports = [];
  const members = [];
  Object.entries(needs).forEach(([id, names], n) => {
    const key = JSON.stringify(id);
    if (!id.startsWith(GENERATED_ID)) {
      members.push(`  ${key}: once(() => require(${key})),`);
      return;
    }
    const from = JSON.stringify(`./imports/${id.slice(GENERATED_ID.length)}`);
    if (names === null) {
      imports.push(`import * as m${n} from ${from};`);
      members.push(`  ${key}: { enumerable: true, value: m${n} },`);
      return;
    }
    imports.push(`import { ${names.map((name) => `${name} as m${n}_${name}`).join(', ')} } from ${from};`);
    members.push(`  ${key}: { enumerable: true, value: { ${names.map((name) => `${name}: m${n}_${name}`).join(', ')} } },`);
  });
  const contents = [
    ...imports,
    'function once(load) { let m; return { enumerable: true, get: () => (m ??= load()) }; }',
    'export const modules = Object.defineProperties({}, {',
    ...members,
    '});',
    '',
  ].join('\n');
  return {
    ...commonOptions(outfile, sourceMap),
    stdin: { contents, resolveDir: root, sourcefile: LIBRARIES_ENTRY, loader: 'js' },
    plugins: [externals, sharedLibraryViews(root), compactBindings(root)],
  };
}
