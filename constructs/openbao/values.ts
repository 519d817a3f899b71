import type { Resources } from '../k8s/resources';

/** The subset of the openbao chart's values the lab sets (chart 0.29.2). */
export interface OpenBaoValues {
  readonly global: { readonly enabled: boolean; readonly tlsDisable: boolean };
  readonly server: {
    readonly resources: Resources;
    readonly dataStorage: {
      readonly enabled: boolean;
      readonly size?: string;
      readonly storageClass?: string;
      readonly accessMode?: string;
    };
    readonly standalone: { readonly enabled: boolean; readonly config: string };
    readonly ha: { readonly enabled: boolean };
    readonly volumes?: ReadonlyArray<{ readonly name: string; readonly hostPath: { readonly path: string; readonly type: string } }>;
    readonly volumeMounts?: ReadonlyArray<{ readonly name: string; readonly mountPath: string }>;
  };
  readonly injector: { readonly enabled: boolean; readonly resources: Resources };
  readonly ui: {
    readonly enabled: boolean;
    readonly serviceType: 'ClusterIP' | 'LoadBalancer';
    readonly loadBalancerIP?: string;
  };
  readonly csi: { readonly enabled: boolean };
}
