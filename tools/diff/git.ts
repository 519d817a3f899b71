import { execFileSync } from 'node:child_process';
import { LabError } from '../../constructs/core/errors';

/** A folder of a repository as committed at one commit. */
export interface CommittedFolder {
  /** The commit the ref resolved to. */
  readonly commit: string;
  /** File contents by path below the folder. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Reads every file below `folder` (a path relative to `cwd`, e.g. `dist`) as committed at `ref`.
 * Git runs without a shell: `rev-parse` resolves the ref, `ls-tree` lists the blobs and one
 * `cat-file --batch` reads them all. A ref whose tree lacks the folder gives no files.
 */
export function readCommittedFolder(cwd: string, ref: string, folder: string): CommittedFolder {
  const commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], `${JSON.stringify(ref)} is not a commit in this repository`).toString('utf8').trim();
  const prefix = git(cwd, ['rev-parse', '--show-prefix'], 'not inside a Git working tree').toString('utf8').trim();
  const root = `${prefix}${folder.replace(/\/+$/, '')}/`;
  const listing = git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', root], `cannot list ${root} at ${ref}`).toString('utf8');

  const blobs: Array<{ sha: string; path: string }> = [];
  for (const entry of listing.split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [, type, sha] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type === 'blob' && path.startsWith(root)) blobs.push({ sha, path: path.slice(root.length) });
  }
  const files = new Map<string, string>();
  if (blobs.length === 0) return { commit, files };

  const batch = git(cwd, ['cat-file', '--batch'], `cannot read the files of ${root} at ${ref}`, `${blobs.map((b) => b.sha).join('\n')}\n`);
  let at = 0;
  for (const blob of blobs) {
    const newline = batch.indexOf(0x0a, at);
    const [sha, type, size] = batch.subarray(at, newline).toString('utf8').split(' ');
    if (sha !== blob.sha || type !== 'blob') throw new LabError(`diff: git cat-file returned ${sha} ${type} for ${blob.path}`);
    const start = newline + 1;
    files.set(blob.path, batch.subarray(start, start + Number(size)).toString('utf8'));
    at = start + Number(size) + 1;
  }
  return { commit, files };
}

function git(cwd: string, args: string[], failure: string, input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new LabError(`diff: ${failure}${stderr ? ` (git: ${stderr.split('\n')[0]})` : ''}`);
  }
}
