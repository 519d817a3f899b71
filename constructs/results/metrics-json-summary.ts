import { ValidationError } from '../core/errors';
import { isRecord, labelName } from './checks';
import type { OtherLoadSummary } from './results-document';
import { METRICS_JSON_MARKER } from './run-plan';

/**
 * Reads the last `metrics json: {...}` line of a step's output into a summary of the given tool.
 * Every value must be a finite number: a step that could not measure a figure leaves it out
 * rather than printing null, so a reader never mistakes a gap for a zero.
 */
export function metricsJsonSummary(text: string, options: { readonly name: string; readonly tool: string }): OtherLoadSummary {
  const name = labelName('metrics-json summary', 'name', options.name);
  const tool = labelName(`metrics-json summary "${name}"`, 'tool', options.tool);
  const where = `${tool} summary "${name}"`;
  const line = (typeof text === 'string' ? text.split('\n') : []).filter((l) => l.includes(METRICS_JSON_MARKER)).pop();
  if (line === undefined) {
    throw new ValidationError(where, 'output', typeof text === 'string' ? text.trim().split('\n').pop() : text,
      `must contain a "${METRICS_JSON_MARKER.trim()}" line; did the step reach its end?`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(line.indexOf(METRICS_JSON_MARKER) + METRICS_JSON_MARKER.length));
  } catch {
    throw new ValidationError(where, METRICS_JSON_MARKER.trim(), line.slice(0, 80), 'must be followed by a JSON object');
  }
  if (!isRecord(parsed)) throw new ValidationError(where, METRICS_JSON_MARKER.trim(), parsed, 'must be a JSON object of numbers');
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValidationError(where, key, value, 'must be a finite number (leave out a figure that was not measured)');
    }
    metrics[key] = value;
  }
  return { tool, name, metrics };
}
