import type { Resources } from '../k8s/resources';
import type { InitContainer } from './host-path-owner';

/** A volume of the server pod, as the chart's `server.volumes` renders it. */
export type OpenBaoVolume =
  | { readonly name: string; readonly hostPath: { readonly path: string; readonly type: string } }
  | { readonly name: string; readonly secret: { readonly secretName: string } };

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
    readonly extraInitContainers?: readonly InitContainer[];
    readonly extraEnvironmentVars: Readonly<Record<string, string>>;
    /** `path` is documented in a comment of the chart's values: an HTTP probe instead of `bao status`. */
    readonly readinessProbe: { readonly path: string };
    readonly standalone: { readonly enabled: boolean; readonly config: string };
    readonly ha: { readonly enabled: boolean };
    readonly volumes?: readonly OpenBaoVolume[];
    readonly volumeMounts?: ReadonlyArray<{ readonly name: string; readonly mountPath: string; readonly readOnly?: boolean }>;
    /** Container ports beside the chart's 8200-8202. */
    readonly extraPorts?: ReadonlyArray<{ readonly containerPort: number; readonly name: string }>;
  };
  readonly injector: { readonly enabled: boolean };
  readonly ui: {
    readonly enabled: boolean;
    readonly serviceType: 'ClusterIP' | 'LoadBalancer';
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly csi: { readonly enabled: boolean };
}
