import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../constructs/results';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { k6Data, RUNS } from './results-fixtures';
import { DIST } from './support/lab';

const run = promisify(execFile);
const REVISION = '3ae46cf039d9a1b2c3d4e5f60718293a4b5c6d7e';
const VARIANTS = ['no-mesh', 'istio-sidecar', 'istio-ambient', 'linkerd', 'network-policy'];
const readDist = (file: string): any => yaml.load(fs.readFileSync(path.join(DIST, file), 'utf8'));

/** Queries the stand-in Prometheus was asked, and its answers: usage per namespace, one figure per measurement. */
const queries: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    const send = (body: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argo-workflows/workflows/')) return send(workflow);
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/')) {
      return send({ metadata: { name: path.basename(url.pathname) }, status: { sync: { status: 'Synced', revision: REVISION } } });
    }
    const query = url.searchParams.get('query')!;
    queries.push(query);
    const usage = /namespace=~"([^"]+)"/.exec(query);
    if (usage) return send({ status: 'success', data: { resultType: 'vector', result: usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, '10'] })) } });
    // A measurement: the proxies' figures where the variant has a mesh, none (null) without one.
    const meshed = /linkerd-proxy|istio-proxy|ztunnel|istiod|namespace="linkerd"/.test(query);
    return send({ status: 'success', data: { resultType: 'vector', result: meshed ? [{ metric: {}, value: [0, '0.25'] }] : [] } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const [fixture] = RUNS['mesh-overhead-a1b2c'];
/** Each variant's load, a minute each, one after the other. */
const windows = VARIANTS.map((name, i) => ({ name, startedAt: `2025-06-01T10:0${i * 2}:00Z`, endedAt: `2025-06-01T10:0${i * 2 + 1}:00Z` }));
const workflow = {
  metadata: { name: 'mesh-comparison-x1', namespace: 'argo-workflows' },
  spec: { arguments: { parameters: [] } },
  status: {
    phase: 'Running', startedAt: '2025-06-01T10:00:00Z',
    storedWorkflowTemplateSpec: { arguments: { parameters: [{ name: 'users', value: '10' }, { name: 'duration', value: '2m' }] } },
    nodes: Object.fromEntries(windows.flatMap((w, i) => [
      [`r${i}`, { id: `r${i}`, templateName: `load-${w.name}-run`, phase: 'Succeeded', startedAt: w.startedAt, finishedAt: w.endedAt }],
      [`s${i}`, {
        id: `s${i}`, templateName: `load-${w.name}-summary`, phase: 'Succeeded', startedAt: w.endedAt, finishedAt: w.endedAt,
        outputs: { result: `[pod/x/k6] summary json: ${JSON.stringify({ metrics: k6Data(fixture).metrics })}\n` },
      }],
    ])),
  },
};

describe('mesh-comparison\'s results document', () => {
  it('holds one variant per mesh, each with its measurements and its cost per million requests', async () => {
    const step = readDist('experiments/mesh-comparison/workflow/configmap-mesh-comparison-results.yaml');
    const settings = readDist('hub/kind-cilium/argo-artifacts/configmap-experiment-run-settings.yaml');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-results-'));
    for (const [file, text] of Object.entries(step.data as Record<string, string>)) fs.writeFileSync(path.join(dir, file), text);
    const { stdout } = await run(process.execPath, [path.join(dir, 'collect.js')], {
      env: {
        PATH: process.env.PATH, LAB_KUBE_API: base, LAB_PROMETHEUS_URL: `${base}/prom`,
        LAB_ENVIRONMENT: settings.data.environment, LAB_PRICES: settings.data['prices.json'],
        WORKFLOW_NAME: 'mesh-comparison-x1', WORKFLOW_NAMESPACE: 'argo-workflows',
        LAB_RESULTS_FILE: path.join(dir, 'out', 'results.json'), LAB_NOW: '2025-06-01T10:10:00Z',
      },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const doc = JSON.parse(stdout) as ResultsDocument;
    expect(checkResultsDocument(doc)).toBeUndefined();
    expect(doc).toMatchObject({ experiment: 'mesh-comparison', environment: 'kind-cilium' });
    expect(doc.variants.map((v) => v.name)).toEqual(VARIANTS);
    const byName = Object.fromEntries(doc.variants.map((v) => [v.name, v as any]));
    expect(byName.linkerd.measurements.dataPlaneCpuCores).toEqual({ unit: 'cores', value: 0.25 });
    expect(byName.linkerd.measurements.controlPlaneMemoryBytes).toEqual({ unit: 'bytes', value: 0.25 });
    expect(byName['istio-ambient'].measurements.dataPlaneProxies).toEqual({ unit: 'count', value: 0.25 });
    // No mesh: Cilium's agent is asked for, and the stand-in has none.
    expect(byName['no-mesh'].measurements.dataPlaneCpuCores).toEqual({ unit: 'cores', value: null });
    expect(byName['no-mesh'].measurements.controlPlaneCpuCores).toBeUndefined();
    for (const v of doc.variants as any[]) expect(v.cost.per).toMatchObject({ unit: 'requests', quantity: 1e6 });
    // Each measurement over its own variant's one-minute window.
    expect(queries.filter((q) => q.includes('linkerd-proxy')).every((q) => q.includes('[60s'))).toBe(true);
  });
});
