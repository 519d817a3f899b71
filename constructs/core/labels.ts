/**
 * Label keys the lab puts on its objects, in one table: the labels written and the selectors
 * that find them again (cleanup steps, policies) cannot drift apart.
 */
export const LAB_LABELS = {
  partOf: 'app.kubernetes.io/part-of',
  managedBy: 'app.kubernetes.io/managed-by',
  environment: 'illmlab.xyz/environment',
  experiment: 'illmlab.xyz/experiment',
  /** Tells one workflow run's objects from another's. */
  run: 'illmlab.xyz/run',
} as const;

/** The `managed-by` value of everything the lab synthesizes. */
export const LAB_MANAGER = 'illm-lab';
