import { ValidationError } from '../core/errors';
import { finiteAtLeast, isRecord, labelName } from './checks';
import type { K6LoadSummary, LatencyMs, RequestSummary, ThresholdResult } from './results-document';

/** How to read one k6 end-of-test summary. */
export interface K6SummaryOptions {
  /** The load generator's name in the experiment, e.g. `load-plain`. */
  readonly name: string;
  /**
   * The tag that carries a request's name (the lab's scripts tag requests `request: <name>`);
   * sub-metrics such as `http_req_duration{request:root}` are read per request name.
   * @default 'request'
   */
  readonly requestTag?: string;
  /**
   * Rate metrics that count failed requests, first present wins: the lab's scripts count
   * failed checks in `errors`, k6 itself counts failed HTTP requests in `http_req_failed`.
   * @default ['errors', 'http_req_failed']
   */
  readonly errorMetrics?: readonly string[];
  /**
   * Suffix of the per-request Trend metrics the lab's scripts add (`root_latency`), read when no
   * tagged sub-metric holds a request's latency.
   * @default '_latency'
   */
  readonly latencyTrendSuffix?: string;
}

/** A k6 summary read into the document's shape, and the thresholds k6 checked. */
export interface K6Reading {
  readonly summary: K6LoadSummary;
  readonly thresholds: ThresholdResult[];
}

/** k6's trend statistics (summaryTrendStats) and where they go in the document. */
const TREND_STATS: ReadonlyArray<readonly [string, keyof LatencyMs]> = [
  ['avg', 'avg'], ['min', 'min'], ['med', 'p50'], ['p(50)', 'p50'], ['p(90)', 'p90'], ['p(95)', 'p95'],
  ['p(99)', 'p99'], ['p(99.9)', 'p999'], ['max', 'max'],
];

/**
 * Reads k6's end-of-test summary: the object `handleSummary(data)` receives (metrics hold a
 * `values` map and thresholds `{ ok }`), or the file `--summary-export` writes (values at the
 * metric's top level, a Rate's share as `value`, and each threshold as a boolean that is `true`
 * when the threshold FAILED: grafana/k6 issue 1498). Either form may be the whole object or just
 * `{ metrics }`. Requests and their rate come from `http_reqs`, latency from `http_req_duration`
 * (milliseconds, k6's unit for time trends), the error rate from the first of `errorMetrics`.
 */
export function k6Summary(data: unknown, options: K6SummaryOptions): K6Reading {
  const name = labelName('k6 summary', 'name', options.name);
  const where = `k6 summary "${name}"`;
  const metrics = isRecord(data) && isRecord(data.metrics) ? data.metrics : undefined;
  if (!metrics) throw new ValidationError(where, 'metrics', undefined, "must be k6's end-of-test summary: an object with a metrics map");
  const requestTag = options.requestTag ?? 'request';
  const errorMetrics = options.errorMetrics ?? ['errors', 'http_req_failed'];
  const suffix = options.latencyTrendSuffix ?? '_latency';

  const reqs = statsOf(metrics.http_reqs);
  const duration = statsOf(metrics.http_req_duration);
  if (!reqs || typeof reqs.count !== 'number') {
    throw new ValidationError(where, 'metrics.http_reqs', metrics.http_reqs, 'must be the http_reqs counter with a count (the script made no HTTP request?)');
  }
  if (!duration) throw new ValidationError(where, 'metrics.http_req_duration', undefined, 'must be the http_req_duration trend');
  const errorKey = errorMetrics.find((key) => statsOf(metrics[key]) !== undefined);
  if (errorKey === undefined) {
    throw new ValidationError(where, 'metrics', Object.keys(metrics).sort(), `must hold one of the error-rate metrics ${errorMetrics.join(', ')}`);
  }

  const summary: K6LoadSummary = {
    tool: 'k6',
    name,
    requests: reqs.count,
    requestsPerSecond: finiteAtLeast(where, 'metrics.http_reqs rate', reqs.rate),
    errorRate: rateOf(where, `metrics.${errorKey}`, statsOf(metrics[errorKey])!),
    latencyMs: latencyOf(where, 'metrics.http_req_duration', duration),
    byRequest: byRequest(where, metrics, requestTag, errorKey, suffix),
  };
  return { summary, thresholds: thresholdsOf(name, metrics) };
}

/** A metric's statistics in either summary form; undefined when it is not a metric object. */
function statsOf(metric: unknown): Record<string, unknown> | undefined {
  if (!isRecord(metric)) return undefined;
  return isRecord(metric.values) ? metric.values : metric;
}

/** A Rate metric's share: `rate` in handleSummary data, `value` in a summary export. */
function rateOf(where: string, field: string, stats: Record<string, unknown>): number {
  const rate = stats.rate ?? stats.value;
  if (typeof rate !== 'number' || rate < 0 || rate > 1) throw new ValidationError(where, `${field} rate`, rate, 'must be a fraction from 0 to 1');
  return rate;
}

function latencyOf(where: string, field: string, stats: Record<string, unknown>): LatencyMs {
  const out: Partial<Record<keyof LatencyMs, number>> = {};
  for (const [stat, key] of TREND_STATS) {
    if (stats[stat] !== undefined && out[key] === undefined) out[key] = finiteAtLeast(where, `${field} ${stat}`, stats[stat]);
  }
  if (out.p50 === undefined || out.p95 === undefined) {
    throw new ValidationError(where, field, Object.keys(stats).sort(), "must hold med and p(95) (k6's summaryTrendStats)");
  }
  return out as LatencyMs;
}

/** `metric{tag:value,...}` into the metric and its tags. */
function parseSubMetric(key: string): { metric: string; tags: Record<string, string> } | undefined {
  const match = /^([^{]+)\{(.+)\}$/.exec(key);
  if (!match) return undefined;
  const tags: Record<string, string> = {};
  for (const pair of match[2].split(',')) {
    const at = pair.indexOf(':');
    if (at > 0) tags[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return { metric: match[1], tags };
}

function byRequest(where: string, metrics: Record<string, unknown>, tag: string, errorKey: string, suffix: string): Record<string, RequestSummary> {
  const found = new Map<string, { requests?: number; requestsPerSecond?: number; errorRate?: number; latencyMs?: LatencyMs }>();
  const entry = (request: string) => found.get(request) ?? found.set(request, {}).get(request)!;
  const trends = new Map<string, LatencyMs>();
  for (const key of Object.keys(metrics).sort()) {
    const stats = statsOf(metrics[key])!;
    const sub = parseSubMetric(key);
    const request = sub?.tags[tag];
    if (sub && request !== undefined && Object.keys(sub.tags).length === 1) {
      if (sub.metric === 'http_reqs') {
        entry(request).requests = finiteAtLeast(where, `metrics.${key} count`, stats.count);
        entry(request).requestsPerSecond = finiteAtLeast(where, `metrics.${key} rate`, stats.rate);
      } else if (sub.metric === 'http_req_duration') entry(request).latencyMs = latencyOf(where, `metrics.${key}`, stats);
      else if (sub.metric === errorKey) entry(request).errorRate = rateOf(where, `metrics.${key}`, stats);
    } else if (!sub && key.endsWith(suffix) && key.length > suffix.length) {
      trends.set(key.slice(0, -suffix.length), latencyOf(where, `metrics.${key}`, stats));
    }
  }
  // A tagged sub-metric of http_req_duration is the better source; a script's own Trend fills in.
  for (const [request, latencyMs] of trends) entry(request).latencyMs ??= latencyMs;
  return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function thresholdsOf(source: string, metrics: Record<string, unknown>): ThresholdResult[] {
  const results: ThresholdResult[] = [];
  for (const metric of Object.keys(metrics).sort()) {
    const m = metrics[metric];
    if (!isRecord(m) || !isRecord(m.thresholds)) continue;
    for (const [condition, verdict] of Object.entries(m.thresholds)) {
      // handleSummary: { ok }; --summary-export: a boolean that is true when the threshold failed.
      const passed = isRecord(verdict) ? verdict.ok === true : verdict === false;
      results.push({ source, metric, condition, passed });
    }
  }
  return results;
}
