import fs from 'node:fs';
import path from 'node:path';

/**
 * The project root: the nearest folder above this module that holds cdk8s.yaml. The same code
 * runs from its source folder (tests) and bundled into .build/ (commands), at different depths.
 */
export const PROJECT_ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'cdk8s.yaml'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no cdk8s.yaml in ${start} or any folder above it`);
  }
}
