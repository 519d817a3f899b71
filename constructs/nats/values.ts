import type { Resources } from '../k8s/resources';

/** The subset of the nack chart's values the lab sets (chart 0.34.0, jetstream-controller 0.23.0). */
export interface NackValues {
  readonly resources: Resources;
  readonly securityContext: { readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
  readonly containerSecurityContext: {
    readonly allowPrivilegeEscalation: boolean;
    readonly readOnlyRootFilesystem: boolean;
    readonly capabilities: { readonly drop: readonly string[] };
  };
}

/** The subset of the nats chart's values the lab sets (chart 2.14.2). */
export interface NatsValues {
  readonly config: {
    readonly cluster: { readonly enabled: boolean; readonly replicas: number };
    readonly jetstream: {
      readonly enabled: boolean;
      readonly fileStore: {
        readonly enabled: boolean;
        readonly pvc: { readonly enabled: boolean; readonly size: string; readonly storageClassName?: string };
        readonly maxSize: string;
      };
      readonly memoryStore: { readonly enabled: boolean };
    };
  };
  readonly container: { readonly resources: Resources };
  readonly promExporter: { readonly enabled: boolean };
  readonly natsBox: { readonly enabled: boolean };
}
