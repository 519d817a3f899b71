// How tools/run.mjs bundles a command with esbuild; `npm run bench` times the same build.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Libraries compiled into the bundle rather than required from node_modules at run time (ADR
 * 0055). Node's loader spends most of a bare `require('cdk8s-plus-30')` resolving, reading and
 * compiling some 60 files; inside the bundle they are part of one script whose V8 code cache
 * tools/run.mjs keeps, so a run neither resolves nor compiles them. Whatever these import is
 * bundled as well (cdk8s's own copy of `yaml`, tslib, minimatch). Every other package the
 * project's code imports stays external: tools' libraries (ajv, diff), ES-module-only ones that
 * `compare` loads with import() (vega), and esbuild itself.
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
 * Shortens the local names of the generated CRD bindings (imports/*.js, ADR 0050) before they are
 * bundled: they are 60% of the synth bundle, mostly long `toJson_...` helper names, and every run
 * reads, decodes and hashes the whole script (ADR 0055). Their names never reach the output or a
 * message the lab writes; the map esbuild is given keeps stack traces pointing at the bindings.
 */
function compactBindings(root) {
  const bindings = new RegExp(`^${path.join(root, 'imports').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\/][^\\/]+\\.js$`);
  return {
    name: 'lab-compact-bindings',
    setup(build) {
      build.onLoad({ filter: bindings }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const { code } = await build.esbuild.transform(source, {
          loader: 'js', format: 'esm', sourcefile: args.path, sourcemap: 'inline',
          minifyIdentifiers: true, minifySyntax: true, minifyWhitespace: true,
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** What the plugins do, for tools/run.mjs's cache key (esbuild options hold them as functions). */
export const PLUGINS_KEY = `externals except ${BUNDLED_PACKAGES.join(',')}; compact imports/*.js`;

/**
 * esbuild options for one command's bundle. Whitespace is minified (a smaller script is read and
 * hashed faster; names stay, so stack traces keep them); the linked source map gives TypeScript
 * locations when source maps are enabled.
 *
 * @param {{ root: string, entry: string, outfile: string }} where
 */
export function bundleOptions({ root, entry, outfile }) {
  return {
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [externals, compactBindings(root)],
    // No `module` condition (esbuild adds it unless conditions are given): with it, every
    // require('tslib') of the Grafana SDK, 218 of them, wraps tslib's ES module afresh.
    conditions: [],
    minifyWhitespace: true,
    // A separate map file: read only when source maps are enabled, not on every start.
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
    metafile: true,
  };
}
