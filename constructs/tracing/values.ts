import type { Resources } from '../k8s/resources';

/** An environment variable the charts pass through to a container as it is. */
export interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: { readonly secretKeyRef: { readonly name: string; readonly key: string } };
}

/** A container's security context as the charts render it whole. */
export interface ChartSecurityContext {
  readonly runAsNonRoot?: boolean;
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly allowPrivilegeEscalation?: boolean;
  readonly readOnlyRootFilesystem?: boolean;
  readonly capabilities?: { readonly drop: readonly string[] };
}

/** The subset of the tempo chart's values the lab sets (chart 2.2.4). */
export interface TempoValues {
  readonly tempo: {
    readonly resources: Resources;
    readonly reportingEnabled: boolean;
    readonly retention: string;
    readonly storage: {
      readonly trace: {
        readonly backend: 's3';
        readonly s3: { readonly bucket: string; readonly endpoint: string; readonly insecure: boolean; readonly forcepathstyle: boolean };
        readonly wal: { readonly path: string };
      };
    };
    readonly extraEnv: readonly EnvVar[];
    readonly securityContext: ChartSecurityContext;
  };
  readonly persistence: { readonly enabled: boolean; readonly storageClassName: string; readonly size: string };
}

/** The subset of the jaeger chart's values the lab sets (chart 4.11.1). */
export interface JaegerValues {
  readonly userconfig: object;
  readonly jaeger: {
    readonly resources: Resources;
    readonly securityContext: ChartSecurityContext;
    readonly extraVolumes: readonly object[];
    readonly extraVolumeMounts: readonly object[];
  };
}

/** The subset of the opentelemetry-collector chart's values the lab sets (chart 0.170.0). */
export interface OtelCollectorValues {
  readonly mode: 'deployment';
  readonly fullnameOverride: string;
  readonly image: { readonly repository: string; readonly tag: string };
  readonly replicaCount: number;
  readonly alternateConfig: object;
  readonly ports: Readonly<Record<string, { readonly enabled: boolean }>>;
  readonly resources: Resources;
  readonly securityContext: ChartSecurityContext;
}

/** The subset of the opentelemetry-operator chart's values the lab sets (chart 0.122.0). */
export interface OpenTelemetryOperatorValues {
  readonly manager: {
    readonly resources: Resources;
    readonly metrics: { readonly secure: boolean };
  };
}
