import fs from 'node:fs';
import path from 'node:path';

/** What a store's file holds. */
interface StoreFile {
  readonly writer: string;
  readonly texts: Record<string, string>;
}

/**
 * Texts an earlier synth made, by key, kept in one JSON file under .build/ (ADR 0056). `writer`
 * names what made them: a file of another writer is ignored. `save` keeps the texts this run
 * asked for or made, and only those, so the file holds one synth's worth.
 */
export class TextStore {
  /** Opens the store in `file`; a missing, unreadable or other writer's file is an empty store. */
  public static open(file: string, writer: string): TextStore {
    let texts: Record<string, string> = {};
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as StoreFile;
      if (data.writer === writer && data.texts && typeof data.texts === 'object') texts = data.texts;
    } catch {
      // No file yet, or a broken one: everything is made afresh and the file replaced.
    }
    return new TextStore(file, writer, new Map(Object.entries(texts)));
  }

  private readonly used = new Map<string, string>();
  private added = 0;

  private constructor(
    private readonly file: string,
    private readonly writer: string,
    private readonly known: ReadonlyMap<string, string>,
  ) {}

  /** The text kept under `key`, if any. */
  public get(key: string): string | undefined {
    const text = this.used.get(key) ?? this.known.get(key);
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
    const data: StoreFile = { writer: this.writer, texts: Object.fromEntries(this.used) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(data));
    fs.renameSync(temp, this.file);
  }
}
