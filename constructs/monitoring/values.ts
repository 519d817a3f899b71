import type { Resources } from '../k8s/resources';

/** A component switched on or off. */
interface Toggle {
  readonly enabled: boolean;
}

/** The subset of the kube-prometheus-stack chart's values the lab sets (chart 88.5.3, grafana 12.11.1). */
export interface KubePrometheusStackValues {
  readonly prometheus: {
    readonly prometheusSpec: {
      readonly retention: string;
      readonly retentionSize: string;
      readonly enableRemoteWriteReceiver: boolean;
      readonly serviceMonitorSelectorNilUsesHelmValues: boolean;
      readonly podMonitorSelectorNilUsesHelmValues: boolean;
      readonly ruleSelectorNilUsesHelmValues: boolean;
      readonly probeSelectorNilUsesHelmValues: boolean;
      readonly scrapeConfigSelectorNilUsesHelmValues: boolean;
      readonly resources: Resources;
      readonly storageSpec: {
        readonly volumeClaimTemplate: {
          readonly spec: {
            readonly storageClassName: string;
            readonly accessModes: readonly string[];
            readonly resources: { readonly requests: { readonly storage: string } };
          };
        };
      };
    };
  };
  readonly alertmanager: { readonly alertmanagerSpec: { readonly resources: Resources } };
  readonly prometheusOperator: {
    readonly resources: Resources;
    readonly prometheusConfigReloader: { readonly resources: Resources };
  };
  readonly 'kube-state-metrics': { readonly resources: Resources };
  readonly 'prometheus-node-exporter': { readonly resources: Resources };
  readonly kubeControllerManager: Toggle;
  readonly kubeScheduler: Toggle;
  readonly kubeEtcd: Toggle;
  readonly kubeProxy: Toggle;
  readonly grafana: {
    readonly admin: { readonly existingSecret: string; readonly userKey: string; readonly passwordKey: string };
    readonly resources: Resources;
    readonly sidecar: {
      readonly resources: Resources;
      readonly dashboards: { readonly enabled: boolean; readonly label: string; readonly labelValue: string; readonly searchNamespace: string };
      readonly datasources: { readonly label: string; readonly labelValue: string; readonly searchNamespace: string };
    };
    readonly serviceMonitor: {
      readonly relabelings: ReadonlyArray<{ readonly action: 'replace'; readonly targetLabel: string; readonly replacement: string }>;
    };
    readonly service: { readonly type: 'ClusterIP' | 'LoadBalancer'; readonly annotations?: Readonly<Record<string, string>> };
  };
}
