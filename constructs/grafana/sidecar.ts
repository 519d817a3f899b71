import type { IDashboardProvisioner } from './grafana-dashboard';

/**
 * The Grafana of kube-prometheus-stack 88.5.3 as the lab configures it: its dashboard sidecar loads
 * ConfigMaps labelled `grafana_dashboard: "1"` from every namespace, its datasource sidecar those
 * labelled `grafana_datasource: "1"` (also from every namespace), and its Prometheus data source
 * has the chart's default uid `prometheus`. The hub's monitoring stack and the experiments'
 * dashboards (built once for every hub) share these facts from here.
 */
export const KPS_GRAFANA: IDashboardProvisioner & {
  readonly datasourceUid: string;
  readonly datasourceLabel: { readonly key: string; readonly value: string };
} = {
  dashboardLabel: { key: 'grafana_dashboard', value: '1' },
  datasourceLabel: { key: 'grafana_datasource', value: '1' },
  datasourceUid: 'prometheus',
};
