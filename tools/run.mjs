#!/usr/bin/env node
// Runs one of the project's TypeScript commands. The sources are bundled by esbuild into
// .build/ (node_modules stay external) and loaded in this same process: no type check on the
// hot path (that is `npm run typecheck`), no second node start, no on-the-fly loader.
import { buildSync } from 'esbuild';
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
};

const [command, ...argv] = process.argv.slice(2);
const entry = COMMANDS[command];
if (!entry) {
  console.error(`usage: node tools/run.mjs <${Object.keys(COMMANDS).join('|')}> [args]`);
  process.exit(2);
}

const outfile = path.join(root, '.build', `${command}.cjs`);
buildSync({
  entryPoints: [path.join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'error',
});
process.setSourceMapsEnabled(true);
try {
  // Loading runs module-level definitions (environments), which validate themselves.
  const mod = createRequire(import.meta.url)(outfile);
  process.exitCode = await mod.main(argv);
} catch (err) {
  // Errors the project raises on purpose carry their own message; anything else keeps its stack.
  console.error(err && err.userFacing ? `error: ${err.message}` : err);
  process.exitCode = 2;
}
