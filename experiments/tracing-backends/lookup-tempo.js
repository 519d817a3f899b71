// Trace lookups against Tempo while telemetrygen sends: search the generator's recent traces,
// then fetch one of them by its id. Tempo's HTTP API: GET /api/search (tags in logfmt, start and
// end in Unix seconds; answers { traces: [{ traceID, ... }] }) and GET /api/traces/<traceID>.
//
// The lab sets TARGET_URL (Tempo's query address), USERS, DURATION, P95_MS and ERROR_RATE.
import http from 'k6/http';
import { check, sleep } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE_URL = __ENV.TARGET_URL;
const USERS = Number(__ENV.USERS);
// The service name telemetrygen gives every span (constructs/loadgen/telemetrygen.ts).
const SERVICE = 'telemetrygen';

const errors = new Rate('errors');
const latency = { search: new Trend('search_latency', true), trace: new Trend('trace_latency', true) };

export const options = {
  scenarios: { lookups: { executor: 'constant-vus', vus: USERS, duration: __ENV.DURATION } },
  thresholds: { http_req_duration: [`p(95)<${__ENV.P95_MS}`], errors: [`rate<${__ENV.ERROR_RATE}`] },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

function send(kind, res) {
  latency[kind].add(res.timings.duration);
  errors.add(!check(res, { [`${kind} status 200`]: (r) => r.status === 200 }));
  return res;
}

export default function () {
  const end = Math.floor(Date.now() / 1000);
  const tags = encodeURIComponent(`service.name=${SERVICE}`);
  const found = send('search', http.get(`${BASE_URL}/api/search?tags=${tags}&limit=20&start=${end - 300}&end=${end}`, { tags: { request: 'search' } }));
  const traces = found.status === 200 ? (found.json('traces') || []) : [];
  if (traces.length > 0) {
    const id = traces[Math.floor(Math.random() * traces.length)].traceID;
    send('trace', http.get(`${BASE_URL}/api/traces/${id}`, { tags: { request: 'trace' } }));
  }
  sleep(1);
}

export function handleSummary(data) {
  return { stdout: `summary json: ${JSON.stringify({ metrics: data.metrics })}\n` };
}
