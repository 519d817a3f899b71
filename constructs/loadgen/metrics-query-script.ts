import { durationSeconds, checkLabDuration } from '../core/duration';
import { ValidationError } from '../core/errors';
import type { HttpTarget } from './http-target';
import { generatedK6Script, K6Script } from './k6-script';

/** One query of a fixed query set: PromQL, asked as an instant query or over a range ending now. */
export interface MetricsQuery {
  /** A short name: the request's tag and its latency metric (`<name>_latency`). */
  readonly name: string;
  /** The PromQL expression, on one line. */
  readonly promql: string;
  /**
   * Ask it as a range query over the last `lookback`, one point per `step`.
   * @default - an instant query
   */
  readonly range?: { readonly lookback: string; readonly step: string };
}

const NAME = /^[a-z][a-z0-9_]{0,30}$/;
/** The Prometheus query API paths the script calls. */
const INSTANT = '/api/v1/query';
const RANGE = '/api/v1/query_range';

/** A query with its range in seconds, as the script takes it. */
interface CheckedQuery {
  readonly name: string;
  readonly path: string;
  readonly query: string;
  readonly rangeSeconds: number;
  readonly stepSeconds: number;
}

/** Checks a query set: names once each, PromQL on one line, ranges of whole seconds with a step within them. */
export function checkMetricsQueries(where: string, field: string, queries: readonly MetricsQuery[]): CheckedQuery[] {
  if (!Array.isArray(queries) || queries.length === 0) throw new ValidationError(where, field, queries, 'at least one query');
  const names = new Set<string>();
  return queries.map((q, i) => {
    const at = `${field}[${i}]`;
    if (typeof q?.name !== 'string' || !NAME.test(q.name)) {
      throw new ValidationError(where, `${at}.name`, q?.name, 'lower-case letters, digits and "_", starting with a letter, at most 31');
    }
    if (names.has(q.name)) throw new ValidationError(where, `${at}.name`, q.name, 'each query name once in a set');
    names.add(q.name);
    if (typeof q.promql !== 'string' || q.promql.trim() === '' || /\n/.test(q.promql)) {
      throw new ValidationError(where, `${at}.promql`, q.promql, 'a PromQL expression on one line');
    }
    if (q.range === undefined) return { name: q.name, path: INSTANT, query: q.promql, rangeSeconds: 0, stepSeconds: 0 };
    const rangeSeconds = durationSeconds(checkLabDuration(where, `${at}.range.lookback`, q.range.lookback));
    const stepSeconds = durationSeconds(checkLabDuration(where, `${at}.range.step`, q.range.step));
    if (!Number.isInteger(stepSeconds) || stepSeconds < 1 || stepSeconds > rangeSeconds || !Number.isInteger(rangeSeconds)) {
      throw new ValidationError(where, `${at}.range.step`, q.range.step, `whole seconds, at least 1s and at most the lookback ${q.range.lookback}`);
    }
    return { name: q.name, path: RANGE, query: q.promql, rangeSeconds, stepSeconds };
  });
}

/**
 * A k6 script that asks a Prometheus-compatible query API a fixed set of queries in turn, with
 * the run's users, duration, rate and thresholds. A query counts as failed unless the store
 * answers 200 with `"status": "success"`; each query has its own latency Trend, so the summary
 * has a p95 per query beside the whole set's.
 */
export class MetricsQueryScript extends K6Script {
  public readonly source = 'a fixed set of PromQL queries';

  public constructor(private readonly queries: readonly MetricsQuery[]) {
    super();
  }

  public render(where: string, field: string, target: HttpTarget): string {
    for (const path of [INSTANT, RANGE]) {
      if (!target.endpoints.some((e) => e.path === path && e.methods.includes('GET'))) {
        throw new ValidationError(where, field, target.serviceName, `a target that answers GET ${path} (a Prometheus-compatible query API)`);
      }
    }
    const queries = checkMetricsQueries(where, `${field}.queries`, this.queries);
    return generatedK6Script([
      '// Built by the lab from a typed query set (constructs/loadgen/metrics-query-script.ts): change',
      '// the experiment\'s definition, not this text. Run parameters come from the environment.',
    ], 'QUERIES', queries, queries.map((q) => q.name), [
      '// An answer that is not JSON (a proxy\'s error page) counts as failed, not as a crash.',
      'function answered(r) {',
      '  if (r.status !== 200) return false;',
      "  try { return r.json('status') === 'success'; } catch (e) { return false; }",
      '}',
      '',
      'export default function () {',
      '  // Every user walks the whole set in turn, starting at a different query.',
      '  const q = QUERIES[(__VU + __ITER) % QUERIES.length];',
      '  const now = Math.floor(Date.now() / 1000);',
      "  let url = `${BASE_URL}${q.path}?query=${encodeURIComponent(q.query)}`;",
      '  if (q.rangeSeconds > 0) url += `&start=${now - q.rangeSeconds}&end=${now}&step=${q.stepSeconds}`;',
      '  // The `name` tag keeps the changing URLs out of k6\'s own series.',
      '  const res = http.get(url, { tags: { request: q.name, name: q.name } });',
      '  latency[q.name].add(res.timings.duration);',
      '  errors.add(!check(res, { [`${q.name} answered`]: answered }));',
      '  // A fixed rate paces the queries itself; otherwise each user asks about once a second.',
      '  if (RATE === 0) sleep(1);',
      '}',
    ]);
  }
}
