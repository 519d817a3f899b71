import type { Resources } from '../k8s/resources';

/** The subset of the istiod chart's values the lab sets (chart 1.30.3, set at the top level). */
export interface IstiodValues {
  readonly autoscaleEnabled: boolean;
  readonly replicaCount: number;
  readonly resources: Resources;
  readonly global: {
    /** Registry of the control-plane and proxy images. */
    readonly hub: string;
    /** Tag of the control-plane and proxy images: the Istio release. */
    readonly tag: string;
  };
}

/** The subset of the gateway chart's values the lab sets (chart 1.30.3, set at the top level). */
export interface IstioGatewayValues {
  readonly replicaCount: number;
  readonly autoscaling: { readonly enabled: boolean };
  readonly resources: Resources;
  readonly service: {
    readonly type: 'LoadBalancer' | 'ClusterIP';
    readonly annotations?: Readonly<Record<string, string>>;
  };
}
