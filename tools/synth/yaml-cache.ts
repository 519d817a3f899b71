import { createHash } from 'node:crypto';
import { dumpYaml, YAML_WRITER } from '../../constructs/core/yaml';
import { TextStore } from './text-store';

/** What turns a key of {@link keyOf} into text: the YAML writer, and how keys are made. */
export const YAML_TEXT_WRITER = `${YAML_WRITER}; keys: sha1 of the JSON`;

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
    if (!keyable(value)) return undefined;
    json = JSON.stringify(value);
  } catch {
    // A cycle (the walk overflows the stack): dumpYaml decides what to do with such a value.
    return undefined;
  }
  return createHash('sha1').update(json).digest('base64');
}

/**
 * Whether JSON tells the value apart from every other one js-yaml writes differently: no numbers
 * JSON turns into `null` or `0` (NaN, Infinity, -0), no values it drops (undefined, functions,
 * symbols) or cannot write (BigInt), no objects other than plain ones and arrays (a Date would
 * become a string js-yaml writes unquoted), none with a toJSON method. One walk ahead of the
 * native JSON.stringify costs less than a replacer called for every value.
 */
function keyable(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      // JSON would write what toJSON returns; js-yaml refuses the function.
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) if (!keyable(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) if (!keyable((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
