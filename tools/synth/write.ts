import fs from 'node:fs';
import path from 'node:path';
import { compare } from './render';
import { openOutputFolder, OutputFolder, RECORD_FILE, writeRecord } from './record';

export interface WriteResult {
  readonly written: number;
  readonly removed: number;
  readonly unchanged: number;
}

/** Stands for a file's text when the output folder is known to hold it already (written-state.ts). */
export const IN_PLACE: unique symbol = Symbol('in place');

/** A file's text, or {@link IN_PLACE}. */
export type FileText = string | typeof IN_PLACE;

export interface WriteOptions {
  /**
   * The folder as the user gave it, for error messages.
   * @default - outdir
   */
  readonly shown?: string;
  /** Called with each file given as text once the folder holds that text. */
  readonly settled?: (rel: string) => void;
  /**
   * The folder as `openOutputFolder` found it, when the caller checked it already.
   * @default - opened (and checked) here
   */
  readonly folder?: OutputFolder;
}

/**
 * Brings `outdir` in line with `files`. The folder must be synth's own (empty, absent, or holding
 * the record of an earlier synth: see record.ts); otherwise this throws before touching anything.
 * Changed and new files are written (each to a temporary name, then renamed over the old one);
 * files the record lists below `ownedRoots` that the synth no longer produces are removed, and
 * folders that this leaves empty go too. Files the record does not list are never removed.
 * Callers render everything before calling this, so a synth that fails never gets here. A file
 * given as {@link IN_PLACE} is neither read nor written.
 */
export function writeTree(
  outdir: string, files: ReadonlyMap<string, FileText>, ownedRoots: readonly string[], options: WriteOptions = {},
): WriteResult {
  const { settled } = options;
  const { recorded } = options.folder ?? openOutputFolder(outdir, options.shown ?? outdir);
  let written = 0;
  let unchanged = 0;
  const staged: Array<[string, string]> = [];
  for (const [rel, content] of files) {
    if (content === IN_PLACE) {
      unchanged += 1;
      continue;
    }
    const target = path.join(outdir, rel);
    if (readIfFile(target) === content) {
      unchanged += 1;
      settled?.(rel);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, content);
    staged.push([temp, rel]);
  }
  for (const [temp, rel] of staged) {
    fs.renameSync(temp, path.join(outdir, rel));
    written += 1;
    settled?.(rel);
  }

  let removed = 0;
  const owned = (rel: string) => ownedRoots.some((root) => root === '' || rel === root || rel.startsWith(`${root}/`));
  const kept = new Set(files.keys());
  for (const rel of [...recorded].sort(compare)) {
    if (files.has(rel)) continue;
    if (!owned(rel)) {
      kept.add(rel);
      continue;
    }
    const full = path.join(outdir, rel);
    if (fs.statSync(full, { throwIfNoEntry: false })?.isFile()) {
      fs.rmSync(full);
      removed += 1;
      removeEmptyParents(outdir, path.dirname(full));
    }
  }
  writeRecord(outdir, kept);
  return { written, removed, unchanged };
}

function readIfFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Every file below a folder, as paths relative to it with forward slashes; synth's own record
 * (record.ts) is not among them.
 */
export function listFiles(root: string): Set<string> {
  const out = new Set<string>();
  if (!fs.existsSync(root)) return out;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel !== RECORD_FILE) out.add(rel);
  }
  return out;
}

/** Removes `dir` and the folders above it, up to `root` (excluded), while they are empty. */
function removeEmptyParents(root: string, dir: string): void {
  for (let d = dir; d.startsWith(`${root}${path.sep}`); d = path.dirname(d)) {
    if (fs.readdirSync(d).length) return;
    fs.rmdirSync(d);
  }
}
