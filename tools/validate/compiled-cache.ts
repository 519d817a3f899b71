import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';

/**
 * Compiled validators kept on disk as Ajv standalone code, so a run that validates the same kinds
 * against the same schemas loads them (tens of milliseconds) instead of compiling them again
 * (most of a validation's time). The file name is a hash of everything the code depends on, so
 * changed schemas or kinds make a new file, which replaces the old one.
 */
export class CompiledCache {
  public constructor(private readonly dir: string) {}

  /** The cache file for these inputs. */
  public fileFor(inputs: readonly string[]): string {
    const hash = createHash('sha256');
    for (const input of inputs) hash.update(input).update('\0');
    return path.join(this.dir, `validators-${hash.digest('hex').slice(0, 24)}.cjs`);
  }

  /** The validators in a cache file by kind key, or undefined when there is none. */
  public load(file: string): Map<string, ValidateFunction> | undefined {
    if (!fs.existsSync(file)) return undefined;
    // The generated code requires Ajv's runtime helpers, found from the project's node_modules.
    const mod = require(file) as Record<string, ValidateFunction> & { kinds: string[] };
    return new Map(mod.kinds.map((key, i) => [key, mod[`v${i}`]]));
  }

  /**
   * Writes the validators `ajv` compiled for `refs` (kind key to schema reference; Ajv must have
   * been created with `code.source`), through a temporary name so a reader never sees half a file.
   */
  public save(file: string, ajv: Ajv, refs: ReadonlyMap<string, string>): void {
    const kinds = [...refs.keys()];
    const exports = Object.fromEntries(kinds.map((key, i) => [`v${i}`, refs.get(key)!]));
    const code = `${standaloneCode(ajv, exports)}\nexports.kinds = ${JSON.stringify(kinds)};\n`;
    fs.mkdirSync(this.dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, file);
    // Older sets (other schemas or kinds) would only pile up: a few MB each.
    for (const other of fs.readdirSync(this.dir)) {
      if (/^validators-[0-9a-f]+\.cjs$/.test(other) && other !== path.basename(file)) fs.rmSync(path.join(this.dir, other));
    }
  }
}
