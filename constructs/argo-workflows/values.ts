import type { Resources } from '../k8s/resources';

/** The subset of the argo-workflows chart's values the lab sets (chart 1.0.18). */
export interface ArgoWorkflowsValues {
  readonly controller: {
    readonly resources: Resources;
    /** Where the chart creates the workflows' executor Role and RoleBinding. */
    readonly workflowNamespaces: readonly string[];
    readonly workflowDefaults: { readonly spec: { readonly serviceAccountName: string } };
  };
  readonly server: {
    readonly resources: Resources;
    readonly authModes: ReadonlyArray<'server' | 'client' | 'sso'>;
  };
  /** The init and wait containers of every workflow pod. */
  readonly executor: { readonly resources: Resources };
  readonly workflow: {
    readonly serviceAccount: { readonly create: boolean; readonly name: string };
    readonly rbac: { readonly create: boolean };
  };
  /** Whether the full CRDs come from a download Job (true) or the chart's minimal CRDs from its templates (false). */
  readonly crds: { readonly full: boolean };
}
