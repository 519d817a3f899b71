/**
 * Mermaid ids for construct paths: letters, digits and `_` only, unique, and the same for the
 * same path in every run (no counters that depend on visiting order beyond the sorted input).
 */
export class MermaidIds {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();

  public id(key: string): string {
    const known = this.ids.get(key);
    if (known) return known;
    const base = `n_${key.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${n}`;
    this.ids.set(key, id);
    this.taken.add(id);
    return id;
  }
}

/** A node label in double quotes; Mermaid reads `#quot;` for a quote and `<br/>` as a line break. */
export function label(...lines: readonly string[]): string {
  return `"${lines.map((l) => l.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')).join('<br/>')}"`;
}

/** A fenced Mermaid block. */
export function mermaid(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}
