import { createHash } from 'node:crypto';
import { dumpYaml, YAML_WRITER } from '../../constructs/core/yaml';
import { TextStore } from './text-store';

/** What turns a key of {@link keyOf} into text: the YAML writer, and how keys are made. */
export const YAML_TEXT_WRITER = `${YAML_WRITER}; keys: sha1 of the JSON`;

/** Marks a value whose JSON text would not tell it apart from another one js-yaml writes differently. */
const NOT_KEYABLE = Symbol('not keyable');

/**
 * The YAML text of objects written before, by their exact JSON (ADR 0056). Writing YAML was a
 * third of rendering; before a commit most objects are what they were, and their text is reused.
 * An object's JSON decides its YAML (same writer, same keys in the same order, same values), so a
 * hit gives the bytes `dumpYaml` would give. Values whose JSON would hide a difference (NaN, -0,
 * undefined, class instances) are written afresh and never kept. The key is the SHA-1 of that
 * JSON (ADR 0098): with some 800 objects the JSON keys doubled the file every synth reads, and
 * hashing them costs less than reading them.
 */
export class YamlCache {
  /** Opens the cache in `file`; a missing, unreadable or other writer's file is an empty cache. */
  public static open(file: string): YamlCache {
    return new YamlCache(TextStore.open(file, YAML_TEXT_WRITER));
  }

  private constructor(private readonly store: TextStore) {}

  /**
   * The object as `dumpYaml` writes it, from the cache when it holds the object's text.
   * @param key the value's {@link keyOf}, when the caller has it already
   */
  public toYaml(value: unknown, key = keyOf(value)): string {
    if (key === undefined) return dumpYaml(value);
    const known = this.store.get(key);
    if (known !== undefined) return known;
    const text = dumpYaml(value);
    this.store.set(key, text);
    return text;
  }

  /** Objects written afresh so far. */
  public get written(): number {
    return this.store.made;
  }

  /** Keeps the texts this run used, and only those (see TextStore). */
  public save(): void {
    this.store.save();
  }
}

/** The digest of a value's JSON, or undefined when its JSON would not identify its YAML. */
export function keyOf(value: unknown): string | undefined {
  let json: string;
  try {
    json = JSON.stringify(value, keyable);
  } catch {
    // NOT_KEYABLE, a cycle or a BigInt: dumpYaml decides what to do with such a value.
    return undefined;
  }
  return json === undefined ? undefined : createHash('sha1').update(json).digest('base64');
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
