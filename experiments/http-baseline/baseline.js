// HTTP baseline: a steady request mix against the hello app, to have numbers to compare others to.
//
// The lab sets the environment (constructs/loadgen/k6-test.ts): TARGET_URL from the app's typed
// handle; USERS, DURATION, RATE, P95_MS and ERROR_RATE from the workflow's run parameters.
// The hello app (http-echo) answers every method on "/" and GET on "/health".
import http from 'k6/http';
import { check, sleep } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE_URL = __ENV.TARGET_URL;
const RATE = Number(__ENV.RATE || 0);
const USERS = Number(__ENV.USERS);

const errors = new Rate('errors');
const latency = {
  root: new Trend('root_latency', true),
  health: new Trend('health_latency', true),
  post: new Trend('post_latency', true),
};

export const options = {
  scenarios: {
    baseline: RATE > 0
      ? { executor: 'constant-arrival-rate', rate: RATE, timeUnit: '1s', duration: __ENV.DURATION, preAllocatedVUs: USERS }
      : { executor: 'constant-vus', vus: USERS, duration: __ENV.DURATION },
  },
  thresholds: {
    http_req_duration: [`p(95)<${__ENV.P95_MS}`],
    errors: [`rate<${__ENV.ERROR_RATE}`],
  },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

function send(kind, res) {
  latency[kind].add(res.timings.duration);
  errors.add(!check(res, { [`${kind} status 200`]: (r) => r.status === 200 }));
}

export default function () {
  // 70 % reads of the page, 20 % health checks, 10 % writes.
  const roll = Math.random();
  if (roll < 0.7) {
    send('root', http.get(`${BASE_URL}/`, { tags: { request: 'root' } }));
  } else if (roll < 0.9) {
    send('health', http.get(`${BASE_URL}/health`, { tags: { request: 'health' } }));
  } else {
    const body = JSON.stringify({ message: 'baseline', at: new Date().toISOString() });
    send('post', http.post(`${BASE_URL}/`, body, { headers: { 'Content-Type': 'application/json' }, tags: { request: 'post' } }));
  }
  // Users think between requests; at a fixed rate the executor does the pacing.
  if (RATE === 0) sleep(0.5 + Math.random() * 1.5);
}

function ms(metric, stat) {
  const value = metric && metric.values[stat];
  return value === undefined ? 'n/a' : value.toFixed(2);
}

// One block a reader can compare across runs, printed by every runner at the end.
export function handleSummary(data) {
  const m = data.metrics;
  const passed = Object.values(m).every((metric) => Object.values(metric.thresholds || {}).every((t) => t.ok));
  const lines = [
    '=== http-baseline results ===',
    `duration:   ${(data.state.testRunDurationMs / 1000).toFixed(1)} s`,
    `users:      ${USERS}${RATE > 0 ? `, aiming at ${RATE} requests/s` : ''}`,
    `requests:   ${m.http_reqs ? m.http_reqs.values.count : 0} (${m.http_reqs ? m.http_reqs.values.rate.toFixed(2) : 0}/s)`,
    `latency ms: avg ${ms(m.http_req_duration, 'avg')}, p50 ${ms(m.http_req_duration, 'med')}, p95 ${ms(m.http_req_duration, 'p(95)')}, p99 ${ms(m.http_req_duration, 'p(99)')}`,
    `  root     p95 ${ms(m.root_latency, 'p(95)')}`,
    `  health   p95 ${ms(m.health_latency, 'p(95)')}`,
    `  post     p95 ${ms(m.post_latency, 'p(95)')}`,
    `errors:     ${((m.errors ? m.errors.values.rate : 0) * 100).toFixed(2)} %`,
    `thresholds: p95 < ${__ENV.P95_MS} ms, errors < ${Number(__ENV.ERROR_RATE) * 100} %: ${passed ? 'PASSED' : 'FAILED'}`,
    `summary json: ${JSON.stringify({ metrics: m })}`,
    '',
  ];
  return { stdout: lines.join('\n') };
}
