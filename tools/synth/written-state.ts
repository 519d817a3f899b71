import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FileIdentity as Identity, identityOf, sameIdentity } from './file-identity';
import { isLastRender, LastRender } from './render-inputs';

/** One line of the state: a file, the key of what synth wrote there, and the file's identity then. */
type Entry = readonly [file: string, key: string, ...identity: Identity];

interface StateFile {
  readonly writer: string;
  readonly outdir: string;
  readonly files: readonly Entry[];
  /** What the files came from, when the synth knew it (ADR 0162). */
  readonly render?: LastRender;
}

/**
 * What the last synth into one output folder left in each file (ADR 0156): the key of the object
 * the file was written from (the SHA-1 of its JSON, see yaml-cache.ts) and the file's identity
 * right after. When a later synth renders an object with the same key, and the file still has that
 * identity, the file holds that object's YAML already: synth neither writes the YAML nor reads the
 * file. Any write to a file gives it a new ctime, which no tool can set back (`touch` and `cp -p`
 * set mtime only), so a file changed since is read and compared as before.
 *
 * The state is a cache, kept under .build/ (one file per output folder) and never committed: the
 * identities are this machine's. A missing, broken or other writer's state is an empty one.
 */
export class WrittenState {
  /** The state of `outdir` kept in `cacheDir`; `writer` names what turns a key into text. */
  public static open(cacheDir: string, outdir: string, writer: string): WrittenState {
    const dir = path.join(cacheDir, STATE_DIR);
    const abs = path.resolve(outdir);
    const file = path.join(dir, `${createHash('sha1').update(abs).digest('hex').slice(0, 16)}.json`);
    const read = readState(file);
    const ours = read !== undefined && read.writer === writer && read.outdir === abs;
    const known = ours ? read.files : [];
    return new WrittenState(file, abs, writer, new Map(known.map(([rel, key, ...identity]) => [rel, { key, identity }])), ours ? read.render : undefined);
  }

  private readonly noted = new Map<string, { key: string; identity: Identity }>();

  private constructor(
    private readonly file: string,
    private readonly outdir: string,
    private readonly writer: string,
    private readonly known: ReadonlyMap<string, { key: string; identity: Identity }>,
    /** The render the last synth made these files from, if it recorded one. */
    public readonly lastRender: LastRender | undefined,
  ) {}

  /**
   * Whether every file the last synth noted still has the identity it had then: no file it wrote
   * was changed, replaced or removed since. False when it noted none.
   */
  public intact(): boolean {
    if (this.known.size === 0) return false;
    for (const [rel, { identity }] of this.known) {
      const now = identityOf(path.join(this.outdir, rel));
      if (now === undefined || !sameIdentity(now, identity)) return false;
    }
    return true;
  }

  /** Whether `rel` (a path below the output folder) still holds what synth wrote from the object keyed `key`. */
  public holds(rel: string, key: string): boolean {
    const entry = this.known.get(rel);
    if (entry === undefined || entry.key !== key) return false;
    const now = identityOf(path.join(this.outdir, rel));
    return now !== undefined && sameIdentity(now, entry.identity);
  }

  /** Notes that `rel` holds the output of the object keyed `key`, as the file is now. */
  public note(rel: string, key: string): void {
    const identity = identityOf(path.join(this.outdir, rel));
    if (identity !== undefined) this.noted.set(rel, { key, identity });
  }

  /** Notes that `rel` is as the last synth left it (its entry carries over). */
  public keep(rel: string): void {
    const entry = this.known.get(rel);
    if (entry !== undefined) this.noted.set(rel, entry);
  }

  /**
   * Writes the state of the files noted in this run (to a temporary name, then renamed), with
   * `render`, what they were made from, when the run knows it.
   */
  public save(render?: LastRender): void {
    const files = [...this.noted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([rel, { key, identity }]): Entry => [rel, key, ...identity]);
    const state: StateFile = { writer: this.writer, outdir: this.outdir, files, ...(render ? { render } : {}) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(state));
    fs.renameSync(temp, this.file);
    forgetGoneFolders(path.dirname(this.file), path.basename(this.file));
  }
}

/** The folder under the cache folder that holds one state file per output folder. */
export const STATE_DIR = 'synth-state';

function readState(file: string): StateFile | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile;
    const valid = typeof state?.writer === 'string' && typeof state.outdir === 'string' && Array.isArray(state.files) &&
      state.files.every((e) => Array.isArray(e) && e.length === 6 && typeof e[0] === 'string' && typeof e[1] === 'string' &&
        e.slice(2).every((n) => typeof n === 'number')) &&
      (state.render === undefined || isLastRender(state.render));
    return valid ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes the state of output folders that no longer exist (`npm run bench` and the tests write
 * into temporary folders), so the cache does not grow with every run. Only state files go; `own`,
 * the state just written, is not read again.
 */
function forgetGoneFolders(dir: string, own: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (name === own || !/^[0-9a-f]{16}\.json$/.test(name)) continue;
    const state = readState(path.join(dir, name));
    if (state !== undefined && !fs.existsSync(state.outdir)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
