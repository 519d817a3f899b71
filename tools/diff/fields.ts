import { diffArrays } from 'diff';
import { compare } from '../synth/render';
import { isRecord } from '../../constructs/results/checks';

/** One field that differs between two versions of an object. */
export type FieldChange =
  | { readonly path: string; readonly change: 'added'; readonly after: unknown }
  | { readonly path: string; readonly change: 'removed'; readonly before: unknown }
  | { readonly path: string; readonly change: 'changed'; readonly before: unknown; readonly after: unknown };

type Json = unknown;
type JsonMap = { readonly [key: string]: Json };

/**
 * The fields that differ between two parsed objects, as paths to leaves in a stable order.
 *
 * - Maps are compared key by key: the order of keys does not matter.
 * - Lists whose items are all maps with a distinct string `name` on both sides (containers,
 *   volumes, env, ports) are matched by name, so one inserted container does not show every later
 *   one as changed. Their order still counts: when the shared names come in a different order,
 *   the list's order is reported as a change.
 * - Other lists are aligned on their equal items, like the lines of a text diff: an inserted
 *   item is one addition, a moved item a removal and an addition (order counts here too).
 * - A map or list that appears or disappears as a whole is spelt out leaf by leaf, except small
 *   maps of scalars, which are shown whole.
 */
export function diffFields(before: Json, after: Json, path = ''): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, path, out);
  return out;
}

function walk(a: Json, b: Json, path: string, out: FieldChange[]): void {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compare);
    for (const key of keys) {
      const sub = joinKey(path, key);
      if (!(key in b)) leaves(a[key], sub, (p, v) => out.push({ path: p, change: 'removed', before: v }));
      else if (!(key in a)) leaves(b[key], sub, (p, v) => out.push({ path: p, change: 'added', after: v }));
      else walk(a[key], b[key], sub, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (namedItems(a) && namedItems(b)) walkNamed(a as JsonMap[], b as JsonMap[], path, out);
    else walkAligned(a, b, path, out);
    return;
  }
  if (!sameScalar(a, b)) out.push({ path, change: 'changed', before: a, after: b });
}

/** Above this many differing items a list is compared by position alone. */
const MAX_ALIGN_EDITS = 2000;

/**
 * Lists without names: equal items are aligned as a line diff aligns lines (the `diff` package's
 * array diff over each item's canonical text), so one inserted item reads as one addition rather
 * than as a change of every item after it. Between aligned items, the old and new items left over
 * are compared pairwise by position; the rest are removals (old index) or additions (new index).
 */
function walkAligned(a: readonly Json[], b: readonly Json[], path: string, out: FieldChange[]): void {
  const changes = diffArrays(a.map(canonical), b.map(canonical), { maxEditLength: MAX_ALIGN_EDITS });
  if (!changes) {
    gap(a.map((_, i) => i), b.map((_, j) => j), a, b, path, out);
    return;
  }
  let i = 0;
  let j = 0;
  let olds: number[] = [];
  let news: number[] = [];
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) olds.push(i++);
    } else if (change.added) {
      for (let k = 0; k < count; k++) news.push(j++);
    } else {
      gap(olds, news, a, b, path, out);
      olds = [];
      news = [];
      i += count;
      j += count;
    }
  }
  gap(olds, news, a, b, path, out);
}

function gap(olds: readonly number[], news: readonly number[], a: readonly Json[], b: readonly Json[], path: string, out: FieldChange[]): void {
  const paired = Math.min(olds.length, news.length);
  for (let k = 0; k < paired; k++) walk(a[olds[k]], b[news[k]], `${path}[${news[k]}]`, out);
  for (const i of olds.slice(paired)) leaves(a[i], `${path}[${i}]`, (p, v) => out.push({ path: p, change: 'removed', before: v }));
  for (const j of news.slice(paired)) leaves(b[j], `${path}[${j}]`, (p, v) => out.push({ path: p, change: 'added', after: v }));
}

/** A value as text with map keys sorted: equal for values equal up to key order. */
function canonical(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v)) return `{${Object.keys(v).sort(compare).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

function walkNamed(a: readonly JsonMap[], b: readonly JsonMap[], path: string, out: FieldChange[]): void {
  const byName = (items: readonly JsonMap[]) => new Map(items.map((item) => [item.name as string, item]));
  const before = byName(a);
  const after = byName(b);
  const orderBefore = a.map((i) => i.name as string).filter((n) => after.has(n));
  const orderAfter = b.map((i) => i.name as string).filter((n) => before.has(n));
  if (orderBefore.join('\u0000') !== orderAfter.join('\u0000')) {
    out.push({ path: `${path} (order)`, change: 'changed', before: orderBefore, after: orderAfter });
  }
  for (const item of a) {
    const name = item.name as string;
    const sub = `${path}[name=${name}]`;
    if (!after.has(name)) leaves(item, sub, (p, v) => out.push({ path: p, change: 'removed', before: v }));
    else walk(item, after.get(name), sub, out);
  }
  for (const item of b) {
    const name = item.name as string;
    if (!before.has(name)) leaves(item, `${path}[name=${name}]`, (p, v) => out.push({ path: p, change: 'added', after: v }));
  }
}

/** Above this length a map that appears or disappears is spelt out leaf by leaf. */
const INLINE_MAP_LENGTH = 120;

/**
 * Calls `emit` for every leaf below `value`; empty maps and lists are leaves themselves, and so
 * is a small map of scalars (an AppProject destination, a port), shown whole with sorted keys.
 */
function leaves(value: Json, path: string, emit: (path: string, value: Json) => void): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    const keys = Object.keys(value).sort(compare);
    const inline = Object.fromEntries(keys.map((k) => [k, value[k]]));
    if (keys.every((k) => !isContainer(value[k])) && JSON.stringify(inline).length <= INLINE_MAP_LENGTH) {
      emit(path, inline);
      return;
    }
    for (const key of keys) leaves(value[key], joinKey(path, key), emit);
  } else if (Array.isArray(value) && value.length > 0) {
    const named = namedItems(value);
    value.forEach((item, i) => leaves(item, named ? `${path}[name=${(item as JsonMap).name}]` : `${path}[${i}]`, emit));
  } else {
    emit(path, value);
  }
}

function isContainer(v: Json): boolean {
  return v !== null && typeof v === 'object';
}

/** Whether every item is a map with a string name, no name twice. */
function namedItems(items: readonly Json[]): boolean {
  if (items.length === 0) return false;
  const names = new Set<string>();
  for (const item of items) {
    if (!isRecord(item) || typeof item.name !== 'string' || names.has(item.name)) return false;
    names.add(item.name);
  }
  return true;
}


/** Two scalars; a map or list against something of another shape is never the same. */
function sameScalar(a: Json, b: Json): boolean {
  return !isContainer(a) && !isContainer(b) && (a === b || Object.is(a, b));
}

/** Appends a key to a path: `a.b`, or `a["x.y/z"]` when the key is not a plain identifier. */
function joinKey(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}
