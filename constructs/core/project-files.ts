import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

/** A project file as it was read: its path relative to the project root, its size and mtime. */
export type ProjectFileStamp = readonly [file: string, size: number, mtimeMs: number];

/** Every project file read through {@link readProjectFile} in this process, by path. */
const read = new Map<string, ProjectFileStamp>();

/**
 * Reads a file of the project (a k6 script, the results step's program) while the lab is built.
 * Constructs read project files only through here: besides its bundled code, these files are all
 * a synth reads, and synth renders again when one of them changes (ADR 0162; a test keeps other
 * reads out of the construct layers). `file` is relative to the project root.
 */
export function readProjectFile(file: string): string {
  const full = path.join(PROJECT_ROOT, file);
  const fd = fs.openSync(full, 'r');
  try {
    // Stamped from the descriptor it is read through, so stamp and text are of one file.
    const stat = fs.fstatSync(fd);
    const text = fs.readFileSync(fd, 'utf8');
    read.set(file, [file, stat.size, stat.mtimeMs]);
    return text;
  } finally {
    fs.closeSync(fd);
  }
}

/** The project files read so far in this process, sorted by path, with their size and mtime then. */
export function projectFilesRead(): readonly ProjectFileStamp[] {
  return [...read.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether each file still has the size and mtime it had when read. */
export function projectFilesUnchanged(stamps: readonly ProjectFileStamp[]): boolean {
  return stamps.every(([file, size, mtimeMs]) => {
    const stat = fs.statSync(path.join(PROJECT_ROOT, file), { throwIfNoEntry: false });
    return stat !== undefined && stat.size === size && stat.mtimeMs === mtimeMs;
  });
}
