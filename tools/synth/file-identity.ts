import fs from 'node:fs';

/**
 * A file's identity on disk: size, mtime, ctime and inode, as `fs.statSync` gives them. Any write
 * gives a file a new ctime, which no tool sets back (`touch` and `cp -p` set mtime only), so a
 * file with the same identity holds the same bytes (ADR 0156).
 */
export type FileIdentity = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** The identity of a regular file, or undefined when there is none at `file`. */
export function identityOf(file: string): FileIdentity | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : undefined;
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** Whether `value`, read back from a JSON file, has the shape of a {@link FileIdentity}. */
export function isFileIdentity(value: unknown): value is FileIdentity {
  return Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number');
}
