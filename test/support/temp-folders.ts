import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * A maker of temporary folders named `<prefix>XXXXXX` in the OS's temporary folder, each removed
 * after the test that made it. Called at a file's top level or in a `describe`, where it registers
 * its `afterEach`.
 */
export function temporaryFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
