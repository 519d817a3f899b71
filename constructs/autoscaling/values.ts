import type { Resources } from '../k8s/resources';

/** The subset of the metrics-server chart's values the lab sets (chart 3.13.1). */
export interface MetricsServerValues {
  readonly args: readonly string[];
  readonly metrics: { readonly enabled: boolean };
  readonly serviceMonitor: { readonly enabled: boolean };
  readonly resources: Resources;
}

/** Requests and limits of one KEDA deployment. */
interface KedaParts<T> {
  readonly operator: T;
  readonly metricServer: T;
  readonly webhooks: T;
}

/** The subset of the keda chart's values the lab sets (chart 2.20.2). */
export interface KedaValues {
  readonly crds: { readonly install: boolean };
  readonly resources: KedaParts<Resources>;
  readonly prometheus: {
    readonly metricServer: { readonly enabled: boolean; readonly serviceMonitor: { readonly enabled: boolean } };
    readonly operator: { readonly enabled: boolean; readonly serviceMonitor: { readonly enabled: boolean } };
  };
}

/** The subset of the vertical-pod-autoscaler chart's values the lab sets (chart 0.11.0). */
export interface VerticalPodAutoscalerValues {
  readonly admissionController: { readonly enabled: boolean };
  readonly updater: { readonly enabled: boolean };
  readonly recommender: { readonly enabled: boolean; readonly replicas: number; readonly resources: Resources };
}
