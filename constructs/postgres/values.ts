import type { Resources } from '../k8s/resources';

/** The subset of the cloudnative-pg chart's values the lab sets (chart 0.29.0). */
export interface CloudNativePgValues {
  /** The chart installs the CRDs as templates; ArgoCD applies them with the operator. */
  readonly crds: { readonly create: boolean };
  readonly resources: Resources;
}

/** The subset of the plugin-barman-cloud chart's values the lab sets (chart 0.7.0). */
export interface BarmanCloudPluginValues {
  /** The ObjectStore CRD, applied with the plugin. */
  readonly crds: { readonly create: boolean };
  /** The chart leaves both tags empty (its appVersion); the lab pins them. */
  readonly image: { readonly tag: string };
  readonly sidecarImage: { readonly tag: string };
  readonly resources: Resources;
}
