import { checkLabDuration } from '../core/duration';

/**
 * Checks a duration for Prometheus (retention, rule windows): the lab's one form, which
 * Prometheus reads as it is (it knows `d`).
 */
export function checkPrometheusDuration(where: string, field: string, value: string): string {
  return checkLabDuration(where, field, value);
}
