/** Label keys of experiment objects (the same keys the hub uses). */
export const EXPERIMENT_LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  experiment: 'illmlab.xyz/experiment',
  /** Tells one run's objects from another's. */
  run: 'illmlab.xyz/run',
} as const;
