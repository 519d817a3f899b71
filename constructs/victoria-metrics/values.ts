import type { Resources } from '../k8s/resources';

/** The subset of the victoria-metrics-single chart's values the lab sets (chart 0.45.0). */
export interface VictoriaMetricsSingleValues {
  readonly server: {
    /** Names the StatefulSet and its Service exactly (victoria-metrics-common 0.3.15, "vm.plain.fullname"). */
    readonly fullnameOverride: string;
    readonly image: { readonly tag: string };
    /** VictoriaMetrics' `-retentionPeriod`: a number alone means months, so the lab always writes a unit. */
    readonly retentionPeriod: string;
    readonly resources: Resources;
    readonly persistentVolume: {
      readonly enabled: boolean;
      readonly storageClassName: string;
      readonly size: string;
    };
    readonly podSecurityContext: Readonly<Record<string, unknown>>;
    readonly securityContext: Readonly<Record<string, unknown>>;
  };
}
