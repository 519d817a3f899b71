import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { version as ajvVersion } from 'ajv/package.json';
import { LabError } from '../../constructs/core/errors';
import { CompiledCache } from './compiled-cache';
import { INDEX_FILE, KUBERNETES_FILE, SCHEMAS_DIR, fileOfRef, kindKey, type SchemaIndex } from './schema-files';

/**
 * The derived schemas of imports/schemas/, compiled on demand: a schema file is read when the
 * first kind it defines is asked for, and each apiVersion/kind is compiled once.
 */
export class SchemaStore {
  /**
   * One store of imports/schemas/ per process, without a cache folder: a kind is compiled the first
   * time anything in the process validates it, not once per call (compiling is most of the cost).
   */
  public static shared(): SchemaStore {
    SchemaStore.sharedStore ??= new SchemaStore();
    return SchemaStore.sharedStore;
  }

  private static sharedStore?: SchemaStore;

  private readonly index: SchemaIndex;
  private readonly ajv: Ajv;
  private readonly loaded = new Set<string>();
  private readonly compiled = new Map<string, ValidateFunction>();

  private readonly indexText: string;
  private readonly cache?: CompiledCache;

  /**
   * @param dir the folder holding index.json and the schema files @default imports/schemas
   * @param cacheDir where compiled validators are kept between runs (see {@link precompile})
   *   @default - none: every run compiles
   */
  public constructor(private readonly dir: string = SCHEMAS_DIR, cacheDir?: string) {
    this.cache = cacheDir ? new CompiledCache(cacheDir) : undefined;
    const indexPath = path.join(dir, INDEX_FILE);
    if (!fs.existsSync(indexPath)) {
      throw new LabError(`${indexPath} is missing; run \`npm run import\` (it derives the validation schemas from ../shared)`);
    }
    this.indexText = fs.readFileSync(indexPath, 'utf8');
    this.index = JSON.parse(this.indexText) as SchemaIndex;
    this.ajv = new Ajv({
      allErrors: true,
      // Errors carry the offending value and schema, to say what was found and what is allowed.
      verbose: true,
      // The schemas are generated from a fixed keyword list; an unknown keyword is a bug there.
      strictSchema: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      allowUnionTypes: true,
      validateFormats: false,
      validateSchema: false,
      // Kubernetes patterns are Go regular expressions; they read closer without the u flag.
      unicodeRegExp: false,
      // Compiling is most of the run time; shared definitions compiled once and unoptimized code
      // make it about three times faster than Ajv's defaults on these schemas.
      inlineRefs: false,
      // Source is kept only when compiled validators are cached as code.
      code: { optimize: false, source: this.cache !== undefined },
    });
  }

  /**
   * Makes the validators of these kinds ready: loaded from the cache when it holds them for the
   * same schemas, otherwise compiled and written to it. Without a cache it does nothing; kinds
   * are then compiled on first use.
   */
  public precompile(kinds: Iterable<{ apiVersion: string; kind: string }>): void {
    if (!this.cache) return;
    const refs = new Map<string, string>();
    for (const { apiVersion, kind } of kinds) {
      const key = kindKey(apiVersion, kind);
      const ref = this.index.kinds[key];
      if (ref) refs.set(key, ref);
    }
    const keys = [...refs.keys()].sort();
    if (keys.length === 0) return;
    const sorted = new Map(keys.map((k) => [k, refs.get(k)!]));
    const files = [...new Set([KUBERNETES_FILE, ...keys.map((k) => fileOfRef(sorted.get(k)!))])].sort();
    const texts = files.map((f) => fs.readFileSync(path.join(this.dir, f), 'utf8'));
    const file = this.cache.fileFor([ajvVersion, this.indexText, ...files, ...texts, ...keys]);
    const loaded = this.cache.load(file);
    if (loaded) {
      for (const [key, validate] of loaded) this.compiled.set(key, validate);
      return;
    }
    for (const key of keys) {
      const [apiVersion, kind] = [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)];
      this.validator(apiVersion, kind);
    }
    this.cache.save(file, this.ajv, sorted);
  }

  /** Whether a schema exists for this apiVersion/kind. */
  public has(apiVersion: string, kind: string): boolean {
    return kindKey(apiVersion, kind) in this.index.kinds;
  }

  /** The other apiVersions of the same API group that have a schema for `kind`, to hint at a wrong version. */
  public versionsOf(apiVersion: string, kind: string): string[] {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/') + 1) : '';
    const suffix = `/${kind}`;
    return Object.keys(this.index.kinds)
      .filter((key) => key.endsWith(suffix))
      .map((key) => key.slice(0, -suffix.length))
      .filter((version) => (group ? version.startsWith(group) : !version.includes('/')));
  }

  /** The compiled validator of an apiVersion/kind, or undefined when no schema defines it. */
  public validator(apiVersion: string, kind: string): ValidateFunction | undefined {
    const key = kindKey(apiVersion, kind);
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const ref = this.index.kinds[key];
    if (!ref) return undefined;
    this.load(KUBERNETES_FILE);
    this.load(fileOfRef(ref));
    // Registered under its reference, so cached standalone code can export it by that name.
    const validate = this.ajv.getSchema(ref) ?? this.ajv.compile({ $ref: ref });
    this.compiled.set(key, validate);
    return validate;
  }

  private load(file: string): void {
    if (this.loaded.has(file)) return;
    this.ajv.addSchema(JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')) as object);
    this.loaded.add(file);
  }
}
