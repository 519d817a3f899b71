import type { Environment } from '../environment';
import { kind } from './kind';
import { talos } from './talos';

/** Every environment the lab defines, in synthesis order. The first is the default for tools. */
export const ENVIRONMENTS: readonly Environment[] = [kind, talos];
