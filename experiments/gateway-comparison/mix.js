// Gateway comparison: the same request mix through each gateway, over plain HTTP or HTTPS (the
// URL's scheme says which), at a fixed arrival rate so every gateway is offered the same load.
//
// The lab sets the environment (constructs/loadgen/k6-test.ts): TARGET_URL from the route's typed
// handle (the gateway's listener and path prefix); RATE, DURATION, USERS, P95_MS and ERROR_RATE
// from the workflow's run parameters.
//
// Every request opens a new connection (noConnectionReuse): over HTTPS each one then pays a full
// TLS handshake at the gateway, which is the overhead the HTTPS variants measure against the
// HTTP ones on the same gateway (ADR 0133).
import http from 'k6/http';
import { check } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE_URL = __ENV.TARGET_URL;
const RATE = Number(__ENV.RATE || 0);
const USERS = Number(__ENV.USERS);
// 80 % the app's text, 20 % its health check: two routes of one HTTPRoute rule.
const REQUESTS = [
  { name: 'root', path: '/', upTo: 80 },
  { name: 'health', path: '/health', upTo: 100 },
];

const errors = new Rate('errors');
const latency = { root: new Trend('root_latency', true), health: new Trend('health_latency', true) };
// Time spent in the TLS handshake per request (zero over plain HTTP).
const handshake = new Trend('tls_handshake_latency', true);

export const options = {
  scenarios: {
    mix: RATE > 0
      ? { executor: 'constant-arrival-rate', rate: RATE, timeUnit: '1s', duration: __ENV.DURATION, preAllocatedVUs: USERS, maxVUs: USERS * 2 }
      : { executor: 'constant-vus', vus: USERS, duration: __ENV.DURATION },
  },
  noConnectionReuse: true,
  // The gateways present certificates of the lab's own CA, which k6's image does not trust; the
  // handshake and encryption work is the same with or without checking the chain.
  insecureSkipTLSVerify: true,
  thresholds: {
    http_req_duration: [`p(95)<${__ENV.P95_MS}`],
    errors: [`rate<${__ENV.ERROR_RATE}`],
  },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

export default function () {
  const roll = Math.random() * 100;
  const request = REQUESTS.find((r) => roll < r.upTo) || REQUESTS[REQUESTS.length - 1];
  const res = http.get(BASE_URL + request.path, { tags: { request: request.name } });
  latency[request.name].add(res.timings.duration);
  handshake.add(res.timings.tls_handshaking);
  errors.add(!check(res, { [`${request.name} status 200`]: (r) => r.status === 200 }));
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
    '=== gateway-comparison results ===',
    `target:     ${BASE_URL}`,
    `requests:   ${m.http_reqs ? m.http_reqs.values.count : 0} (${m.http_reqs ? m.http_reqs.values.rate.toFixed(2) : 0}/s)`,
    `latency ms: p50 ${ms(m.http_req_duration, 'med')}, p95 ${ms(m.http_req_duration, 'p(95)')}, p99 ${ms(m.http_req_duration, 'p(99)')}`,
    `tls ms:     p50 ${ms(m.tls_handshake_latency, 'med')}, p95 ${ms(m.tls_handshake_latency, 'p(95)')}`,
    `errors:     ${((m.errors ? m.errors.values.rate : 0) * 100).toFixed(2)} %`,
    `thresholds: p95 < ${__ENV.P95_MS} ms, errors < ${Number(__ENV.ERROR_RATE) * 100} %: ${passed ? 'PASSED' : 'FAILED'}`,
    `summary json: ${JSON.stringify({ metrics: m })}`,
    '',
  ];
  return { stdout: lines.join('\n') };
}
