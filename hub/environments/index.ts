import type { Environment } from '../environment';
import { kind } from './kind';

/** Every environment the lab defines, in synthesis order. The first is the default for tools. */
export const ENVIRONMENTS: readonly Environment[] = [kind];
