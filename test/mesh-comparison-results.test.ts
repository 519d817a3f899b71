import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResultsDocument } from '../constructs/results/validate-results';
import { k6Data, RUNS } from './results-fixtures';
import { ResultsStepStandIn, startResultsStepStandIn, vector } from './support/results-step';

const REVISION = '3ae46cf039d9a1b2c3d4e5f60718293a4b5c6d7e';
const VARIANTS = ['no-mesh', 'istio-sidecar', 'istio-ambient', 'linkerd', 'network-policy'];

let standIn: ResultsStepStandIn;

beforeAll(async () => {
  // Usage per namespace; a measurement: the proxies' figures where the variant has a mesh, none (null) without one.
  standIn = await startResultsStepStandIn(REVISION, (query) => {
    const usage = /namespace=~"([^"]+)"/.exec(query);
    if (usage) return vector(usage[1].split('|').map((namespace) => ({ metric: { namespace }, value: [0, '10'] })));
    const meshed = /linkerd-proxy|istio-proxy|ztunnel|istiod|namespace="linkerd"/.test(query);
    return vector(meshed ? [{ metric: {}, value: [0, '0.25'] }] : []);
  });
});

afterAll(() => standIn.close());

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
    const { doc } = await standIn.run('mesh-comparison', workflow, { environment: 'kind-cilium', now: '2025-06-01T10:10:00Z' });
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
    expect(standIn.queries.filter((q) => q.includes('linkerd-proxy')).every((q) => q.includes('[60s'))).toBe(true);
  });
});
