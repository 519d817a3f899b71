import type { Resources } from '../k8s/resources';

/** The subset of the cilium chart's values the lab sets (chart 1.20.0). */
export interface CiliumValues {
  readonly ipam: { readonly mode: 'kubernetes' };
  readonly cni: { readonly exclusive: boolean };
  readonly defaultLBServiceIPAM: 'lbipam' | 'nodeipam' | 'none';
  readonly resources: Resources;
  readonly operator: { readonly replicas: number; readonly resources: Resources };
  readonly prometheus: { readonly enabled: boolean };
}
