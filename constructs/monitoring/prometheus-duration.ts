import { ValidationError } from '../core/errors';

/** A Prometheus duration: units from milliseconds to years, largest first (`15d`, `1w2d`, `90m`). */
const DURATION = /^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$/;

/** Checks a duration as Prometheus writes it (retention, rule windows). */
export function checkPrometheusDuration(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || value === '' || !DURATION.test(value) || /^0+[a-z]+$/.test(value)) {
    throw new ValidationError(where, field, value, 'a Prometheus duration such as 12h, 7d or 4w');
  }
  return value;
}
