/** The namespace ArgoCD runs in and keeps its Applications in. */
export const ARGOCD_NAMESPACE = 'argocd';

/** ArgoCD's name for the cluster it runs in. */
export const IN_CLUSTER = 'https://kubernetes.default.svc';

/** The annotation that orders objects within a sync. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** The annotation that sets per-object sync options. */
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
