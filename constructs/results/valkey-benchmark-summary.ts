import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/** The line a lab's valkey-benchmark Job prints before the benchmark, naming the requests each command is sent. */
export const VALKEY_REQUESTS_MARKER = 'requests per command: ';

/** valkey-benchmark's `--csv` header (valkey 8 and 9): the test, then requests/s and latencies in ms. */
const HEADER = '"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"';
/** The figures kept from each row, by column, with the suffix of their metric's name. */
const COLUMNS: ReadonlyArray<readonly [number, string]> = [
  [1, 'OpsPerSecond'], [2, 'LatencyAvgMs'], [4, 'LatencyP50Ms'], [5, 'LatencyP95Ms'], [6, 'LatencyP99Ms'], [7, 'LatencyMaxMs'],
];

/**
 * Reads the log of a valkey-benchmark Job (a `requests per command: N` line, then the tool's
 * `--csv` output) into a summary of tool `valkey-benchmark`. Per command, in lower case
 * (`set`, `get`): operations per second and average, p50, p95, p99 and maximum latency. Over all
 * commands: `operations` (requests times commands) and `operationsPerSecond` (operations over the
 * time the commands took one after the other). valkey-benchmark counts no failed requests, so
 * there is no error rate. Lines before the header (the requests line, warnings) are skipped.
 */
export function valkeyBenchmarkSummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const name = labelName('valkey-benchmark summary', 'name', options.name);
  const where = `valkey-benchmark summary "${name}"`;
  const lines = (typeof text === 'string' ? text : '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const requestsLine = lines.find((l) => l.startsWith(VALKEY_REQUESTS_MARKER));
  const requests = requestsLine === undefined ? NaN : Number(requestsLine.slice(VALKEY_REQUESTS_MARKER.length));
  if (!Number.isInteger(requests) || requests <= 0) {
    throw new ValidationError(where, 'requests', requestsLine ?? lines[0],
      `a "${VALKEY_REQUESTS_MARKER}N" line with a positive whole number, as the lab's Job prints before the benchmark`);
  }
  const header = lines.indexOf(HEADER);
  const rows = header < 0 ? [] : lines.slice(header + 1).filter((l) => l.startsWith('"'));
  if (rows.length === 0) {
    throw new ValidationError(where, 'rows', lines[lines.length - 1],
      'valkey-benchmark --csv output: its header and a row per command; did the run end?');
  }
  const metrics: Record<string, number> = {};
  let seconds = 0;
  for (const row of rows) {
    const cells = row.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const test = cells[0].toLowerCase();
    const figures = cells.slice(1).map(Number);
    if (!/^[a-z]+$/.test(test) || cells.length !== 8 || figures.some((f) => !Number.isFinite(f)) || figures[0] <= 0) {
      throw new ValidationError(where, 'row', row, 'a command in letters and seven numbers, requests/s above zero');
    }
    for (const [column, suffix] of COLUMNS) metrics[`${test}${suffix}`] = Number(cells[column]);
    seconds += requests / figures[0];
  }
  metrics.operations = requests * rows.length;
  metrics.operationsPerSecond = metrics.operations / seconds;
  return { tool: 'valkey-benchmark', name, metrics };
}
