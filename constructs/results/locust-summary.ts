import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/** Columns of Locust's `/stats/requests/csv` read into the summary, by the names Locust gives them. */
const COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['Request Count', 'requests'],
  ['Failure Count', 'failures'],
  ['Requests/s', 'requestsPerSecond'],
  ['50%', 'p50Ms'],
  ['95%', 'p95Ms'],
  ['99%', 'p99Ms'],
  ['Average Response Time', 'avgMs'],
];

/**
 * Reads the `Aggregated` row of Locust's request statistics CSV (header row first, quoted or not)
 * into a summary of tool `locust`: requests, failures, their share as `errorRate`, requests/s and
 * latency percentiles in milliseconds. Columns are found by name, so added columns do no harm.
 */
export function locustSummary(csv: string, options: { readonly name: string }): OtherLoadSummary {
  const name = labelName('locust summary', 'name', options.name);
  const rows = (typeof csv === 'string' ? csv.split('\n') : []).map((line) => line.trim()).filter((l) => l !== '')
    .map((line) => line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
  const at = rows.findIndex((r) => r.includes('Name') && r.includes('Request Count'));
  const header = at >= 0 ? rows[at] : [];
  const row = rows.slice(at + 1).find((r) => r[header.indexOf('Name')] === 'Aggregated');
  if (at < 0 || !row) {
    throw new ValidationError(`locust summary "${name}"`, 'csv', typeof csv === 'string' ? csv.split('\n')[0] : csv,
      "must be Locust's request statistics CSV with a header row and an Aggregated row");
  }
  const metrics: Record<string, number> = {};
  for (const [column, key] of COLUMNS) {
    const value = Number(row[header.indexOf(column)]);
    if (header.includes(column) && Number.isFinite(value)) metrics[key] = value;
  }
  if (metrics.requests === undefined) {
    throw new ValidationError(`locust summary "${name}"`, 'Request Count', row[header.indexOf('Request Count')], 'must be a number');
  }
  metrics.errorRate = metrics.requests > 0 ? (metrics.failures ?? 0) / metrics.requests : 0;
  return { tool: 'locust', name, metrics };
}
