import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { MetricsQueryLoad } from '../../constructs/loadgen/metrics-query-load';
import type { MetricsQuery } from '../../constructs/loadgen/metrics-query-script';
import { SyntheticMetrics } from '../../constructs/loadgen/synthetic-metrics';
import { HubMetricsBackend, MetricsBackendKind } from '../../constructs/monitoring/metrics-backend';

/** Gauge metrics the exporter serves; the series count is this times the series per metric. */
const METRICS = 10;
/** Series per metric by default: 10,000 series in all, a run parameter (`<exporter>-series-per-metric`). */
const SERIES_PER_METRIC = 1000;
/** How long the query load runs; the exporter serves a minute longer, so the last queries find its series. */
const DURATION = '5m';
const EXPORTER_DURATION = '6m';
/** The retention each store's disk is projected for by default (a run parameter, `<exporter>-retention-days`). */
const RETENTION_DAYS = 15;

/** The variant of each store: its name in the results. */
const VARIANTS: { readonly [K in MetricsBackendKind]: string } = { prometheus: 'prometheus', 'victoria-metrics': 'victoriametrics' };

/**
 * The fixed query set: what a dashboard asks of the exporter's series, from one series' value to
 * every series, as instant queries and over the last 15 minutes.
 */
export function querySet(series: SyntheticMetrics): MetricsQuery[] {
  const s = series.seriesSelector;
  return [
    { name: 'one_metric_sum', promql: `sum(${series.metricName(0)}{${s}})` },
    { name: 'all_series_count', promql: `count({__name__=~"avalanche_gauge_metric_.+",${s}})` },
    { name: 'top_series', promql: `topk(10, max by (series_id) (${series.metricName(1)}{${s}}))` },
    { name: 'avg_over_range', promql: `avg(${series.metricName(2)}{${s}})`, range: { lookback: '15m', step: '30s' } },
    { name: 'smoothed_over_range', promql: `sum(avg_over_time(${series.metricName(3)}{${s}}[2m]))`, range: { lookback: '15m', step: '30s' } },
  ];
}

/**
 * Prometheus against VictoriaMetrics on the same series: a synthetic exporter serves 10,000
 * gauge series (series per metric, churn and the retention projected are run parameters), the hub's Prometheus scrapes it
 * and forwards every sample to VictoriaMetrics by remote write, and a k6 load asks each store the
 * same fixed query set in turn. Each variant reports the store's ingestion CPU, memory, disk and
 * samples per second as measurements and the queries' latency in its k6 summary (ADR 0122).
 */
export const metricsBackends: ExperimentDefinition = {
  name: 'metrics-backends',
  description: 'Ingestion CPU, memory and disk and query latency of Prometheus and VictoriaMetrics holding the same series',
  parameters: { users: 5, duration: DURATION, thresholds: { p95LatencyMs: 2000, errorRate: 0.05 } },
  build(exp) {
    const namespace = exp.namespace();
    // One stage per store, so their query loads do not compete; each stage starts its own exporter.
    for (const kind of ['prometheus', 'victoria-metrics'] as const) {
      const variant = VARIANTS[kind];
      const backend = new HubMetricsBackend(exp, kind, { kind });
      const series = new SyntheticMetrics(exp, `series-${variant}`, {
        namespace, variant, metrics: METRICS, seriesPerMetric: SERIES_PER_METRIC, duration: EXPORTER_DURATION,
        // The disk each store would need to keep this load for a retention chosen per run.
        retentionOf: backend, retentionDays: RETENTION_DAYS,
      });
      exp.runLoad(series, new MetricsQueryLoad(exp, `query-${variant}`, { backend, queries: querySet(series), namespace, variant }));
    }
  },
};
