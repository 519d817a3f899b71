import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import type { PanelBuilder as TimeseriesPanel } from '@grafana/grafana-foundation-sdk/timeseries';
import { ValidationError } from '../core/errors';
import { memoDashboard } from './dashboard-memo';
import { FOUNDATION_SDK_VERSION, loadFoundationSdk } from './sdk-loader';

/** One variant of an experiment as its dashboard shows it. */
export interface DashboardVariant {
  /** The variant's name: the `variant` label of its k6 samples. */
  readonly name: string;
  /** Its k6 load generators (their `loadgen` label); none for variants measured by other tools. */
  readonly k6LoadGenerators: readonly string[];
  /** The namespaces whose CPU and memory it is charged. */
  readonly namespaces: readonly string[];
}

export interface ExperimentDashboardProps {
  /** The experiment's name: the dashboard's uid and the `experiment` label of its k6 samples. */
  readonly experiment: string;
  /** One sentence on what it measures. */
  readonly description: string;
  readonly variants: readonly DashboardVariant[];
  /** The uid of Grafana's Prometheus data source. */
  readonly datasourceUid: string;
  /**
   * Labels of k6's remote-written samples: the run, experiment, variant and load generator tags.
   * Keys are the tag names K6Test sets.
   */
  readonly labels: { readonly run: string; readonly experiment: string; readonly variant: string; readonly loadGenerator: string };
}

/**
 * An experiment's live view: per variant, side by side, the request rate, the share of failed
 * requests and the p50/p95/p99 duration of its k6 load (k6's remote-written `k6_http_reqs_total`,
 * `k6_http_req_failed_rate` and `k6_http_req_duration_p*`, which k6 writes in seconds), one series
 * per run; below, the CPU and memory of each variant's namespaces (cAdvisor). Every panel selects
 * by the experiment's and the variant's labels, so the variants' columns differ only by the variant.
 * Like the hub overview, it is built with the foundation SDK only when synth's memo does not hold it.
 */
export function experimentDashboard(props: ExperimentDashboardProps): Dashboard {
  const where = `dashboard of experiment ${props.experiment}`;
  // Six columns of Grafana's 24-unit grid are four units wide each, the narrowest a timeseries stays readable at.
  if (props.variants.length === 0 || props.variants.length > 6) {
    throw new ValidationError(where, 'variants', props.variants.map((v) => v.name), 'one to six variants, so each keeps a readable column');
  }
  // The builder's and the loader's text stand for the code (the SDK's version for the library's).
  const code = `${buildExperimentDashboard.toString()} ${loadFoundationSdk.toString()}`;
  const key = `experiment-dashboard ${FOUNDATION_SDK_VERSION} ${JSON.stringify(props)} ${code}`;
  return memoDashboard(key, () => buildExperimentDashboard(props));
}

function buildExperimentDashboard(props: ExperimentDashboardProps): Dashboard {
  const { DashboardBuilder, RowBuilder, DataqueryBuilder, TimeseriesPanel } = loadFoundationSdk();
  // Inside the function, so that the memo key (its text) changes with them.
  const GRID = 24;
  const PANEL_HEIGHT = 8;
  const datasource = { type: 'prometheus', uid: props.datasourceUid };
  const width = GRID / props.variants.length;
  const query = (expr: string, legend: string) => new DataqueryBuilder().expr(expr).legendFormat(legend);
  const l = props.labels;
  let id = 0;
  let y = 0;
  const dashboard = new DashboardBuilder(`Experiment ${props.experiment}`)
    .uid(`experiment-${props.experiment}`)
    .description(props.description)
    .tags(['illm-lab', 'experiment', props.experiment])
    .readonly()
    .timezone('utc')
    .refresh('10s')
    .time({ from: 'now-1h', to: 'now' });

  const row = (title: string) => {
    dashboard.withRow(new RowBuilder(title).id(++id).gridPos({ x: 0, y, w: GRID, h: 1 }));
    y += 1;
  };
  const column = (title: string, panel: (v: DashboardVariant) => TimeseriesPanel | undefined) => {
    props.variants.forEach((v, i) => {
      const built = panel(v);
      if (built) dashboard.withPanel(built.id(++id).title(`${title}: ${v.name}`).datasource(datasource).gridPos({ x: i * width, y, w: width, h: PANEL_HEIGHT }));
    });
    y += PANEL_HEIGHT;
  };

  if (props.variants.some((v) => v.k6LoadGenerators.length > 0)) {
    const k6 = (v: DashboardVariant) => `${l.experiment}="${props.experiment}",${l.variant}="${v.name}"`;
    const withK6 = (build: (v: DashboardVariant) => TimeseriesPanel) => (v: DashboardVariant) => (v.k6LoadGenerators.length ? build(v) : undefined);
    row('Load (k6, live)');
    column('Requests per second', withK6((v) => new TimeseriesPanel().unit('reqps').min(0)
      .withTarget(query(`sum by (${l.run}, ${l.loadGenerator}) (rate(k6_http_reqs_total{${k6(v)}}[$__rate_interval]))`, `{{${l.run}}} {{${l.loadGenerator}}}`))));
    column('Failed requests', withK6((v) => new TimeseriesPanel().unit('percentunit').min(0).max(1)
      .withTarget(query(`max by (${l.run}, ${l.loadGenerator}) (k6_http_req_failed_rate{${k6(v)}})`, `{{${l.run}}} {{${l.loadGenerator}}}`))));
    column('Request duration', withK6((v) => new TimeseriesPanel().unit('s').min(0)
      .withTarget(query(`max by (${l.run}) (k6_http_req_duration_p50{${k6(v)}})`, '{{' + l.run + '}} p50'))
      .withTarget(query(`max by (${l.run}) (k6_http_req_duration_p95{${k6(v)}})`, '{{' + l.run + '}} p95'))
      .withTarget(query(`max by (${l.run}) (k6_http_req_duration_p99{${k6(v)}})`, '{{' + l.run + '}} p99'))));
  }
  // The same selector as the results document's usage (constructs/results/prometheus-usage.ts).
  const pods = (v: DashboardVariant) => `namespace=~"${v.namespaces.join('|')}",container!=""`;
  row('Resources of the variant\'s namespaces');
  column('CPU in use', (v) => new TimeseriesPanel().unit('short').min(0)
    .withTarget(query(`sum by (namespace) (rate(container_cpu_usage_seconds_total{${pods(v)}}[$__rate_interval]))`, '{{namespace}}')));
  column('Memory working set', (v) => new TimeseriesPanel().unit('bytes').min(0)
    .withTarget(query(`sum by (namespace) (container_memory_working_set_bytes{${pods(v)}})`, '{{namespace}}')));
  return dashboard.build();
}
