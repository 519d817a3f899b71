import fs from 'node:fs';
import path from 'node:path';

/** The first line of a store's file: who wrote it, and each text's key and length. */
interface StoreIndex {
  readonly writer: string;
  /** Keys and lengths (UTF-16 code units) of the texts that follow the line, in order. */
  readonly entries: ReadonlyArray<readonly [string, number]>;
}

/**
 * Texts an earlier synth made, by key, kept in one file under .build/ (ADR 0056, 0098). The file
 * is one line of JSON, the index (`writer`, then each text's key and length), followed by the texts
 * one after another. Opening parses the index only and reads the rest as one string; a text is cut
 * out of it when asked for, so a synth that reuses a few megabytes of YAML never parses them.
 * `writer` names what made the texts: a file of another writer is ignored. `save` keeps the texts
 * this run asked for or made, and only those, so the file holds one synth's worth.
 */
export class TextStore {
  /** Opens the store in `file`; a missing, unreadable or other writer's file is an empty store. */
  public static open(file: string, writer: string): TextStore {
    const read = readStore(file);
    return new TextStore(file, writer, read && read.writer === writer ? read.texts : new Map());
  }

  private readonly used = new Map<string, string>();
  private added = 0;

  private constructor(
    private readonly file: string,
    private readonly writer: string,
    private readonly known: ReadonlyMap<string, () => string>,
  ) {}

  /** The text kept under `key`, if any. */
  public get(key: string): string | undefined {
    const text = this.used.get(key) ?? this.known.get(key)?.();
    if (text !== undefined) this.used.set(key, text);
    return text;
  }

  /** Keeps a text just made. */
  public set(key: string, text: string): void {
    if (!this.used.has(key)) this.added += 1;
    this.used.set(key, text);
  }

  /** Texts made afresh in this run. */
  public get made(): number {
    return this.added;
  }

  /** Writes the file (to a temporary name, then renamed) unless it would not change. */
  public save(): void {
    if (this.added === 0 && this.used.size === this.known.size) return;
    const index: StoreIndex = { writer: this.writer, entries: [...this.used].map(([key, text]) => [key, text.length]) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(index)}\n${[...this.used.values()].join('')}`);
    fs.renameSync(temp, this.file);
  }
}

/**
 * A store's file as its writer and its texts by key (each cut out when called), or undefined
 * when the file is missing or not a whole store: a broken file is as good as none.
 */
export function readStore(file: string): { writer: string; texts: Map<string, () => string> } | undefined {
  let data: string;
  try {
    data = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const end = data.indexOf('\n');
  let index: StoreIndex;
  try {
    index = JSON.parse(end < 0 ? data : data.slice(0, end)) as StoreIndex;
  } catch {
    return undefined;
  }
  if (end < 0 || typeof index?.writer !== 'string' || !Array.isArray(index.entries)) return undefined;
  const texts = new Map<string, () => string>();
  let at = end + 1;
  for (const entry of index.entries) {
    const [key, length] = Array.isArray(entry) ? entry : [];
    if (typeof key !== 'string' || !Number.isInteger(length) || length < 0) return undefined;
    const from = at;
    texts.set(key, () => data.slice(from, from + length));
    at += length;
  }
  // Texts that do not end where the file ends were cut or appended to: trust none of them.
  return at === data.length ? { writer: index.writer, texts } : undefined;
}
