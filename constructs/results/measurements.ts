import { ValidationError } from '../core/errors';
import { isRecord } from './checks';
import type { MeasurementResult, MeasurementUnit } from './results-document';
import type { Measurement } from './run-plan';

/** The units a measurement may be given in (the schema's enum). */
export const MEASUREMENT_UNITS: readonly MeasurementUnit[] = [
  'seconds', 'milliseconds', 'bytes', 'bytes-per-second', 'per-second', 'count', 'ratio', 'cores',
];

/** The token a measurement's query writes for the variant's window. */
export const WINDOW_TOKEN = '$window';

/** Checks a measurement as an experiment declares it; returns it unchanged. */
export function checkMeasurement(where: string, m: Measurement): Measurement {
  if (!isRecord(m)) throw new ValidationError(where, 'measurements', m, 'each must be { name, unit, query }');
  if (typeof m.name !== 'string' || !/^[a-z][A-Za-z0-9]{0,62}$/.test(m.name)) {
    throw new ValidationError(where, 'measurements.name', m.name, 'must be camelCase: a lower-case letter, then letters or digits, at most 63');
  }
  if (!MEASUREMENT_UNITS.includes(m.unit)) {
    throw new ValidationError(where, `measurements.${m.name}.unit`, m.unit, `must be one of ${MEASUREMENT_UNITS.join(', ')}`);
  }
  if (typeof m.query !== 'string' || m.query.trim() === '') {
    throw new ValidationError(where, `measurements.${m.name}.query`, m.query, 'must be a PromQL instant query');
  }
  return m;
}

/** The query as sent: `$window` replaced by the window in whole seconds (at least one). */
export function measurementQuery(m: Measurement, windowSeconds: number): string {
  return m.query.split(WINDOW_TOKEN).join(`${Math.max(1, Math.ceil(windowSeconds))}s`);
}

/**
 * A measurement's value from Prometheus' instant-query response: the one sample's value, `null`
 * for none. A query that returns several samples is ambiguous (a missing `sum` or `max`) and
 * is an error rather than a guess.
 */
export function measurementValue(m: Measurement, response: unknown): MeasurementResult {
  const where = `measurement "${m.name}"`;
  const data = isRecord(response) && response.status === 'success' && isRecord(response.data) ? response.data : undefined;
  if (!data || !['vector', 'scalar'].includes(String(data.resultType))) {
    throw new ValidationError(where, 'response', isRecord(response) ? response.status ?? response.data : response,
      'must be a successful instant-query response of a vector or scalar');
  }
  const raw = data.resultType === 'scalar' ? data.result : samples(where, data.result);
  if (raw === undefined) return { unit: m.unit, value: null };
  const value = Array.isArray(raw) ? Number(raw[1]) : NaN;
  // Prometheus writes NaN and ±Inf as strings; neither is a figure a reader can use.
  return { unit: m.unit, value: Number.isFinite(value) ? value : null };
}

function samples(where: string, result: unknown): unknown {
  if (!Array.isArray(result)) throw new ValidationError(where, 'data.result', result, 'must be a list of samples');
  if (result.length > 1) {
    throw new ValidationError(where, 'data.result', `${result.length} samples`, 'must be one sample at most: aggregate the query (sum, max)');
  }
  return result.length === 1 && isRecord(result[0]) ? result[0].value : undefined;
}
