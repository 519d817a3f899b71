import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/**
 * Child spans under each parent in the lab's telemetrygen runs: every trace is one parent and
 * these children. The Job's `--child-spans` and this reader take the number from here, so the
 * spans counted are the spans sent.
 */
export const TELEMETRYGEN_CHILD_SPANS = 4;

/**
 * A worker's closing line: telemetrygen logs `traces generated` with the worker's count as a zap
 * field, `"traces": N` in its console encoding and `"traces":N` in JSON.
 */
const WORKER_LINE = /traces generated.*"traces":\s*(\d+)/;

/**
 * Reads the log of telemetrygen's `traces` command into a summary of tool `telemetrygen`:
 * `traces` (every worker's count added up), `spans` (each trace is a parent and
 * {@link TELEMETRYGEN_CHILD_SPANS} children) and `workers` (how many reported). A log without a
 * worker's closing line means the run did not end.
 */
export function telemetrygenSummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const name = labelName('telemetrygen summary', 'name', options.name);
  const body = typeof text === 'string' ? text : '';
  const counts = body.split('\n').map((line) => WORKER_LINE.exec(line)).filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[1]));
  if (counts.length === 0) {
    throw new ValidationError(`telemetrygen summary "${name}"`, 'traces', body.trim().split('\n').pop(),
      'must be in telemetrygen\'s log (a "traces generated" line per worker); did the run end?');
  }
  const traces = counts.reduce((a, b) => a + b, 0);
  return { tool: 'telemetrygen', name, metrics: { traces, spans: traces * (TELEMETRYGEN_CHILD_SPANS + 1), workers: counts.length } };
}
