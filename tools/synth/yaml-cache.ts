import fs from 'node:fs';
import path from 'node:path';
import { dumpYaml, YAML_WRITER } from '../../constructs/core/yaml';

/** What the cache file holds. */
interface CacheFile {
  readonly writer: string;
  readonly texts: Record<string, string>;
}

/** Marks a value whose JSON text would not tell it apart from another one js-yaml writes differently. */
const NOT_KEYABLE = Symbol('not keyable');

/**
 * The YAML text of objects written before, by their exact JSON (ADR 0056). Writing YAML was a
 * third of rendering; before a commit most objects are what they were, and their text is reused.
 * An object's JSON decides its YAML (same writer, same keys in the same order, same values), so a
 * hit gives the bytes `dumpYaml` would give. Values whose JSON would hide a difference (NaN, -0,
 * undefined, class instances) are written afresh and never kept. The JSON itself is the key: a
 * digest would need node:crypto, whose loading costs more than the longer keys.
 */
export class YamlCache {
  /** Opens the cache in `file`; a missing, unreadable or other writer's file is an empty cache. */
  public static open(file: string): YamlCache {
    let texts: Record<string, string> = {};
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (data.writer === YAML_WRITER && data.texts && typeof data.texts === 'object') texts = data.texts;
    } catch {
      // No cache yet, or a broken one: every object is written afresh and the file replaced.
    }
    return new YamlCache(file, new Map(Object.entries(texts)));
  }

  /** Texts this run used, by JSON: what `save` keeps. */
  private readonly used = new Map<string, string>();
  private misses = 0;

  private constructor(private readonly file: string, private readonly known: ReadonlyMap<string, string>) {}

  /** The object as `dumpYaml` writes it, from the cache when it holds the object's text. */
  public toYaml(value: unknown): string {
    const key = keyOf(value);
    if (key === undefined) return dumpYaml(value);
    const known = this.used.get(key) ?? this.known.get(key);
    if (known !== undefined) {
      this.used.set(key, known);
      return known;
    }
    const text = dumpYaml(value);
    this.misses += 1;
    this.used.set(key, text);
    return text;
  }

  /** Objects written afresh so far. */
  public get written(): number {
    return this.misses;
  }

  /**
   * Keeps the texts this run used, and only those, so the file holds one synth's worth. Written to
   * a temporary name and renamed; not written when nothing changed.
   */
  public save(): void {
    if (this.misses === 0 && this.used.size === this.known.size) return;
    const data: CacheFile = { writer: YAML_WRITER, texts: Object.fromEntries(this.used) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(data));
    fs.renameSync(temp, this.file);
  }
}

/** A value's JSON, or undefined when its JSON would not identify its YAML. */
function keyOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, keyable);
  } catch {
    // NOT_KEYABLE, a cycle or a BigInt: dumpYaml decides what to do with such a value.
    return undefined;
  }
}

/**
 * A JSON.stringify replacer that throws on the values JSON would blur: numbers JSON turns into
 * `null` or `0` (NaN, Infinity, -0), values it drops (undefined, functions, symbols) and objects
 * other than plain ones and arrays (a Date would become a string js-yaml writes unquoted), and
 * objects with a toJSON method.
 */
function keyable(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  switch (typeof raw) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(raw) || Object.is(raw, -0)) throw NOT_KEYABLE;
      return value;
    case 'object': {
      if (raw === null) return value;
      const proto = Object.getPrototypeOf(raw);
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) throw NOT_KEYABLE;
      // JSON would write what toJSON returns; js-yaml refuses the function.
      if (typeof (raw as { toJSON?: unknown }).toJSON === 'function') throw NOT_KEYABLE;
      return value;
    }
    default:
      throw NOT_KEYABLE;
  }
}
