import { describe, expect, it } from 'vitest';
import {
  kafkaConsumerSummary, kafkaProducerSummary, k6Summary, priceUsage, resultsDocument, RunInput, usageFromPrometheus, usageQueries,
} from '../constructs/results';
import schema from '../constructs/results/results.schema.json';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { PRICE_SHEETS } from '../hub/prices';
import { k6Data, meshOverheadDocument, MIB, namespacesOf, prometheus, RUNS } from './results-fixtures';

const PLAIN = RUNS['mesh-overhead-a1b2c'][0];
const MESHED = RUNS['mesh-overhead-a1b2c'][1];
const GIB = 2 ** 30;

const PRODUCER_LOG = [
  '49981 records sent, 9996.2 records/sec (0.95 MB/sec), 3.1 ms avg latency, 180.0 ms max latency.',
  '50019 records sent, 10003.8 records/sec (0.95 MB/sec), 2.2 ms avg latency, 41.0 ms max latency.',
  '100000 records sent, 9999.000100 records/sec (0.95 MB/sec), 2.65 ms avg latency, 180.00 ms max latency, 2 ms 50th, 6 ms 95th, 12 ms 99th, 95 ms 99.9th.',
  'Metric Name                                     Value',
  'producer-metrics:batch-size-avg:{client-id=perf}  : 15548.000',
].join('\n');

const CONSUMER_LOG = [
  'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec',
  '2025-06-01 10:00:03:120, 2025-06-01 10:00:13:200, 95.3674, 9.4611, 100000, 9920.6349, 3012, 7068, 13.4926, 14148.2739',
].join('\n');

function kafkaRun(): RunInput {
  const window = { namespaces: ['kafka-throughput'], startedAt: '2025-06-01T10:00:00Z', endedAt: '2025-06-01T10:00:20Z' };
  const cpu = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'kafka-throughput' }, value: [0, '80'] }] } };
  const memory = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'kafka-throughput' }, value: [0, String(2 * GIB)] }] } };
  return {
    experiment: 'kafka-throughput', run: 'kafka-throughput-x9y8z', environment: 'talos', revision: 'abc1234',
    startedAt: window.startedAt, endedAt: window.endedAt,
    variants: [{
      name: 'acks-all', startedAt: window.startedAt, endedAt: window.endedAt,
      loadGenerators: [kafkaProducerSummary(PRODUCER_LOG, { name: 'perf' }), kafkaConsumerSummary(CONSUMER_LOG, { name: 'perf' })],
      usage: usageFromPrometheus({ cpu, memory }, window),
      prices: PRICE_SHEETS.talos,
    }],
  };
}

describe('k6 summaries', () => {
  it('reads handleSummary data: totals, percentiles, the error metric, per-request figures and thresholds', () => {
    const { summary, thresholds } = k6Summary(k6Data(MESHED, 12), { name: 'load-meshed' });
    expect(summary).toMatchObject({
      tool: 'k6', name: 'load-meshed', requests: 13800, requestsPerSecond: 230, errorRate: 0.004,
      latencyMs: { p50: 5, p90: 11, p95: 14, p99: 30, max: 60, min: 1 },
    });
    // The tagged sub-metric wins over the script's own Trend; health has only its Trend.
    expect(summary.byRequest.root.latencyMs?.p95).toBeCloseTo(14 * 1.1);
    expect(summary.byRequest.root.requests).toBe(Math.round(13800 * 0.7));
    expect(summary.byRequest.health.latencyMs?.p95).toBe(7);
    expect(Object.keys(summary.byRequest)).toEqual(['health', 'root']);
    expect(thresholds).toEqual([
      { source: 'load-meshed', metric: 'errors', condition: 'rate<0.1', passed: true },
      { source: 'load-meshed', metric: 'http_req_duration', condition: 'p(95)<12', passed: false },
    ]);
  });

  it('reads a --summary-export file, whose threshold booleans are true when a threshold failed', () => {
    const exported = {
      metrics: {
        http_reqs: { count: 600, rate: 10 },
        http_req_duration: { avg: 12, min: 2, med: 10, max: 90, 'p(90)': 20, 'p(95)': 31, thresholds: { 'p(95)<30': true } },
        http_req_failed: { value: 0.05, passes: 30, fails: 570, thresholds: { 'rate<0.1': false } },
      },
    };
    const { summary, thresholds } = k6Summary(exported, { name: 'load' });
    expect(summary).toMatchObject({ requests: 600, requestsPerSecond: 10, errorRate: 0.05, latencyMs: { p50: 10, p95: 31 } });
    expect(summary.latencyMs.p99).toBeUndefined();
    expect(thresholds.map((t) => [t.condition, t.passed])).toEqual([['p(95)<30', false], ['rate<0.1', true]]);
  });
});

describe('Kafka perf output', () => {
  it('reads the producer total line among progress lines and metrics', () => {
    expect(kafkaProducerSummary(PRODUCER_LOG, { name: 'perf' })).toEqual({
      tool: 'kafka-perf', name: 'perf', role: 'producer', records: 100000, recordsPerSecond: 9999.0001, megabytesPerSecond: 0.95,
      latencyMs: { avg: 2.65, p50: 2, p95: 6, p99: 12, p999: 95, max: 180 },
    });
  });

  it('reads the consumer CSV by column name', () => {
    expect(kafkaConsumerSummary(CONSUMER_LOG, { name: 'perf' })).toEqual({
      tool: 'kafka-perf', name: 'perf', role: 'consumer', records: 100000, recordsPerSecond: 9920.6349, megabytesPerSecond: 9.4611,
    });
  });
});

describe('usage from Prometheus', () => {
  const window = { namespaces: namespacesOf('plain'), startedAt: PLAIN.startedAt, endedAt: PLAIN.endedAt };

  it('queries CPU-seconds and peak working set per namespace over the window, at its end', () => {
    const q = usageQueries(window);
    expect(q.cpu).toBe('sum by (namespace) (increase(container_cpu_usage_seconds_total{namespace=~"mesh-overhead|mesh-overhead-load",container!=""}[60s]))');
    expect(q.memory).toBe('max_over_time(sum by (namespace) (container_memory_working_set_bytes{namespace=~"mesh-overhead|mesh-overhead-load",container!=""})[60s:15s])');
    expect(q.time).toBe(Date.UTC(2025, 5, 1, 10, 2, 0) / 1000);
  });

  it('adds the namespaces up; a namespace without a series counts as zero', () => {
    expect(usageFromPrometheus(prometheus(PLAIN), window)).toEqual({
      namespaces: [
        { namespace: 'mesh-overhead', cpuSeconds: 30, peakMemoryBytes: 64 * MIB },
        { namespace: 'mesh-overhead-load', cpuSeconds: 12, peakMemoryBytes: 32 * MIB },
      ],
      cpuSeconds: 42,
      peakMemoryBytes: 96 * MIB,
    });
    const empty = { status: 'success', data: { resultType: 'vector', result: [] } };
    expect(usageFromPrometheus({ cpu: empty, memory: empty }, window).cpuSeconds).toBe(0);
  });
});

describe('cost', () => {
  it('prices CPU-seconds at the vCPU-hour and the peak memory over the window at the GiB-hour', () => {
    const sheet = PRICE_SHEETS.eks;
    const usage = { namespaces: [], cpuSeconds: 7200, peakMemoryBytes: 4 * GIB };
    const cost = priceUsage(usage, 1800, sheet, { unit: 'requests', count: 500_000 });
    const total = 2 * sheet.vcpuHour + 4 * 0.5 * sheet.gibHour;
    expect(cost.currency).toBe('USD');
    expect(cost.priceSheet).toBe('eks');
    expect(cost.total).toBeCloseTo(total, 12);
    expect(cost.per).toMatchObject({ unit: 'requests', quantity: 1_000_000 });
    expect(cost.per.value).toBeCloseTo(total * 2, 12);
    expect(priceUsage(usage, 1800, sheet, { unit: 'messages', count: 0 }).per).toEqual({ unit: 'messages', quantity: 1_000_000, value: null });
  });

  it('prices transactions per thousand and bytes per GB', () => {
    const sheet = PRICE_SHEETS.eks;
    const usage = { namespaces: [], cpuSeconds: 3600, peakMemoryBytes: 0 };
    expect(priceUsage(usage, 60, sheet, { unit: 'transactions', count: 2000 }).per)
      .toEqual({ unit: 'transactions', quantity: 1000, value: sheet.vcpuHour / 2 });
    expect(priceUsage(usage, 60, sheet, { unit: 'bytes', count: 4e9 }).per)
      .toEqual({ unit: 'bytes', quantity: 1e9, value: sheet.vcpuHour / 4 });
  });
});

describe('the results document', () => {
  it('a mesh-overhead run has both variants, each priced per million requests, and matches the schema', () => {
    const doc = meshOverheadDocument('mesh-overhead-a1b2c');
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.variants.map((v) => v.name)).toEqual(['plain', 'meshed']);
    const meshed = doc.variants[1];
    const sheet = PRICE_SHEETS.kind;
    const total = (60 / 3600) * sheet.vcpuHour + ((256 * MIB) / GIB) * (60 / 3600) * sheet.gibHour;
    expect(meshed.cost.total).toBeCloseTo(total, 15);
    expect(meshed.cost.per.value).toBeCloseTo((total / 13800) * 1e6, 12);
    expect(meshed.usage.peakMemoryBytes).toBe(256 * MIB);
    expect(doc.outcome).toBe('passed');
    expect(doc.schemaVersion).toBe(2);
  });

  it('the schema $id carries the version the document states', () => {
    expect(schema.$id).toMatch(/\/results\/v2$/);
    expect(schema.properties.schemaVersion.const).toBe(2);
  });

  it('Kafka runs count messages the producers sent, not again those the consumers read', () => {
    const doc = resultsDocument(kafkaRun());
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc.variants[0].cost.per.unit).toBe('messages');
    expect(doc.variants[0].cost.per.value).toBeCloseTo((doc.variants[0].cost.total / 100000) * 1e6, 12);
    expect(doc.variants[0].cost.currency).toBe('EUR');
  });

  it('outcomes: a failed threshold fails the variant and the run; an unfinished variant is an error', () => {
    const input = kafkaRun();
    const failing = { ...input.variants[0], thresholds: [{ source: 'perf', metric: 'p95', condition: 'p95<5', passed: false }] };
    expect(resultsDocument({ ...input, variants: [failing] }).outcome).toBe('failed');
    const unfinished = { ...input.variants[0], name: 'acks-1', finished: false };
    const doc = resultsDocument({ ...input, variants: [failing, unfinished] });
    expect(doc.variants.map((v) => v.outcome)).toEqual(['failed', 'error']);
    expect(doc.outcome).toBe('error');
  });

  it('another tool is kept by its own metrics, with what it served given', () => {
    const input = kafkaRun();
    const locust = { tool: 'locust', name: 'swarm', metrics: { requestsPerSecond: 40, p95Ms: 120 } };
    const doc = resultsDocument({ ...input, variants: [{ ...input.variants[0], loadGenerators: [locust], served: { unit: 'requests', count: 800 } }] });
    expect(checkResultsDocument(doc)).toBeUndefined();
  });

  it('the schema names what is wrong: a missing k6 field, a misspelt field, a k6 summary passed off as another tool', () => {
    const doc = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    delete doc.variants[1].loadGenerators[0].requestsPerSecond;
    expect(checkResultsDocument(doc)).toEqual({ at: '/variants/1/loadGenerators/0', message: "must have required property 'requestsPerSecond'" });
    const typo = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    typo.variants[0].usage.cpuSecs = 1;
    expect(checkResultsDocument(typo)).toEqual({ at: '/variants/0/usage', message: 'must NOT have additional properties "cpuSecs"' });
    const other = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    other.variants[0].loadGenerators[0].tool = 'k7';
    expect(checkResultsDocument(other)?.at).toBe('/variants/0/loadGenerators/0');
    const twice = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    twice.variants[1].name = 'plain';
    expect(checkResultsDocument(twice)).toEqual({ at: '/variants/1/name', message: 'variant "plain" appears twice' });
    const backwards = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    backwards.endedAt = '2025-05-01T00:00:00Z';
    expect(checkResultsDocument(backwards)).toEqual({ at: '/endedAt', message: 'ends before it starts (2025-06-01T10:00:00Z)' });
  });
});

describe('bad raw input is refused with a message naming field, value and what is allowed', () => {
  const window = { namespaces: ['mesh-overhead'], startedAt: '2025-06-01T10:00:00Z', endedAt: '2025-06-01T10:01:00Z' };
  const ok = { status: 'success', data: { resultType: 'vector', result: [] } };
  const plainData = k6Data(PLAIN) as { metrics: Record<string, unknown> };
  const without = (...keys: string[]) => ({ metrics: Object.fromEntries(Object.entries(plainData.metrics).filter(([k]) => !keys.includes(k))) });

  it.each([
    ['not a summary', () => k6Summary('hello', { name: 'load' }),
      'k6 summary "load": metrics (unset) is invalid: must be k6\'s end-of-test summary: an object with a metrics map'],
    ['a bad load generator name', () => k6Summary(plainData, { name: 'Load_1' }),
      'k6 summary: name "Load_1" is invalid: must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit'],
    ['no http_reqs', () => k6Summary(without('http_reqs'), { name: 'load' }),
      'k6 summary "load": metrics.http_reqs (unset) is invalid: must be the http_reqs counter with a count (the script made no HTTP request?)'],
    ['no http_req_duration', () => k6Summary(without('http_req_duration'), { name: 'load' }),
      'k6 summary "load": metrics.http_req_duration (unset) is invalid: must be the http_req_duration trend'],
    ['no error metric', () => k6Summary(without('errors', 'http_req_failed'), { name: 'load' }),
      'k6 summary "load": metrics ["health_latency","http_req_duration","http_req_duration{request:root}","http_reqs","http_reqs{request:root}","root_latency","vus"] is invalid: must hold one of the error-rate metrics errors, http_req_failed'],
    ['no p(95)', () => k6Summary({ metrics: { ...plainData.metrics, http_req_duration: { values: { med: 1 } } } }, { name: 'load' }),
      'k6 summary "load": metrics.http_req_duration ["med"] is invalid: must hold med and p(95) (k6\'s summaryTrendStats)'],
    ['an error rate above 1', () => k6Summary({ metrics: { ...plainData.metrics, errors: { values: { rate: 3 } } } }, { name: 'load' }),
      'k6 summary "load": metrics.errors rate 3 is invalid: must be a fraction from 0 to 1'],
    ['a producer log without its total line', () => kafkaProducerSummary('100 records sent, 5.0 records/sec (0.01 MB/sec), 1.0 ms avg latency, 2.0 ms max latency.', { name: 'perf' }),
      'kafka producer summary "perf": output "100 records sent, 5.0 records/sec (0.01 MB/sec), 1.0 ms avg latency, 2.0 ms max latency." is invalid: must contain the producer perf total line: "N records sent, X records/sec (Y MB/sec), ... ms 99.9th."'],
    ['a consumer log without its header', () => kafkaConsumerSummary('Killed', { name: 'perf' }),
      'kafka consumer summary "perf": output "Killed" is invalid: must contain the consumer perf header (data.consumed.in.nMsg, nMsg.sec, MB.sec) followed by its values'],
    ['a window without namespaces', () => usageQueries({ ...window, namespaces: [] }),
      'usage window: namespaces [] is invalid: must name at least one namespace'],
    ['a local time', () => usageQueries({ ...window, startedAt: '2025-06-01 10:00' }),
      'usage window: startedAt "2025-06-01 10:00" is invalid: must be a UTC time such as 2025-06-01T10:00:00Z'],
    ['a window under a second', () => usageQueries({ ...window, endedAt: window.startedAt }),
      'usage window: endedAt "2025-06-01T10:00:00Z" is invalid: must be at least 1 s after startedAt 2025-06-01T10:00:00Z'],
    ['a failed query', () => usageFromPrometheus({ cpu: { status: 'error', error: 'bad_data' }, memory: ok }, window),
      'prometheus cpu response: data "error" is invalid: must be a successful instant-query response with resultType "vector"'],
    ['a series without its namespace', () => usageFromPrometheus({ cpu: ok, memory: { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [0, '1'] }] } } }, window),
      'prometheus memory response: data.result[0].metric.namespace (unset) is invalid: must be set (the queries sum by namespace)'],
    ['a price sheet without a currency code', () => priceUsage({ namespaces: [], cpuSeconds: 1, peakMemoryBytes: 1 }, 60, { name: 'x', currency: 'euro', vcpuHour: 1, gibHour: 1 }, { unit: 'requests', count: 1 }),
      'price sheet "x": currency "euro" is invalid: must be an ISO 4217 code such as EUR or USD'],
    ['a negative price', () => priceUsage({ namespaces: [], cpuSeconds: 1, peakMemoryBytes: 1 }, 60, { name: 'x', currency: 'EUR', vcpuHour: -1, gibHour: 1 }, { unit: 'requests', count: 1 }),
      'price sheet "x": vcpuHour -1 is invalid: must be a number of at least 0'],
    ['an unknown unit', () => priceUsage({ namespaces: [], cpuSeconds: 1, peakMemoryBytes: 1 }, 60, PRICE_SHEETS.kind, { unit: 'furlongs' as 'requests', count: 1 }),
      'served work: unit "furlongs" is invalid: must be one of requests, messages, transactions, operations, spans, bytes'],
    ['a bad experiment name', () => resultsDocument({ ...kafkaRun(), experiment: 'Kafka' }),
      'results document: experiment "Kafka" is invalid: must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit'],
    ['no revision', () => resultsDocument({ ...kafkaRun(), revision: '' }),
      'results document: revision "" is invalid: must be the deployed Git revision, 1-100 characters'],
    ['no run id', () => resultsDocument({ ...kafkaRun(), run: '' }),
      'results document: run "" is invalid: must be the run id, 1-253 characters'],
    ['a run ending before it starts', () => resultsDocument({ ...kafkaRun(), endedAt: '2025-05-01T00:00:00Z' }),
      'results document: endedAt "2025-05-01T00:00:00Z" is invalid: must not be before startedAt 2025-06-01T10:00:00Z'],
    ['a parameter that is an object', () => resultsDocument({ ...kafkaRun(), parameters: { users: { n: 1 } as unknown as number } }),
      'results document: parameters.users {"n":1} is invalid: must be a string, number or boolean'],
    ['no variants', () => resultsDocument({ ...kafkaRun(), variants: [] }),
      'results document: variants [] is invalid: must hold at least one variant'],
    ['a variant given twice', () => resultsDocument({ ...kafkaRun(), variants: [kafkaRun().variants[0], kafkaRun().variants[0]] }),
      'results document: variants ["acks-all","acks-all"] is invalid: variant names must be unique; "acks-all" is given twice'],
    ['a variant without load generators', () => resultsDocument({ ...kafkaRun(), variants: [{ ...kafkaRun().variants[0], loadGenerators: [] }] }),
      'results document variants[0]: loadGenerators [] is invalid: must hold at least one load generator summary'],
    ['negative usage', () => resultsDocument({ ...kafkaRun(), variants: [{ ...kafkaRun().variants[0], usage: { namespaces: [], cpuSeconds: -1, peakMemoryBytes: 0 } }] }),
      'results document variants[0]: usage.cpuSeconds -1 is invalid: must be a number of at least 0'],
    ['another tool without what it served', () => resultsDocument({ ...kafkaRun(), variants: [{ ...kafkaRun().variants[0], loadGenerators: [{ tool: 'locust', name: 'swarm', metrics: {} }] }] }),
      'results document variants[0]: served (unset) is invalid: must be given for load generators other than k6 and kafka-perf (locust)'],
  ])('%s', (_, build, message) => {
    expect(build).toThrow(message);
  });
});
