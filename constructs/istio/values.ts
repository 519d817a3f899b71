import type { Resources } from '../k8s/resources';

/** The subset of the istiod chart's values the lab sets (chart 1.30.3, set at the top level). */
export interface IstiodValues {
  /** Set by {@link Istiod.enableAmbient} when a hub also runs ztunnel. */
  profile?: IstioProfile;
  readonly autoscaleEnabled: boolean;
  readonly replicaCount: number;
  readonly resources: Resources;
  readonly global: {
    /** Registry of the control-plane and proxy images. */
    readonly hub: string;
    /** Tag of the control-plane and proxy images: the Istio release. */
    readonly tag: string;
    /** The injected sidecar proxy. */
    readonly proxy: { readonly resources: Resources };
    /** The Envoy istiod deploys for a waypoint. */
    readonly waypoint: { readonly resources: Resources };
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

/** Istio's install profile: `ambient` turns on ztunnel support in istiod and redirection in the CNI agent. */
export type IstioProfile = 'ambient';

/** The subset of the `cni` chart's values the lab sets (chart 1.30.3, set at the top level). */
export interface IstioCniValues {
  readonly profile: IstioProfile;
  readonly hub: string;
  readonly tag: string;
  readonly resources: Resources;
}

/** The subset of the `ztunnel` chart's values the lab sets (chart 1.30.3, set at the top level). */
export interface ZtunnelValues {
  readonly profile: IstioProfile;
  readonly hub: string;
  readonly tag: string;
  readonly resources: Resources;
}
