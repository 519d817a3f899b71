import { ValidationError } from './errors';

/**
 * The lab's one way to write a length of time: whole amounts of `d`, `h`, `m`, `s` and `ms`, such
 * as `30s`, `5m`, `1h30m` or `15d`. Every duration prop takes this form; where a consumer reads
 * another (Go's time.ParseDuration has no days: Kubernetes, Argo, cert-manager, k6), the value is
 * converted at the edge ({@link goDuration}).
 */
const DURATION = /^([0-9]+(d|h|ms|m|s))+$/;

const UNIT_SECONDS: Readonly<Record<string, number>> = { d: 86_400, h: 3600, m: 60, s: 1, ms: 0.001 };

/** What a bad duration is told. */
export const DURATION_FORMS = 'a duration such as 30s, 5m, 1h30m or 7d';

/** Checks a duration of the lab's form and returns it as given. */
export function checkLabDuration(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || !DURATION.test(value) || durationSeconds(value) === 0) {
    throw new ValidationError(where, field, value, DURATION_FORMS);
  }
  return value;
}

/** The length of a duration of the lab's form, in seconds. */
export function durationSeconds(value: string): number {
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/([0-9]+)(d|h|ms|m|s)/g)) total += Number(amount) * UNIT_SECONDS[unit];
  return total;
}

/** The same duration as Go writes it: days become hours (`15d` → `360h`), the rest is kept. */
export function goDuration(value: string): string {
  return value.replace(/([0-9]+)d/g, (_, days: string) => `${Number(days) * 24}h`);
}
