import { ValidationError } from '../core/errors';

/** A finite number at least `min`, or a ValidationError naming `where` and `field`. */
export function finiteAtLeast(where: string, field: string, value: unknown, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ValidationError(where, field, value, `must be a number of at least ${min}`);
  }
  return value;
}

/** A name as Kubernetes writes names (DNS-1123 label): experiments, variants, namespaces, load generators. */
export function labelName(where: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value)) {
    throw new ValidationError(where, field, value,
      'must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  }
  return value;
}

/** A UTC timestamp as RFC 3339 writes it with `Z`; returns its epoch milliseconds. */
export function utcTimestamp(where: string, field: string, value: unknown): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    throw new ValidationError(where, field, value, 'must be a UTC time such as 2025-06-01T10:00:00Z');
  }
  return ms;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
