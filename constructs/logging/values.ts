import type { Resources } from '../k8s/resources';

/** A container's environment variable as Helm charts pass it through to a pod. */
export interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: {
    readonly secretKeyRef?: { readonly name: string; readonly key: string };
    readonly fieldRef?: { readonly fieldPath: string };
  };
}

/** The subset of the loki chart's values the lab sets (chart 18.11.0, Loki 3.7.6). */
export interface LokiValues {
  readonly deploymentMode: 'Monolithic';
  readonly loki: {
    readonly auth_enabled: boolean;
    readonly image: { readonly tag: string };
    readonly commonConfig: { readonly replication_factor: number };
    readonly storage: {
      readonly type: 's3';
      readonly bucketNames: { readonly chunks: string; readonly ruler: string; readonly admin: string };
      readonly s3: {
        readonly endpoint: string;
        readonly region: string;
        readonly accessKeyId: string;
        readonly secretAccessKey: string;
        readonly s3ForcePathStyle: boolean;
        readonly insecure: boolean;
      };
    };
    readonly schemaConfig: { readonly configs: readonly object[] };
    readonly limits_config: Readonly<Record<string, string | number | boolean>>;
    readonly compactor: Readonly<Record<string, string | number | boolean>>;
  };
  readonly singleBinary: {
    readonly replicas: number;
    readonly sidecar: boolean;
    readonly resources: Resources;
    readonly extraArgs: readonly string[];
    readonly extraEnv: readonly EnvVar[];
    readonly persistence: { readonly size: string; readonly storageClass: string };
  };
  readonly read: { readonly replicas: number };
  readonly write: { readonly replicas: number };
  readonly backend: { readonly replicas: number };
  readonly gateway: { readonly enabled: boolean };
  readonly chunksCache: { readonly enabled: boolean };
  readonly resultsCache: { readonly enabled: boolean };
  readonly sidecar: { readonly rules: { readonly enabled: boolean } };
  readonly lokiCanary: { readonly enabled: boolean };
  readonly test: { readonly enabled: boolean };
}

/** The subset of the alloy chart's values the lab sets (chart 1.11.1, Alloy v1.18.1). */
export interface AlloyValues {
  readonly image: { readonly tag: string };
  readonly crds: { readonly create: boolean };
  readonly controller: { readonly type: 'daemonset' };
  readonly alloy: {
    readonly configMap: { readonly content: string };
    readonly mounts: { readonly varlog: boolean };
    readonly extraEnv: readonly EnvVar[];
    readonly resources: Resources;
  };
}

/** The subset of the eck-operator chart's values the lab sets (chart 3.5.0). */
export interface EckOperatorValues {
  readonly image: { readonly tag: string };
  readonly resources: Resources;
  readonly telemetry: { readonly disabled: boolean };
}

/** The subset of the fluent-bit chart's values the lab sets (chart 0.58.1, Fluent Bit 5.1.1). */
export interface FluentBitValues {
  readonly image: { readonly tag: string };
  readonly resources: Resources;
  readonly config: { readonly inputs: string; readonly filters: string; readonly outputs: string };
}
