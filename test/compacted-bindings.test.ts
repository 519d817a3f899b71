import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CompactedBindings } from '../tools/bundle.mjs';
import { temporaryFolders } from './support/temp-folders';

const tempDir = temporaryFolders('lab-compacted-');

describe('the compacted bindings of the bundles (tools/bundle.mjs)', () => {
  it('compacts a binding once, reuses it while its text stays, and keeps one version of each module', async () => {
    const root = tempDir();
    const cacheDir = path.join(root, 'cache');
    const binding = path.join(root, 'my-binding.js');
    const other = path.join(root, 'other.js');
    fs.writeFileSync(binding, 'export function toJson_LongName(longArgument) { return { value: longArgument }; }\n');
    fs.writeFileSync(other, 'export const other = 1;\n');
    const run = async (...files: string[]) => {
      const cache = new CompactedBindings(cacheDir, esbuild);
      const texts = await Promise.all(files.map((f) => cache.compact(f)));
      cache.forgetUnused();
      return texts;
    };
    const [first] = await run(binding, other);
    expect(first).not.toContain('longArgument');
    // What esbuild's transform writes, kept under the module's name.
    const kept = () => fs.readdirSync(cacheDir).sort();
    expect(kept()).toEqual([expect.stringMatching(/^my-binding\.[0-9a-f]{40}\.js$/), expect.stringMatching(/^other\.[0-9a-f]{40}\.js$/)]);
    // Reused: a kept text that says so is what comes back.
    const [file] = kept();
    fs.writeFileSync(path.join(cacheDir, file), '/* kept */\n');
    expect(await run(binding)).toEqual(['/* kept */\n']);
    // A new text is compacted afresh; the module's older version goes, the other module's stays.
    fs.writeFileSync(binding, 'export function toJson_LongName(longArgument) { return { changed: longArgument }; }\n');
    const [changed] = await run(binding);
    expect(changed).toContain('changed');
    expect(kept()).toHaveLength(2);
    expect(kept()).not.toContain(file);
  });
});
