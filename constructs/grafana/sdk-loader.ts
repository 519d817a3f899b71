import type * as DashboardModule from '@grafana/grafana-foundation-sdk/dashboard';
import type * as PrometheusModule from '@grafana/grafana-foundation-sdk/prometheus';
import type * as StatModule from '@grafana/grafana-foundation-sdk/stat';
import type * as TimeseriesModule from '@grafana/grafana-foundation-sdk/timeseries';
import { dependencies } from '../../package.json';

/** The SDK version the project pins (npm ci installs exactly it): part of every memo key. */
export const FOUNDATION_SDK_VERSION: string = dependencies['@grafana/grafana-foundation-sdk'];

/** The builders the lab's dashboards use. */
export interface FoundationSdk {
  readonly DashboardBuilder: typeof DashboardModule.DashboardBuilder;
  readonly RowBuilder: typeof DashboardModule.RowBuilder;
  readonly DataqueryBuilder: typeof PrometheusModule.DataqueryBuilder;
  readonly StatPanel: typeof StatModule.PanelBuilder;
  readonly TimeseriesPanel: typeof TimeseriesModule.PanelBuilder;
}

/**
 * Loads the foundation SDK when a dashboard is actually built, not when this module is. The four
 * subpaths pull in some 220 modules (their prometheus one the whole v2 dashboard schema), about
 * 70 ms of a synth; a synth whose dashboards are unchanged takes their JSON from its memo
 * (dashboard-memo.ts) and never gets here. esbuild bundles each `require` and runs it on the call.
 */
export function loadFoundationSdk(): FoundationSdk {
  const dashboard = require('@grafana/grafana-foundation-sdk/dashboard') as typeof DashboardModule;
  const prometheus = require('@grafana/grafana-foundation-sdk/prometheus') as typeof PrometheusModule;
  const stat = require('@grafana/grafana-foundation-sdk/stat') as typeof StatModule;
  const timeseries = require('@grafana/grafana-foundation-sdk/timeseries') as typeof TimeseriesModule;
  return {
    DashboardBuilder: dashboard.DashboardBuilder,
    RowBuilder: dashboard.RowBuilder,
    DataqueryBuilder: prometheus.DataqueryBuilder,
    StatPanel: stat.PanelBuilder,
    TimeseriesPanel: timeseries.PanelBuilder,
  };
}
