import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dumpYaml, toYaml, withYamlWriter } from '../constructs/core/yaml';
import { synthesize } from '../tools/synth/synthesize';
import { readStore } from '../tools/synth/text-store';
import { keyOf, YamlCache } from '../tools/synth/yaml-cache';
import { LAB } from '../lab';
import { objects, testLab } from './support/lab';
import { temporaryFolders } from './support/temp-folders';

// Synth reuses the YAML of unchanged objects (ADR 0056); a reused text must be the one toYaml writes.
const tempDir = temporaryFolders('lab-yaml-cache-');
function cacheFile(): string {
  return path.join(tempDir(), 'cache.json');
}

/** Writes every value through a cache opened from `file`, saves it, and gives the texts and the fresh-write count. */
function pass(file: string, values: readonly unknown[]): { texts: string[]; written: number } {
  const cache = YamlCache.open(file);
  const texts = values.map((v) => cache.toYaml(v));
  cache.save();
  return { texts, written: cache.written };
}

describe('the YAML cache', () => {
  it("gives every object of the lab js-yaml's own text, written afresh and then reused", () => {
    const all = objects();
    const file = cacheFile();
    const first = pass(file, all);
    const second = pass(file, all);
    expect(first.written).toBe(all.length);
    expect(second.written).toBe(0);
    // Independent of the project's writer: plain js-yaml reads each text back as the object.
    second.texts.forEach((text, i) => expect(jsyaml.load(text)).toEqual(all[i]));
    expect(second.texts).toEqual(first.texts);
    expect(second.texts).toEqual(all.map((o) => dumpYaml(o)));
  });

  it('writes afresh what changed', () => {
    const file = cacheFile();
    pass(file, [{ a: 'one' }, { b: 2 }]);
    const again = pass(file, [{ a: 'one' }, { b: 3 }]);
    expect(again.written).toBe(1);
    expect(again.texts).toEqual(['a: one\n', 'b: 3\n']);
  });

  it('tells apart values that JSON would write alike', () => {
    const file = cacheFile();
    // Each pair has one JSON text; js-yaml writes the two differently.
    const pairs: Array<[unknown, unknown, string]> = [
      [{ x: null }, { x: NaN }, 'x: .nan\n'],
      [{ x: null }, { x: Infinity }, 'x: .inf\n'],
      [{ x: 0 }, { x: -0 }, 'x: -0.0\n'],
      [{ d: '2024-01-02T00:00:00.000Z' }, { d: new Date('2024-01-02T00:00:00Z') }, 'd: 2024-01-02T00:00:00.000Z\n'],
    ];
    for (const [plain, other, text] of pairs) {
      pass(file, [plain]);
      const { texts } = pass(file, [other]);
      expect(texts).toEqual([text]);
    }
    pass(file, [{ s: 'x' }]);
    // JSON writes what toJSON returns; js-yaml refuses the function, as it does without a cache.
    expect(() => pass(file, [{ s: { toJSON: () => 'x' } }])).toThrow(/unacceptable kind of an object to dump/);
    // js-yaml leaves out a key whose value is undefined, as JSON does.
    expect(pass(file, [{ u: undefined }]).texts).toEqual(['{}\n']);
    // Values without a key of their own: written afresh every time, never kept.
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    for (const value of [cyclic, { a: [1, undefined] }, { n: 1n }, { f: () => 1 }, { m: new Map() }, [{ x: -0 }]]) {
      expect(keyOf(value)).toBeUndefined();
    }
    expect(keyOf({ a: [1, null], b: { c: 'x' } })).toBe(keyOf({ a: [1, null], b: { c: 'x' } }));
    expect(keyOf({ a: 1, b: 2 })).not.toBe(keyOf({ b: 2, a: 1 }));
  });

  it('keeps only the texts of the last run', () => {
    const file = cacheFile();
    pass(file, [{ a: 1 }, { b: 2 }]);
    pass(file, [{ a: 1 }]);
    const texts = [...readStore(file)!.texts.values()].map((text) => text());
    expect(texts).toEqual(['a: 1\n']);
  });

  it("ignores another writer's file and a broken one", () => {
    const file = cacheFile();
    pass(file, [{ a: 1 }]);
    const saved = readStore(file)!;
    // A text under the right digest but from another writer (another js-yaml, other options).
    const [digest] = [...saved.texts.keys()];
    expect(digest).toBe(keyOf({ a: 1 }));
    fs.writeFileSync(file, `${JSON.stringify({ writer: `${saved.writer} (older)`, entries: [[digest, 9]] })}\na: stale\n`);
    expect(readStore(file)!.texts.get(digest)!()).toBe('a: stale\n');
    expect(pass(file, [{ a: 1 }])).toEqual({ texts: ['a: 1\n'], written: 1 });
    // A file cut short or with text after the last entry, or no index at all.
    const whole = fs.readFileSync(file, 'utf8');
    for (const broken of [whole.slice(0, -1), `${whole}x`, '{"writer": ']) {
      fs.writeFileSync(file, broken);
      expect(readStore(file)).toBeUndefined();
      expect(pass(file, [{ a: 1 }])).toEqual({ texts: ['a: 1\n'], written: 1 });
    }
  });

  it("answers the constructs' own toYaml calls while a synth runs, and only then", () => {
    const dir = path.dirname(cacheFile());
    const file = path.join(dir, 'synth-yaml.json');
    // http-baseline's workflow embeds its k6 TestRun; a lab of that one experiment is enough.
    const lab = testLab([], LAB.experiments.filter((e) => e.name === 'http-baseline'));
    const result = synthesize({ lab, outdir: path.join(dir, 'out'), cacheDir: dir });
    const texts = [...readStore(file)!.texts.values()].map((text) => text());
    // Workflow steps embed manifests (k6 TestRuns, kafka-perf Jobs) written with toYaml: not files of dist/.
    expect(texts.length).toBeGreaterThan(result.objects);
    expect(texts.some((t) => t.includes('\nkind: TestRun\n'))).toBe(true);
    // Outside a synth, toYaml writes afresh.
    expect(toYaml({ a: 1 })).toBe('a: 1\n');
    expect(() => withYamlWriter(() => 'cached\n', () => {
      expect(toYaml({ a: 1 })).toBe('cached\n');
      throw new Error('render failed');
    })).toThrow('render failed');
    expect(toYaml({ a: 1 })).toBe('a: 1\n');
  });
});
