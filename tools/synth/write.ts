import fs from 'node:fs';
import path from 'node:path';
import { compare } from './render';

export interface WriteResult {
  readonly written: number;
  readonly removed: number;
  readonly unchanged: number;
}

/**
 * Brings `outdir` in line with `files`: changed and new files are written (each to a temporary
 * name, then renamed over the old one), files below `ownedRoots` that the synth no longer
 * produces are removed, and folders left empty go too. Files outside the owned roots are not
 * touched. Callers render everything before calling this, so a synth that fails never gets here.
 */
export function writeTree(outdir: string, files: ReadonlyMap<string, string>, ownedRoots: readonly string[]): WriteResult {
  const existing = listFiles(outdir);
  let written = 0;
  let unchanged = 0;
  const staged: Array<[string, string]> = [];
  for (const [rel, content] of files) {
    const target = path.join(outdir, rel);
    if (existing.has(rel) && fs.readFileSync(target, 'utf8') === content) {
      unchanged += 1;
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, content);
    staged.push([temp, target]);
  }
  for (const [temp, target] of staged) {
    fs.renameSync(temp, target);
    written += 1;
  }

  let removed = 0;
  const owned = (rel: string) => ownedRoots.some((root) => root === '' || rel === root || rel.startsWith(`${root}/`));
  for (const rel of [...existing].sort(compare)) {
    if (!files.has(rel) && owned(rel)) {
      fs.rmSync(path.join(outdir, rel));
      removed += 1;
    }
  }
  if (removed) removeEmptyFolders(outdir);
  return { written, removed, unchanged };
}

/** Every file below a folder, as paths relative to it with forward slashes. */
export function listFiles(root: string): Set<string> {
  const out = new Set<string>();
  if (!fs.existsSync(root)) return out;
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else out.add(rel);
    }
  };
  walk(root, '');
  return out;
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(dir, entry.name))) {
      fs.rmdirSync(path.join(dir, entry.name));
    } else {
      empty = false;
    }
  }
  return empty;
}
