import path from 'node:path';
import { PROJECT_ROOT } from '../constructs/core/paths';

export { PROJECT_ROOT };

/** The pinned upstream material (CRDs, chart defaults, API schemas), beside the project. */
export const SHARED_ROOT = path.resolve(process.env.LAB_SHARED_DIR ?? path.join(PROJECT_ROOT, '..', 'shared'));
