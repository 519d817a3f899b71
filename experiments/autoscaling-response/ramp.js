// Autoscaling response: an open-model load whose arrival rate climbs, then holds, so that the
// scaled variants must add pods while requests keep arriving at the set rate.
//
// The lab sets the environment (constructs/loadgen/k6-test.ts): TARGET_URL from the app's typed
// handle; RATE (the peak requests/s), DURATION (the length of the ramp, and again of the hold),
// USERS (virtual users k6 may hold open), P95_MS and ERROR_RATE from the workflow's run parameters.
import http from 'k6/http';
import exec from 'k6/execution';
import { check } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE_URL = __ENV.TARGET_URL;
const PEAK = Math.max(1, Number(__ENV.RATE || 0));
const USERS = Number(__ENV.USERS);
const RAMP = __ENV.DURATION;
// The ramp starts at a tenth of the peak: what the fixed-size baseline idles at between bursts.
const START = Math.max(1, Math.round(PEAK / 10));

/** Seconds of a duration such as 90s, 2m or 1h30m (what the lab's run parameters accept). */
function seconds(text) {
  let total = 0;
  for (const [, n, unit] of String(text).matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(n) * { ms: 0.001, s: 1, m: 60, h: 3600 }[unit];
  }
  return total;
}
const RAMP_MS = seconds(RAMP) * 1000;

const errors = new Rate('errors');
// Latency while the rate climbs, apart from the whole run's http_req_duration.
const rampLatency = new Trend('ramp_latency', true);

export const options = {
  scenarios: {
    ramp: {
      executor: 'ramping-arrival-rate',
      startRate: START,
      timeUnit: '1s',
      preAllocatedVUs: USERS,
      maxVUs: USERS * 2,
      stages: [
        { target: PEAK, duration: RAMP },
        { target: PEAK, duration: RAMP },
      ],
    },
  },
  thresholds: {
    http_req_duration: [`p(95)<${__ENV.P95_MS}`],
    errors: [`rate<${__ENV.ERROR_RATE}`],
  },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

export default function () {
  const res = http.get(`${BASE_URL}/`, { tags: { request: 'root' } });
  if (exec.instance.currentTestRunDuration < RAMP_MS) rampLatency.add(res.timings.duration);
  errors.add(!check(res, { 'root status 200': (r) => r.status === 200 }));
}

function ms(metric, stat) {
  const value = metric && metric.values[stat];
  return value === undefined ? 'n/a' : value.toFixed(2);
}

// A block a reader can compare across variants, then the JSON line the results step reads.
export function handleSummary(data) {
  const m = data.metrics;
  const passed = Object.values(m).every((metric) => Object.values(metric.thresholds || {}).every((t) => t.ok));
  const lines = [
    '=== autoscaling-response results ===',
    `ramp:       ${START} to ${PEAK} requests/s over ${RAMP}, then ${PEAK}/s for ${RAMP}`,
    `requests:   ${m.http_reqs ? m.http_reqs.values.count : 0} (${m.http_reqs ? m.http_reqs.values.rate.toFixed(2) : 0}/s)`,
    `dropped:    ${m.dropped_iterations ? m.dropped_iterations.values.count : 0} arrivals k6 had no user free for`,
    `latency ms: p50 ${ms(m.http_req_duration, 'med')}, p95 ${ms(m.http_req_duration, 'p(95)')}, p95 during the ramp ${ms(m.ramp_latency, 'p(95)')}`,
    `errors:     ${((m.errors ? m.errors.values.rate : 0) * 100).toFixed(2)} %`,
    `thresholds: p95 < ${__ENV.P95_MS} ms, errors < ${Number(__ENV.ERROR_RATE) * 100} %: ${passed ? 'PASSED' : 'FAILED'}`,
    `summary json: ${JSON.stringify({ metrics: m })}`,
    '',
  ];
  return { stdout: lines.join('\n') };
}
