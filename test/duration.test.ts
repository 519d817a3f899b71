import { describe, expect, it } from 'vitest';
import { checkLabDuration, durationSeconds, goDuration } from '../constructs/core/duration';
import { checkDuration } from '../constructs/core/validation';
import { checkPrometheusDuration } from '../constructs/monitoring/prometheus-duration';

describe('the lab\'s one duration form', () => {
  it('reads days, hours, minutes, seconds and milliseconds', () => {
    expect(durationSeconds('1d12h')).toBe(36 * 3600);
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('90s')).toBe(90);
    expect(durationSeconds('1500ms')).toBe(1.5);
  });

  it('is written for Go readers without days, and for Prometheus as given', () => {
    expect(goDuration('15d')).toBe('360h');
    expect(goDuration('1d6h30m')).toBe('24h6h30m');
    expect(checkDuration('x', 'ttl', '2d')).toBe('48h');
    expect(checkDuration('x', 'ttl', '90m')).toBe('90m');
    expect(checkPrometheusDuration('x', 'retention', '15d')).toBe('15d');
  });

  it('refuses other forms and zero with one message, whoever reads it', () => {
    for (const bad of ['ten minutes', '1.5h', '', '0s', '5 m', '1w']) {
      expect(() => checkLabDuration('site/x', 'timeout', bad)).toThrow(
        `site/x: timeout ${JSON.stringify(bad)} is invalid: a duration such as 30s, 5m, 1h30m or 7d`);
      expect(() => checkPrometheusDuration('site/x', 'timeout', bad)).toThrow('a duration such as 30s, 5m, 1h30m or 7d');
    }
  });
});
