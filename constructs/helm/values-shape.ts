import type { ValuesShape } from '../../imports/helm-values';
import { ValidationError } from '../core/errors';

/**
 * The key shape of a chart's default values (derived at import time): a map of keys, or the type
 * of a leaf. `any` marks free-form content: an empty map or a null default in the chart.
 */
export type { ValuesShape };

/**
 * Checks values against a chart's shape, so that a misspelt or misplaced key fails the synth
 * instead of being ignored by Helm. Keys under `openPaths` (dotted) may be anything: maps the
 * chart documents as free-form although its defaults list a few keys, or keys the chart
 * documents only in a comment.
 */
export function checkValues(where: string, chartLabel: string, values: unknown, shape: ValuesShape, openPaths: readonly string[] = []): void {
  walk(values, shape, []);

  function walk(value: unknown, expected: ValuesShape, at: string[]): void {
    if (value === null || value === undefined || expected === 'any') return;
    const dotted = at.join('.');
    if (openPaths.includes(dotted)) return;
    const field = `values.${dotted}`;
    if (typeof expected === 'object') {
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ValidationError(where, field, value, `${chartLabel} expects a map here, with keys such as ${sample(expected)}`);
      }
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const next = expected[key];
        const childPath = dotted ? `${dotted}.${key}` : key;
        if (openPaths.includes(childPath)) continue;
        if (next === undefined) {
          const prefix = dotted ? `${dotted}.` : '';
          throw new ValidationError(where, `values.${prefix}${key}`, child,
            `${chartLabel} has no value "${prefix}${key}"; keys there: ${sample(expected)}`);
        }
        walk(child, next, [...at, key]);
      }
      return;
    }
    const actual = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'map' : typeof value;
    // Helm's templates often accept a number written as a string and the reverse; only the
    // structure (map, list, scalar) is held to the chart's defaults.
    const scalar = (t: string) => t === 'string' || t === 'number' || t === 'boolean';
    if (actual === expected || (scalar(actual) && scalar(expected))) return;
    throw new ValidationError(where, field, value, `${chartLabel} expects ${expected === 'array' ? 'a list' : `a ${expected}`} here`);
  }
}

function sample(shape: { readonly [key: string]: ValuesShape }): string {
  const keys = Object.keys(shape);
  return keys.length > 12 ? `${keys.slice(0, 12).join(', ')}, ...` : keys.join(', ');
}
