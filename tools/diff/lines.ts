/** One line of a line diff: kept (' '), removed ('-') or added ('+'). */
export interface DiffLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

/** Above this many line pairs a text is shown whole, old then new, instead of line by line. */
const MAX_CELLS = 4_000_000;

/**
 * The line diff of two texts by longest common subsequence, keeping at most `context` unchanged
 * lines around each change (a `...` line stands for the ones left out).
 */
export function diffLines(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const all: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      all.push({ op: ' ', text: a[i] });
      i += 1;
      j += 1;
    } else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      all.push({ op: '-', text: a[i] });
      i += 1;
    } else {
      all.push({ op: '+', text: b[j] });
      j += 1;
    }
  }
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
