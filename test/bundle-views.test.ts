import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../tools/bundle.mjs';
import { ROOT } from './support/lab';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-bundle-views-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The bundle of a project whose two modules import the same CommonJS library (from the libraries'
 * bundle, so a require of it in the command's bundle), and how often it requires the library.
 */
async function views(withSharedViews: boolean): Promise<{ calls: number; output: string }> {
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  try {
    fs.writeFileSync(path.join(dir, 'a.ts'), "import { Construct } from 'constructs';\nexport const a = (s: Construct) => new Construct(s, 'a');\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), "import * as c from 'constructs';\nexport const b = (s: c.Construct) => new c.Construct(s, 'b');\n");
    fs.writeFileSync(path.join(dir, 'main.ts'), [
      "import { RootConstruct } from 'constructs';",
      "import { a } from './a';",
      "import { b } from './b';",
      "const root = new RootConstruct('r');",
      'console.log(a(root).node.path, b(root).node.path);',
    ].join('\n'));
    const options = bundleOptions({ root: dir, entry: 'main.ts', outfile: path.join(dir, 'out.cjs') });
    const plugins = withSharedViews ? options.plugins : options.plugins?.filter((p) => p.name !== 'lab-shared-library-views');
    await build({ ...options, plugins, sourcemap: false });
    const output = fs.readFileSync(path.join(dir, 'out.cjs'), 'utf8');
    return { calls: output.split('require("constructs")').length - 1, output };
  } finally {
    fs.rmSync(path.join(dir, 'node_modules'));
  }
}

describe('the bundle\'s views of the shared libraries (tools/bundle.mjs)', () => {
  it('makes one ES-module view of a library that several modules import, where esbuild makes one per module', async () => {
    expect((await views(false)).calls).toBe(3);
    const shared = await views(true);
    expect(shared.calls).toBe(1);
    // The same classes either way: the bundle runs and the constructs know each other.
    const run = new Function('require', 'module', 'exports', 'console', shared.output);
    const printed: unknown[][] = [];
    run(require, { exports: {} }, {}, { log: (...args: unknown[]) => printed.push(args) });
    expect(printed).toEqual([['r/a', 'r/b']]);
  });
});
