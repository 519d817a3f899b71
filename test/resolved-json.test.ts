import { ApiObject, App, Chart, Lazy } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { resolvedJson, withResolvedJson } from '../charts/resolved-json';

describe('resolved JSON', () => {
  const object = () => {
    let calls = 0;
    const chart = new Chart(new App(), 'c');
    const o = new ApiObject(chart, 'o', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { n: Lazy.any({ produce: () => String(++calls) }) } });
    return o;
  };

  it('resolves an object once within a render', () => {
    const o = object();
    const [a, b] = withResolvedJson(() => [resolvedJson(o), resolvedJson(o)]);
    expect(a).toBe(b);
    expect((a as any).data.n).toBe('1');
  });

  it('keeps nothing outside a render, so a tree still being built is read afresh', () => {
    const o = object();
    expect((resolvedJson(o) as any).data.n).toBe('1');
    expect((resolvedJson(o) as any).data.n).toBe('2');
    expect((withResolvedJson(() => resolvedJson(o)) as any).data.n).toBe('3');
  });
});
