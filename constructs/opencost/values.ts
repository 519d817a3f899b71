import type { Resources } from '../k8s/resources';

/** The subset of the opencost chart's values the lab sets (chart 2.5.17). */
export interface OpenCostValues {
  readonly opencost: {
    readonly exporter: { readonly defaultClusterId: string; readonly resources: Resources };
    readonly ui: { readonly resources: Resources };
    readonly prometheus: {
      readonly internal: {
        readonly enabled: boolean;
        readonly serviceName: string;
        readonly namespaceName: string;
        readonly port: number;
      };
    };
  };
}
