// The synth bundle's rewrite of the generated bindings' undefined filter (tools/bundle.mjs):
// it must find the generator's text in every binding, and give the same objects.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linearBindingSource, UNDEFINED_FILTER } from '../tools/bundle.mjs';
import { ROOT } from './support/lab';

describe('the linear undefined filter of the bundled bindings', () => {
  it('replaces the generator\'s filter in every binding that converts to JSON, and leaves none', () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'imports')).filter((f) => f.endsWith('.js')).map((f) => path.join(ROOT, 'imports', f)),
      path.join(ROOT, 'node_modules', 'cdk8s-plus-30', 'lib', 'imports', 'k8s.js'),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      if (!source.includes('function toJson_')) continue;
      const { code, replaced } = linearBindingSource(source);
      expect(replaced, file).toBeGreaterThan(0);
      expect(code.includes(UNDEFINED_FILTER), file).toBe(false);
      expect(code.split('__definedOnly(result)').length - 1, file).toBe(replaced);
    }
  });

  it('gives the same object as the generator\'s filter: the same fields, in the same order', () => {
    const original = new Function('result', `return ${UNDEFINED_FILTER};`) as (r: object) => object;
    const { code, replaced } = linearBindingSource(`"use strict";\nexports.f = function (result) { return ${UNDEFINED_FILTER}; };`);
    expect(replaced).toBe(1);
    const exports: { f?: (r: object) => object } = {};
    new Function('exports', code)(exports);
    const rewritten = exports.f!;
    const samples = [
      {},
      { a: 1, b: undefined, c: null, d: 0, e: '', f: false },
      { z: undefined, y: [undefined, 1], x: { nested: undefined }, 2: 'two', 1: 'one' },
    ];
    for (const sample of samples) {
      const a = original(sample);
      const b = rewritten(sample);
      expect(b).toEqual(a);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      expect(b).not.toBe(sample);
    }
  });

  it('leaves a source without the filter as it was', () => {
    expect(linearBindingSource('"use strict";\nexports.x = 1;\n')).toEqual({ code: '"use strict";\nexports.x = 1;\n', replaced: 0 });
  });
});
