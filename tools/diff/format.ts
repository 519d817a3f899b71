import { nameKey, TreeDiff } from './compare';
import type { FieldChange } from './fields';
import { DiffLine, diffLines } from './lines';
import { describeRef, ObjectRef } from './manifests';
import { ownerSite } from './owners';

/** What the new tree was compared with. */
export interface Baseline {
  /** The Git ref as given, e.g. `HEAD` or `origin/main`. */
  readonly ref: string;
  /** The commit it resolved to. */
  readonly commit: string;
}

/** The diff as plain text for a terminal. */
export function formatText(diff: TreeDiff, baseline: Baseline): string {
  const against = `${baseline.ref} (${baseline.commit.slice(0, 12)})`;
  if (diff.applications.length === 0) return `dist/: no changes against ${against}; ${plural(diff.counts.unchanged, 'object')} compared\n`;
  const out: string[] = [`dist/ against ${against}:`, ''];
  for (const app of diff.applications) {
    out.push(app.owner ? `Application ${app.label}` : app.label);
    const name = namer(diff);
    for (const ref of app.added) out.push(`  + ${name(ref)}`);
    for (const ref of app.removed) out.push(`  - ${name(ref)}`);
    for (const object of app.changed) {
      out.push(`  ~ ${name(object.ref)}`);
      for (const field of object.fields) out.push(...textField(field).map((l) => `      ${l}`));
    }
    out.push('');
  }
  out.push(summary(diff));
  return `${out.join('\n')}\n`;
}

/** The diff as Markdown for a pull request description or comment. */
export function formatMarkdown(diff: TreeDiff, baseline: Baseline): string {
  const against = `\`${baseline.ref}\` (\`${baseline.commit.slice(0, 12)}\`)`;
  if (diff.applications.length === 0) {
    return `### dist/ diff against ${against}\n\nNo changes; ${plural(diff.counts.unchanged, 'object')} compared.\n`;
  }
  const out: string[] = [`### dist/ diff against ${against}`, '', `${summary(diff)}`, ''];
  for (const app of diff.applications) {
    out.push(app.owner ? `#### Application \`${app.owner.name}\` (${ownerSite(app.owner)})` : `#### ${app.label}`, '');
    const name = namer(diff);
    const rows = [
      ...app.added.map((ref) => `| added | \`${name(ref)}\` |`),
      ...app.removed.map((ref) => `| removed | \`${name(ref)}\` |`),
      ...app.changed.map((c) => `| changed | \`${name(c.ref)}\` (${plural(c.fields.length, 'field')}) |`),
    ];
    out.push('| change | object |', '| --- | --- |', ...rows, '');
    for (const object of app.changed) {
      const body = object.fields.flatMap(markdownField);
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
      out.push(`\`${name(object.ref)}\``, '', `${fence}diff`, ...body, fence, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function summary(diff: TreeDiff): string {
  const { added, removed, changed, unchanged } = diff.counts;
  return `${added} added, ${removed} removed, ${changed} changed in ${plural(diff.applications.length, 'Application')}; ${unchanged} unchanged.`;
}

/** Names objects by kind, namespace and name, adding the API group where that alone is ambiguous. */
function namer(diff: TreeDiff): (ref: ObjectRef) => string {
  return (ref) => describeRef(ref, diff.ambiguous.has(nameKey(ref)));
}

/**
 * One field in a Markdown `diff` block: `- path: old` and `+ path: new` when the values fit a
 * line, else a `@@ path @@` header over a line diff of the text.
 */
function markdownField(field: FieldChange): string[] {
  if (!isMultiline(field)) {
    return [
      ...(field.change !== 'added' ? [`- ${field.path}: ${render(field.before)}`] : []),
      ...(field.change !== 'removed' ? [`+ ${field.path}: ${render(field.after)}`] : []),
    ];
  }
  return [`@@ ${field.path} @@`, ...fieldLines(field).map((l) => `${l.op} ${l.text}`)];
}

function isMultiline(field: FieldChange): boolean {
  const multi = (v: unknown) => typeof v === 'string' && v.includes('\n');
  return (field.change !== 'added' && multi(field.before)) || (field.change !== 'removed' && multi(field.after));
}

/** One field for the terminal: `path: old -> new` when both fit a line, else a small block. */
function textField(field: FieldChange): string[] {
  const oneLine = (v: unknown) => !(typeof v === 'string' && v.includes('\n'));
  if (field.change === 'changed' && oneLine(field.before) && oneLine(field.after)) {
    return [`${field.path}: ${render(field.before)} -> ${render(field.after)}`];
  }
  if (field.change === 'added' && oneLine(field.after)) return [`${field.path}: added ${render(field.after)}`];
  if (field.change === 'removed' && oneLine(field.before)) return [`${field.path}: removed ${render(field.before)}`];
  return [`${field.path}:`, ...fieldLines(field).map((l) => `  ${l.op} ${l.text}`)];
}

/** The old and new value of a field as diff lines; text across lines is diffed line by line. */
function fieldLines(field: FieldChange): DiffLine[] {
  const block = (op: '-' | '+', v: unknown): DiffLine[] =>
    typeof v === 'string' && v.includes('\n') ? v.replace(/\n$/, '').split('\n').map((text) => ({ op, text })) : [{ op, text: render(v) }];
  switch (field.change) {
    case 'added':
      return block('+', field.after);
    case 'removed':
      return block('-', field.before);
    default:
      if (typeof field.before === 'string' && typeof field.after === 'string' && (field.before.includes('\n') || field.after.includes('\n'))) {
        return diffLines(field.before, field.after);
      }
      return [...block('-', field.before), ...block('+', field.after)];
  }
}

/** A value as it reads in a report: strings quoted, maps and lists inline. */
function render(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}

function longestBacktickRun(lines: readonly string[]): number {
  return Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
