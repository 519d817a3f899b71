import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/** Lines of pgbench's closing summary read into the document, by the text pgbench prints before each figure. */
const LINES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^number of transactions actually processed:\s*(\d+)/m, 'transactions'],
  [/^number of failed transactions:\s*(\d+)/m, 'failedTransactions'],
  [/^latency average = ([\d.]+) ms/m, 'latencyAvgMs'],
  [/^latency stddev = ([\d.]+) ms/m, 'latencyStddevMs'],
  [/^initial connection time = ([\d.]+) ms/m, 'initialConnectionMs'],
  [/^tps = ([\d.]+)/m, 'transactionsPerSecond'],
  [/^number of clients:\s*(\d+)/m, 'clients'],
  [/^scaling factor:\s*(\d+)/m, 'scale'],
];

/**
 * Reads pgbench's closing summary (what `pgbench --time` prints when it ends) into a summary of
 * tool `pgbench`: transactions processed and failed, their failure share as `errorRate`,
 * transactions per second and average latency. Lines it does not know are ignored.
 */
export function pgbenchSummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const name = labelName('pgbench summary', 'name', options.name);
  const body = typeof text === 'string' ? text : '';
  const metrics: Record<string, number> = {};
  for (const [pattern, key] of LINES) {
    const m = pattern.exec(body);
    if (m) metrics[key] = Number(m[1]);
  }
  for (const required of ['transactions', 'transactionsPerSecond'] as const) {
    if (metrics[required] === undefined || !Number.isFinite(metrics[required])) {
      throw new ValidationError(`pgbench summary "${name}"`, required, body.trim().split('\n').pop(),
        'must be in pgbench\'s closing summary ("number of transactions actually processed:" and "tps =" lines); did the run end?');
    }
  }
  const attempted = metrics.transactions + (metrics.failedTransactions ?? 0);
  metrics.errorRate = attempted > 0 ? (metrics.failedTransactions ?? 0) / attempted : 0;
  return { tool: 'pgbench', name, metrics };
}
