import { diffArrays } from 'diff';

/** One line of a line diff: kept (' '), removed ('-') or added ('+'). */
export interface DiffLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

/** Above this many differing lines a text is shown whole, old then new, instead of line by line. */
const MAX_EDIT_LENGTH = 4000;

/**
 * The line diff of two texts (the `diff` package's Myers diff over their lines), keeping at most
 * `context` unchanged lines around each change (a `...` line stands for the ones left out).
 */
export function diffLines(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))];
  }
  const all: DiffLine[] = changes.flatMap((change) => {
    const op = change.removed ? '-' : change.added ? '+' : ' ';
    return change.value.map((text) => ({ op, text }) as DiffLine);
  });
  return trimContext(all, context);
}

function trimContext(lines: readonly DiffLine[], context: number): DiffLine[] {
  const keep = lines.map(() => false);
  lines.forEach((line, k) => {
    if (line.op === ' ') return;
    for (let d = Math.max(0, k - context); d <= Math.min(lines.length - 1, k + context); d++) keep[d] = true;
  });
  const out: DiffLine[] = [];
  let skipped = false;
  lines.forEach((line, k) => {
    if (keep[k]) {
      out.push(line);
      skipped = false;
    } else if (!skipped) {
      out.push({ op: ' ', text: '...' });
      skipped = true;
    }
  });
  return out;
}
