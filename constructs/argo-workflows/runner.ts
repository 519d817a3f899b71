/**
 * Who runs experiment workflows: the namespace Argo Workflows runs them in and the service
 * account they run as. The hub's Argo Workflows component creates this account with the
 * cluster-wide rights every experiment needs; each experiment grants it, in its own namespaces,
 * the rights its own workflow needs.
 */
export interface WorkflowRunner {
  /** Namespace of the WorkflowTemplates and their Workflows. */
  readonly namespace: string;
  /** Service account the workflows' pods run as. */
  readonly serviceAccountName: string;
}
