import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';

/** The replicas an autoscaler may choose between. */
export interface ReplicaRange {
  /**
   * Fewest replicas.
   * @default 1
   */
  readonly minReplicas?: number;
  /** Most replicas. */
  readonly maxReplicas: number;
}

/** Checks a replica range: 1 to 20 each (a lab's machines), minimum not above maximum. */
export function checkReplicaRange(where: string, range: ReplicaRange): { readonly min: number; readonly max: number } {
  const min = checkInteger(where, 'minReplicas', range.minReplicas ?? 1, 1, 20);
  const max = checkInteger(where, 'maxReplicas', range.maxReplicas, 1, 20);
  if (max < min) throw new ValidationError(where, 'maxReplicas', max, `at least minReplicas (${min})`);
  return { min, max };
}
