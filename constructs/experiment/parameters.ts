import { ValidationError } from '../core/errors';
import { durationSeconds } from '../core/duration';
import { checkDuration, checkInteger, checkNumber } from '../core/validation';

export { durationSeconds };

/** Pass/fail limits of a run; each load generator checks those it can measure. */
export interface RunThresholdProps {
  /**
   * The 95th percentile request latency must stay below this many milliseconds.
   * @default 500
   */
  readonly p95LatencyMs?: number;
  /**
   * The share of failed requests must stay below this fraction (0.1 is 10 %).
   * @default 0.1
   */
  readonly errorRate?: number;
}

/** How hard and how long an experiment's load runs; the workflow's parameters default to these. */
export interface RunParameterProps {
  /**
   * Concurrent virtual users (k6 VUs, Locust users).
   * @default 10
   */
  readonly users?: number;
  /**
   * How long the load runs, as Go and k6 write durations: 30s, 5m, 1h30m.
   * @default '60s'
   */
  readonly duration?: string;
  /**
   * Requests per second to aim at (an open model); unset lets the users go as fast as they can.
   * @default - unset: as fast as the users go
   */
  readonly rate?: number;
  /**
   * Pass/fail limits.
   * @default - p95 below 500 ms, errors below 10 %
   */
  readonly thresholds?: RunThresholdProps;
}

/** Run parameters with every default applied and checked. */
export interface RunParameters {
  readonly users: number;
  readonly duration: string;
  /** Requests per second; 0 when unset (no target rate). */
  readonly rate: number;
  readonly thresholds: { readonly p95LatencyMs: number; readonly errorRate: number };
}

export const MAX_USERS = 10_000;
export const MAX_RATE = 1_000_000;
/** A run longer than this belongs in a soak test, not in a lab workflow. */
export const MAX_DURATION_SECONDS = 6 * 3600;

/** Applies defaults to `props` and checks every field; `where` is the experiment's path. */
export function resolveRunParameters(where: string, props: RunParameterProps = {}): RunParameters {
  const users = checkInteger(where, 'parameters.users', props.users ?? 10, 1, MAX_USERS);
  const duration = checkRunDuration(where, 'parameters.duration', props.duration ?? '60s');
  const rate = props.rate === undefined ? 0 : checkInteger(where, 'parameters.rate', props.rate, 1, MAX_RATE);
  const p95LatencyMs = checkNumber(where, 'parameters.thresholds.p95LatencyMs', props.thresholds?.p95LatencyMs ?? 500, 1, 60_000);
  const errorRate = props.thresholds?.errorRate ?? 0.1;
  if (typeof errorRate !== 'number' || !Number.isFinite(errorRate) || errorRate <= 0 || errorRate > 1) {
    throw new ValidationError(where, 'parameters.thresholds.errorRate', errorRate,
      'a fraction above 0 and at most 1 (0.1 allows 10 % failed requests)');
  }
  return { users, duration, rate, thresholds: { p95LatencyMs, errorRate } };
}

/** Checks a run duration: Go syntax, at least one second, at most {@link MAX_DURATION_SECONDS}. */
export function checkRunDuration(where: string, field: string, value: string): string {
  checkDuration(where, field, value);
  const seconds = durationSeconds(value);
  if (seconds < 1 || seconds > MAX_DURATION_SECONDS) {
    throw new ValidationError(where, field, value, `a duration from 1s to ${MAX_DURATION_SECONDS / 3600}h`);
  }
  return value;
}

/** Seconds of a duration already checked by {@link checkDuration}, such as `1h30m` or `500ms`. */
