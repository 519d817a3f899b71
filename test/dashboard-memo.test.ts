import { describe, expect, it } from 'vitest';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import { DashboardMemo, memoDashboard, withDashboardMemo } from '../constructs/grafana/dashboard-memo';
import { experimentDashboard } from '../constructs/grafana/experiment-dashboard';
import { hubOverviewDashboard } from '../constructs/grafana/hub-overview';

// An unchanged dashboard comes from synth's memo as JSON, without the SDK (ADR 0057).
function memo(): DashboardMemo & { readonly texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return { texts, get: (k) => texts.get(k), set: (k, v) => void texts.set(k, v) };
}

const PROPS = { datasourceUid: 'prometheus', argocdController: { job: 'argocd' }, workflowsController: { job: 'workflows' } };

describe('the dashboard memo', () => {
  it('builds once and then gives the same JSON text without building', () => {
    const m = memo();
    let builds = 0;
    const build = (): Dashboard => {
      builds += 1;
      return { uid: 'u', title: 'T', panels: [{ id: 1, type: 'stat', title: undefined }] } as unknown as Dashboard;
    };
    const first = withDashboardMemo(m, () => memoDashboard('k', build));
    const second = withDashboardMemo(m, () => memoDashboard('k', build));
    expect(builds).toBe(1);
    expect(JSON.stringify(second, null, 2)).toBe(JSON.stringify(first, null, 2));
    expect(second).toEqual({ uid: 'u', title: 'T', panels: [{ id: 1, type: 'stat' }] });
  });

  it('builds every time when no memo is active', () => {
    let builds = 0;
    const build = () => ({ uid: `u${++builds}` }) as unknown as Dashboard;
    memoDashboard('k', build);
    memoDashboard('k', build);
    expect(builds).toBe(2);
  });

  it("keys the hub overview by what it is built from: another job name is another dashboard", () => {
    const m = memo();
    const a = withDashboardMemo(m, () => hubOverviewDashboard(PROPS));
    const b = withDashboardMemo(m, () => hubOverviewDashboard({ ...PROPS, workflowsController: { job: 'other' } }));
    expect(m.texts.size).toBe(2);
    expect(JSON.stringify(b)).toContain('argo_workflows_gauge{job=\\"other\\"}');
    expect(JSON.stringify(a)).not.toContain('other');
    // Taken from the memo, the overview is the JSON a fresh build gives.
    const again = withDashboardMemo(m, () => hubOverviewDashboard(PROPS));
    expect(m.texts.size).toBe(2);
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(hubOverviewDashboard(PROPS), null, 2));
    expect([...m.texts.keys()].every((k) => k.includes('0.0.21'))).toBe(true);
  });

  it('keys an experiment\'s dashboard by its props, and still refuses bad ones when the memo holds it', () => {
    const props = {
      experiment: 'e', description: 'd', datasourceUid: 'prometheus',
      labels: { run: 'run', experiment: 'experiment', variant: 'variant', loadGenerator: 'loadgen' },
      variants: [{ name: 'a', k6LoadGenerators: ['load'], namespaces: ['e'] }],
    };
    const m = memo();
    const first = withDashboardMemo(m, () => experimentDashboard(props));
    const other = withDashboardMemo(m, () => experimentDashboard({ ...props, variants: [{ ...props.variants[0], namespaces: ['f'] }] }));
    expect(m.texts.size).toBe(2);
    expect(JSON.stringify(other)).toContain('namespace=~\\"f\\"');
    const again = withDashboardMemo(m, () => experimentDashboard(props));
    expect(m.texts.size).toBe(2);
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(first, null, 2));
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(experimentDashboard(props), null, 2));
    expect(() => withDashboardMemo(m, () => experimentDashboard({ ...props, variants: [] }))).toThrow('one to six variants');
  });
});
