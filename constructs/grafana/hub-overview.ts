import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import type { IScrapeJob } from '../monitoring/metrics-endpoint';
import { memoDashboard } from './dashboard-memo';
import { FOUNDATION_SDK_VERSION, loadFoundationSdk } from './sdk-loader';

export interface HubOverviewProps {
  /** The uid of Grafana's Prometheus data source. */
  readonly datasourceUid: string;
  /** The scrape job of ArgoCD's application controller (it exports `argocd_app_info`). */
  readonly argocdController: IScrapeJob;
  /** The scrape job of Argo Workflows' controller (it exports `argo_workflows_*`). */
  readonly workflowsController: IScrapeJob;
  /**
   * The dashboard's uid.
   * @default 'hub-overview'
   */
  readonly uid?: string;
}

/**
 * The hub at a glance: ArgoCD Applications by sync and health status (the application
 * controller's `argocd_app_info`), Argo Workflows runs by phase (the workflow controller's
 * `argo_workflows_total_count` and `argo_workflows_gauge`), and CPU and memory in use per node
 * (node-exporter). Metric names as documented by Argo CD 3.4 and Argo Workflows 4.0.
 */
export function hubOverviewDashboard(props: HubOverviewProps): Dashboard {
  const inputs: OverviewInputs = {
    datasourceUid: props.datasourceUid,
    argocdJob: props.argocdController.job,
    workflowsJob: props.workflowsController.job,
    uid: props.uid ?? 'hub-overview',
  };
  // The builder's and the loader's text stand for the code (the SDK's version for the library's).
  const code = `${buildOverview.toString()} ${loadFoundationSdk.toString()}`;
  const key = `hub-overview ${FOUNDATION_SDK_VERSION} ${JSON.stringify(inputs)} ${code}`;
  return memoDashboard(key, () => buildOverview(inputs));
}

/** Everything the overview is built from. */
interface OverviewInputs {
  readonly datasourceUid: string;
  readonly argocdJob: string;
  readonly workflowsJob: string;
  readonly uid: string;
}

function buildOverview(inputs: OverviewInputs): Dashboard {
  const { DashboardBuilder, RowBuilder, DataqueryBuilder, StatPanel, TimeseriesPanel } = loadFoundationSdk();
  const datasource = { type: 'prometheus', uid: inputs.datasourceUid };
  const argocd = `{job="${inputs.argocdJob}"}`;
  const workflows = `{job="${inputs.workflowsJob}"}`;
  const query = (expr: string, legend: string) => new DataqueryBuilder().expr(expr).legendFormat(legend);
  const grid = (x: number, y: number, w = 12, h = 8) => ({ x, y, w, h });

  return new DashboardBuilder('Hub overview')
    .uid(inputs.uid)
    .tags(['illm-lab', 'hub'])
    .readonly()
    .timezone('utc')
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .withRow(new RowBuilder('ArgoCD').id(1).gridPos(grid(0, 0, 24, 1)))
    .withPanel(new StatPanel().id(2).title('Applications by sync status').datasource(datasource).gridPos(grid(0, 1))
      .withTarget(query(`sum by (sync_status) (argocd_app_info${argocd})`, '{{sync_status}}').instant()))
    .withPanel(new StatPanel().id(3).title('Applications by health').datasource(datasource).gridPos(grid(12, 1))
      .withTarget(query(`sum by (health_status) (argocd_app_info${argocd})`, '{{health_status}}').instant()))
    .withRow(new RowBuilder('Argo Workflows').id(4).gridPos(grid(0, 9, 24, 1)))
    .withPanel(new TimeseriesPanel().id(5).title('Workflows entering each phase (per hour)').datasource(datasource).gridPos(grid(0, 10))
      .withTarget(query(`sum by (phase) (increase(argo_workflows_total_count${workflows}[1h]))`, '{{phase}}')))
    .withPanel(new TimeseriesPanel().id(6).title('Workflows by current phase').datasource(datasource).gridPos(grid(12, 10))
      .withTarget(query(`sum by (phase) (argo_workflows_gauge${workflows})`, '{{phase}}')))
    .withRow(new RowBuilder('Nodes').id(7).gridPos(grid(0, 18, 24, 1)))
    .withPanel(new TimeseriesPanel().id(8).title('CPU in use').datasource(datasource).unit('percentunit').min(0).max(1).gridPos(grid(0, 19))
      .withTarget(query('1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', '{{instance}}')))
    .withPanel(new TimeseriesPanel().id(9).title('Memory in use').datasource(datasource).unit('percentunit').min(0).max(1).gridPos(grid(12, 19))
      .withTarget(query('1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', '{{instance}}')))
    .build();
}
