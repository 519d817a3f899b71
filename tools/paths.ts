import path from 'node:path';

/**
 * The project root. Tools run either bundled from .build/ or as sources under tools/ (tests);
 * both sit one level below the root.
 */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** The pinned upstream material (CRDs, chart defaults, API schemas), beside the project. */
export const SHARED_ROOT = path.resolve(process.env.LAB_SHARED_DIR ?? path.join(PROJECT_ROOT, '..', 'shared'));
