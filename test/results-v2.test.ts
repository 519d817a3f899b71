// Version 2 of the results document: cost per served unit, named measurements from Prometheus,
// the generic metrics-json summary, the upgrade of version 1 documents, and Grafana data sources.
import { App, Chart } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { HelloApp } from '../constructs/apps/hello-app';
import { Experiment } from '../constructs/experiment/experiment';
import type { ILoadGenerator } from '../constructs/experiment/load-generator';
import { GrafanaDatasource, GrafanaDatasourceProps } from '../constructs/grafana/grafana-datasource';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { collectResults } from '../constructs/results/collect/collect';
import { measurementQuery, measurementValue } from '../constructs/results/measurements';
import { metricsJsonSummary } from '../constructs/results/metrics-json-summary';
import type { Measurement, RunPlan } from '../constructs/results/run-plan';
import { checkResultsDocument, upgradeResults } from '../constructs/results/validate-results';
import v1Schema from '../constructs/results/results-v1.schema.json';
import { TEST_LAB } from './support/lab';

const SCALE_OUT: Measurement = { name: 'timeToFirstScaleOut', unit: 'seconds', query: 'min(x[$window])' };

function vector(...values: number[]) {
  return { status: 'success', data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { i: String(i) }, value: [0, String(v)] })) } };
}

describe('metrics-json summaries', () => {
  it('reads the last marked line into the tool\'s figures', () => {
    const text = 'starting\nmetrics json: {"old": 1}\nmetrics json: {"restoreSeconds": 42.5, "rows": 1000}\ndone';
    expect(metricsJsonSummary(text, { name: 'restore', tool: 'pg-restore' }))
      .toEqual({ tool: 'pg-restore', name: 'restore', metrics: { restoreSeconds: 42.5, rows: 1000 } });
  });

  it.each([
    ['no marked line', 'ended early', 'pg-restore summary "restore": output "ended early" is invalid: must contain a "metrics json:" line'],
    ['no JSON after the marker', 'metrics json: {oops', 'must be followed by a JSON object'],
    ['a list', 'metrics json: [1, 2]', 'must be a JSON object of numbers'],
    ['a null figure', 'metrics json: {"rows": null}', 'pg-restore summary "restore": rows null is invalid: must be a finite number'],
  ])('refuses %s', (_, text, message) => {
    expect(() => metricsJsonSummary(text, { name: 'restore', tool: 'pg-restore' })).toThrow(message);
  });
});

describe('measurements', () => {
  it('put the window in whole seconds where the query writes $window', () => {
    expect(measurementQuery({ ...SCALE_OUT, query: 'max_over_time(a[$window]) - min_over_time(a[$window])' }, 299.2))
      .toBe('max_over_time(a[300s]) - min_over_time(a[300s])');
  });

  it('take the one sample, null for none or NaN, and refuse several', () => {
    expect(measurementValue(SCALE_OUT, vector(37))).toEqual({ unit: 'seconds', value: 37 });
    expect(measurementValue(SCALE_OUT, vector())).toEqual({ unit: 'seconds', value: null });
    expect(measurementValue(SCALE_OUT, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [0, 'NaN'] }] } }))
      .toEqual({ unit: 'seconds', value: null });
    expect(measurementValue(SCALE_OUT, { status: 'success', data: { resultType: 'scalar', result: [0, '2.5'] } })).toEqual({ unit: 'seconds', value: 2.5 });
    expect(() => measurementValue(SCALE_OUT, vector(1, 2)))
      .toThrow('measurement "timeToFirstScaleOut": data.result "2 samples" is invalid: must be one sample at most: aggregate the query (sum, max)');
    expect(() => measurementValue(SCALE_OUT, { status: 'error' })).toThrow('must be a successful instant-query response');
  });
});

describe('the results step with version 2 plans', () => {
  const plan: RunPlan = {
    experiment: 'demo', applications: ['demo'], applicationNamespace: 'argocd',
    variants: [{
      name: 'restore', namespaces: ['demo'],
      generators: [{ name: 'restore', format: 'metrics-json', tool: 'pg-restore', runTemplate: 'restore-run', summaryTemplate: 'restore-summary',
        served: { unit: 'transactions', metric: 'rows' } }],
      measurements: [SCALE_OUT, { name: 'bytesStored', unit: 'bytes', query: 'sum(stored)' }],
    }],
  };
  const usage = { status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'demo' }, value: [0, '36'] }] } };

  it('prices the named figure in its unit and reads each measurement over the variant\'s window', async () => {
    const queries: string[] = [];
    const doc = await collectResults({
      plan,
      workflow: { metadata: { name: 'demo-abcde' }, status: { startedAt: '2025-06-01T10:00:00Z', nodes: {
        r: { templateName: 'restore-run', phase: 'Succeeded', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:03:00Z' },
        s: { templateName: 'restore-summary', phase: 'Succeeded', outputs: { result: '[pod/x/main] metrics json: {"rows": 4000, "restoreSeconds": 80}' } },
      } } },
      applications: [{ status: { sync: { revision: 'abc123' } } }],
      environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0 },
      now: '2025-06-01T10:04:00Z',
      query: async (q) => {
        queries.push(q);
        if (q === 'min(x[120s])') return vector(15);
        if (q === 'sum(stored)') return vector();
        return usage;
      },
    });
    expect(checkResultsDocument(doc)).toBeUndefined();
    const [variant] = doc.variants;
    expect(variant.loadGenerators).toEqual([{ tool: 'pg-restore', name: 'restore', metrics: { rows: 4000, restoreSeconds: 80 } }]);
    // 36 CPU-seconds at 0.01 per vCPU-hour, per thousand of the 4000 rows.
    expect(variant.cost.per.unit).toBe('transactions');
    expect(variant.cost.per.quantity).toBe(1000);
    expect(variant.cost.per.value).toBeCloseTo(((36 / 3600) * 0.01) / 4, 15);
    expect(variant.measurements).toEqual({ timeToFirstScaleOut: { unit: 'seconds', value: 15 }, bytesStored: { unit: 'bytes', value: null } });
    expect(queries).toContain('min(x[120s])');
  });

  it('the schema refuses a measurement in an unknown unit or with a name that is not camelCase', async () => {
    const doc = JSON.parse(JSON.stringify(await collectResults({
      plan: { ...plan, variants: [{ ...plan.variants[0], measurements: [] }] },
      workflow: { metadata: { name: 'demo-abcde' }, status: { nodes: {
        r: { templateName: 'restore-run', phase: 'Succeeded', startedAt: '2025-06-01T10:01:00Z', finishedAt: '2025-06-01T10:03:00Z' },
        s: { templateName: 'restore-summary', outputs: { result: 'metrics json: {"rows": 1}' } },
      } } },
      applications: [{ status: { sync: { revision: 'abc' } } }], environment: 'lab2',
      prices: { name: 'lab2', currency: 'EUR', vcpuHour: 0.01, gibHour: 0 }, now: '2025-06-01T10:04:00Z', query: async () => usage,
    })));
    expect(doc.variants[0].measurements).toBeUndefined();
    doc.variants[0].measurements = { lag: { unit: 'hours', value: 1 } };
    expect(checkResultsDocument(doc)?.at).toBe('/variants/0/measurements/lag/unit');
    doc.variants[0].measurements = { 'Lag-Seconds': { unit: 'seconds', value: 1 } };
    expect(checkResultsDocument(doc)?.at).toBe('/variants/0/measurements');
  });
});

describe('version 1 documents', () => {
  const v1 = {
    schemaVersion: 1, experiment: 'demo', run: 'demo-a', environment: 'kind', revision: 'abc',
    startedAt: '2025-06-01T10:00:00Z', endedAt: '2025-06-01T10:05:00Z', parameters: {}, outcome: 'passed',
    variants: [{
      name: 'plain', startedAt: '2025-06-01T10:00:00Z', endedAt: '2025-06-01T10:05:00Z',
      loadGenerators: [{ tool: 'locust', name: 'load', metrics: { requests: 10 } }],
      usage: { namespaces: [], cpuSeconds: 1, peakMemoryBytes: 0 },
      cost: { currency: 'EUR', priceSheet: 'kind', total: 0.5, perMillion: { unit: 'requests', value: 50000 } },
      thresholds: [], outcome: 'passed',
    }],
  };

  it('are checked against the version 1 schema and read in the current shape', () => {
    expect(v1Schema.$id).toMatch(/\/results\/v1$/);
    expect(checkResultsDocument(v1)).toBeUndefined();
    const upgraded = upgradeResults(v1);
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.variants[0].cost).toEqual({ currency: 'EUR', priceSheet: 'kind', total: 0.5, per: { unit: 'requests', quantity: 1e6, value: 50000 } });
    expect(checkResultsDocument(upgraded)).toBeUndefined();
    // A version 1 document keeps version 1's closed shape: version 2's fields are refused there.
    expect(checkResultsDocument({ ...v1, variants: [{ ...v1.variants[0], measurements: {} }] })?.at).toBe('/variants/0');
  });
});

describe('load generators with measurements', () => {
  function demo(measurements: readonly Measurement[][]) {
    return new Experiment(new App(), 'demo', { lab: TEST_LAB, definition: {
      name: 'demo', description: 'test', build: (e) => {
        const app = new HelloApp(e, 'target', { namespace: e.namespace() });
        measurements.forEach((m, i) => {
          const load: ILoadGenerator = new K6Test(e, `load-${i}`, { target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js') });
          Object.defineProperty(load, 'measurements', { value: m });
          e.runLoad(load);
        });
      },
    } });
  }

  it('put them into the variant\'s plan', () => {
    expect(demo([[SCALE_OUT]]).workflow.runPlan.variants[0].measurements).toEqual([SCALE_OUT]);
  });

  it('refuse a name twice in a variant, and a name that is not camelCase', () => {
    expect(() => demo([[SCALE_OUT], [SCALE_OUT]])).toThrow('demo/load-1: measurements "timeToFirstScaleOut" is invalid: each name once per variant');
    expect(() => demo([[{ ...SCALE_OUT, name: 'time_to' }]])).toThrow('demo/load-0: measurements.name "time_to" is invalid: must be camelCase');
    expect(() => demo([[{ ...SCALE_OUT, unit: 'hours' as never }]])).toThrow('measurements.timeToFirstScaleOut.unit "hours" is invalid: must be one of seconds');
  });
});

describe('GrafanaDatasource', () => {
  const props: GrafanaDatasourceProps = { name: 'Loki', uid: 'loki', type: 'loki', url: 'http://loki.logs.svc.cluster.local:3100', namespace: 'logs' };
  const make = (change: Partial<GrafanaDatasourceProps> = {}) => new GrafanaDatasource(new Chart(new App(), 'c'), 'Datasource', { ...props, ...change });

  it('writes a provisioning file in a ConfigMap the datasource sidecar loads', () => {
    const ds = make({ jsonData: { maxLines: 1000 } });
    const [cm] = Chart.of(ds).toJson();
    expect(cm.metadata).toMatchObject({ name: 'datasource-loki', namespace: 'logs', labels: { grafana_datasource: '1' } });
    expect(JSON.parse(cm.data['loki.yaml'])).toEqual({ apiVersion: 1, datasources: [{
      name: 'Loki', type: 'loki', uid: 'loki', url: props.url, access: 'proxy', editable: false, jsonData: { maxLines: 1000 },
    }] });
    expect([ds.uid, ds.type]).toEqual(['loki', 'loki']);
  });

  it.each([
    ['a uid Grafana refuses', { uid: 'a b' }, 'c/Datasource: uid "a b" is invalid: 1-40 letters, digits, "-" or "_"'],
    ['an unknown type', { type: 'graphite' as never }, 'type "graphite" is invalid: one of prometheus, loki, tempo, jaeger, elasticsearch'],
    ['a URL without a scheme', { url: 'loki:3100' }, 'url "loki:3100" is invalid: an http:// or https:// URL'],
    ['no name', { name: ' ' }, 'name " " is invalid'],
  ])('refuses %s', (_, change, message) => {
    expect(() => make(change)).toThrow(message);
  });
});
