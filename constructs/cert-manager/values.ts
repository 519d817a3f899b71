import type { Resources } from '../k8s/resources';

/** The subset of the cert-manager chart's values the lab sets (chart v1.21.1). */
export interface CertManagerValues {
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly global: {
    /** Where the leader-election leases live; the chart's default is kube-system. */
    readonly leaderElection: { readonly namespace: string };
  };
  readonly resources: Resources;
  readonly webhook: { readonly resources: Resources };
  readonly cainjector: { readonly resources: Resources };
  readonly startupapicheck: { readonly resources: Resources };
  readonly prometheus: { readonly enabled: boolean };
}
