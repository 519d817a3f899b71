import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';

/**
 * Dashboards' JSON kept from an earlier synth, by a key naming everything the dashboard was built
 * from (ADR 0057). Synth hands one in (tools/synth/dashboard-store.ts) so that an unchanged
 * dashboard is taken as JSON and the foundation SDK is not loaded at all.
 */
export interface DashboardMemo {
  /** The JSON text kept under `key`, if any. */
  get(key: string): string | undefined;
  /** Keeps the JSON text of a dashboard just built. */
  set(key: string, json: string): void;
}

let active: DashboardMemo | undefined;

/** Runs `run` with `memo` answering `memoDashboard`, and restores the previous one afterwards. */
export function withDashboardMemo<T>(memo: DashboardMemo, run: () => T): T {
  const previous = active;
  active = memo;
  try {
    return run();
  } finally {
    active = previous;
  }
}

/**
 * The dashboard kept under `key`, or the one `build` makes (kept for next time while a memo is
 * active). A kept dashboard is its JSON parsed again: the same JSON text, key order included,
 * which is all GrafanaDashboard writes. `key` must change whenever the dashboard would.
 */
export function memoDashboard(key: string, build: () => Dashboard): Dashboard {
  const kept = active?.get(key);
  if (kept !== undefined) return JSON.parse(kept) as Dashboard;
  const dashboard = build();
  active?.set(key, JSON.stringify(dashboard));
  return dashboard;
}
