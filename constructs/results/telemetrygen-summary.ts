import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/**
 * A worker's closing line: telemetrygen logs `traces generated` with the worker's count as a zap
 * field, `"traces": N` in its console encoding and `"traces":N` in JSON.
 */
const WORKER_LINE = /traces generated.*"traces":\s*(\d+)/;

/**
 * Reads the log of telemetrygen's `traces` command into a summary of tool `telemetrygen`:
 * `traces` (every worker's count added up), `spans` (traces times `spansPerTrace`, the parent
 * and its children) and `workers` (how many reported). A log without a worker's closing line
 * means the run did not end.
 */
export function telemetrygenSummary(text: string, options: { readonly name: string; readonly spansPerTrace: number }): OtherLoadSummary {
  const name = labelName('telemetrygen summary', 'name', options.name);
  const where = `telemetrygen summary "${name}"`;
  const spansPerTrace = options.spansPerTrace;
  if (!Number.isInteger(spansPerTrace) || spansPerTrace < 1) {
    throw new ValidationError(where, 'spansPerTrace', spansPerTrace, 'a whole number from 1: the parent span and its children');
  }
  const body = typeof text === 'string' ? text : '';
  const counts = body.split('\n').map((line) => WORKER_LINE.exec(line)).filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[1]));
  if (counts.length === 0) {
    throw new ValidationError(where, 'traces', body.trim().split('\n').pop(),
      'must be in telemetrygen\'s log (a "traces generated" line per worker); did the run end?');
  }
  const traces = counts.reduce((a, b) => a + b, 0);
  return { tool: 'telemetrygen', name, metrics: { traces, spans: traces * spansPerTrace, workers: counts.length } };
}
