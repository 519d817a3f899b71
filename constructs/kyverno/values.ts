/** Requests and a memory limit, as the kyverno chart's controllers take them (no CPU limit key). */
export interface KyvernoResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly memory: string };
}

/** The subset of the kyverno chart's values the lab sets (chart 3.9.0). */
export interface KyvernoValues {
  readonly admissionController: { readonly replicas: number; readonly container: { readonly resources: KyvernoResources } };
  readonly backgroundController: { readonly replicas: number; readonly resources: KyvernoResources };
  readonly cleanupController: { readonly replicas: number; readonly resources: KyvernoResources };
  readonly reportsController: { readonly replicas: number; readonly resources: KyvernoResources };
  readonly features: { readonly policyReports: { readonly enabled: boolean } };
}
