import { ApiObject, App, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { Component, ComponentProps } from '../constructs/argocd/component';
import { CHARTS } from '../constructs/catalog/charts';
import { HOURS_PER_MONTH, PRICE_SHEETS, PriceSheet } from '../hub/prices';
import { applicationUsage } from '../hub/application-usage';
import { HelmSource } from '../constructs/argocd/sources';
import { estimateLab } from '../tools/cost/estimate';
import { monthlyCost } from '../tools/cost/price';
import { GIB } from '../constructs/k8s/quantity';
import { formatTables, priceSites, sheetFor } from '../tools/cost/report';
import { amountOf, readUsage } from '../hub/usage';
import { costRun } from './support/capture';

const MIB = 2 ** 20;

/** A component with a Deployment, a claim and a Helm chart whose values set resources. */
class Shop extends Component {
  public constructor(scope: Construct, id: string, props: ComponentProps = {}) {
    super(scope, id, props, { name: 'shop', namespace: 'shop' });
    this.installChart(CHARTS.openbao, {
          server: {
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
            dataStorage: { enabled: true, size: '2Gi' },
          },
          // Switched off: its resources do not count.
          injector: { enabled: false, resources: { requests: { cpu: '4', memory: '4Gi' }, limits: { memory: '4Gi' } } },
    });
    new kplus.Deployment(this.objects, 'web', {
      replicas: 2,
      containers: [{
        image: 'nginx:1.27',
        resources: {
          cpu: { request: kplus.Cpu.millis(250), limit: kplus.Cpu.millis(500) },
          memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
        },
      }],
    });
    new ApiObject(this.objects, 'data', {
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
    });
  }
}

/** A component whose only object is a ConfigMap: it sets no resources at all. */
class Settings extends Component {
  public constructor(scope: Construct, id: string) {
    super(scope, id, {}, { name: 'settings', namespace: 'shop' });
    new kplus.ConfigMap(this.objects, 'settings', { data: { mode: 'fast' } });
  }
}

function tinyLab() {
  const app = new App();
  const site = new AppOfApps(app, 'site', {
    repository: { url: 'https://example.org/lab.git', revision: 'main' }, path: 'hub/kind', projectName: 'hub', projectDescription: 'test',
  });
  return { app, shop: new Shop(site, 'shop'), settings: new Settings(site, 'settings') };
}

describe('amounts in the cost report', () => {
  it('reads CPU in cores and memory in bytes, from quantities and plain numbers', () => {
    expect(amountOf('250m')).toBe(0.25);
    expect(amountOf('1.5')).toBe(1.5);
    expect(amountOf(2)).toBe(2);
    expect(amountOf('128Mi')).toBe(134_217_728);
    expect(amountOf('1G')).toBe(1_000_000_000);
    expect(amountOf('1e3')).toBe(1000);
  });

  it('reads nothing from text outside the quantity grammar, or from negative amounts', () => {
    for (const bad of ['lots', '1.2.3', '-100m', '-1', ' 1Gi', '1 Gi', '1gi', -2, Number.NaN, null]) {
      expect(amountOf(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('readUsage', () => {
  it('multiplies by replicas and skips what is switched off', () => {
    const reading = readUsage({
      a: { replicas: 3, resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } } },
      b: { enabled: false, resources: { requests: { cpu: '8', memory: '8Gi' } } },
      c: { persistence: { enabled: true, size: '10Gi' } },
    });
    expect(reading.usage).toEqual({ cpuRequest: 0.30000000000000004, cpuLimit: 0, memoryRequest: 192 * MIB, memoryLimit: 384 * MIB, storage: 10 * GIB });
    expect(reading.settings).toBe(2);
  });

  it('reads Linkerd\'s per-resource form, an empty string as unset', () => {
    const reading = readUsage({
      identityResources: { cpu: { request: '10m', limit: '500m' }, memory: { request: '32Mi', limit: '' } },
      proxy: { resources: { cpu: { request: '20m', limit: '' }, memory: { request: '20Mi', limit: '256Mi' } } },
    });
    expect(reading.usage).toEqual({ cpuRequest: 0.03, cpuLimit: 0.5, memoryRequest: 52 * MIB, memoryLimit: 256 * MIB, storage: 0 });
    expect(reading.settings).toBe(2);
    expect(reading.unreadable).toEqual([]);
  });

  it('counts a StatefulSet claim template once per replica and names containers without resources', () => {
    const reading = readUsage({
      kind: 'StatefulSet',
      spec: {
        replicas: 3,
        template: { spec: { containers: [{ name: 'db', image: 'postgres:17' }] } },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }],
      },
    });
    expect(reading.usage.storage).toBe(3 * GIB);
    expect(reading.containersWithoutResources).toBe(1);
  });

  it('reads the objects a workflow step creates from their YAML text', () => {
    const testRun = 'kind: TestRun\nspec:\n  parallelism: 2\n  runner:\n    resources:\n      requests: {cpu: 500m, memory: 64Mi}\n';
    const reading = readUsage({ spec: { templates: [{ name: 'run', resource: { action: 'create', manifest: testRun } }] } });
    expect(reading.usage.cpuRequest).toBe(1);
    expect(reading.usage.memoryRequest).toBe(128 * MIB);
  });

  it('counts a block at a per-node path once per node, and nothing else more than once', () => {
    const values = {
      controller: { resources: { requests: { cpu: '25m', memory: '64Mi' } } },
      speaker: { resources: { requests: { cpu: '25m', memory: '64Mi' } } },
    };
    const perNode = (nodes: number) => readUsage(values, new Map([['speaker.resources', nodes]])).usage;
    expect(perNode(1)).toMatchObject({ cpuRequest: 0.05, memoryRequest: 128 * MIB });
    expect(perNode(3)).toMatchObject({ cpuRequest: 0.1, memoryRequest: 256 * MIB });
    // As with a replica count, what lies below the path counts per node too; a path to nothing changes nothing.
    expect(readUsage(values, new Map([['speaker', 3]])).usage).toEqual(perNode(3));
    expect(readUsage(values, new Map([['nowhere.resources', 3]])).usage).toEqual(perNode(1));
  });

  it('takes per-node paths only where the values set a map', () => {
    const values = { speaker: { resources: { requests: { cpu: '25m' } } } };
    const source = (perNodeValues: string[]) => new HelmSource({ chart: CHARTS.metallb, values, perNodeValues });
    expect(() => source(['speaker.resources']).check('hub/metallb')).not.toThrow();
    expect(() => source(['speakers.resources']).check('hub/metallb'))
      .toThrow('hub/metallb: perNodeValues "speakers.resources" is invalid: a path of a map the metallb values set');
    expect(() => source(['speaker.resources.requests.cpu']).check('hub/metallb')).toThrow(/perNodeValues "speaker\.resources\.requests\.cpu" is invalid/);
    const replicated = (replicatedValues: Record<string, number>, perNodeValues: string[] = []) =>
      new HelmSource({ chart: CHARTS.metallb, values, replicatedValues, perNodeValues }).check('hub/metallb');
    expect(() => replicated({ 'speaker.resources': 2 })).not.toThrow();
    expect(() => replicated({ 'speaker.resources': 0 })).toThrow('hub/metallb: replicatedValues["speaker.resources"] 0 is invalid: a whole number of pods, at least 1');
    expect(() => replicated({ 'speaker.resource': 2 })).toThrow('hub/metallb: replicatedValues "speaker.resource" is invalid: a path of a map the metallb values set');
    expect(() => replicated({ 'speaker.resources': 2 }, ['speaker.resources'])).toThrow('a path not also in perNodeValues');
  });

  it('reports quantities it cannot read', () => {
    expect(readUsage({ resources: { requests: { cpu: 'two' } } }).unreadable).toEqual(['resources.requests.cpu: "two"']);
  });
});

describe('cost of a chart with known requests', () => {
  it('adds the Helm values and the own objects of an Application', () => {
    const { shop } = tinyLab();
    const usage = applicationUsage(shop.application, { nodes: 1 });
    expect(usage.from).toEqual(['helm values', 'objects']);
    expect(usage.usage).toEqual({
      cpuRequest: 0.1 + 2 * 0.25,
      cpuLimit: 0.5 + 2 * 0.5,
      memoryRequest: 128 * MIB + 2 * 256 * MIB,
      memoryLimit: 256 * MIB + 2 * 512 * MIB,
      storage: 2 * GIB + 5 * GIB,
    });
  });

  it('lists an Application without resource settings as such, not as zero', () => {
    const { app } = tinyLab();
    const [site] = estimateLab(app, []);
    expect(site.applications.map((a) => [a.name, a.settings])).toEqual([['settings', 0], ['shop', 4]]);
    const [table] = priceSites([{ ...site, environments: ['kind'] }], 'kind');
    expect(table.rows.find((r) => r.application === 'settings')).toEqual({ application: 'settings', namespace: 'shop', notes: ['no resource settings'] });
    expect(formatTables([table])).toMatch(/\n {2}settings +no resource settings\n/);
  });

  it('prices requests and storage by the sheet and totals the rows', () => {
    const sheet: PriceSheet = { name: 'flat', basis: 'test', currency: 'EUR', vcpuHour: 0.01, gibHour: 0.001, storageGibMonth: 0.1, clusterHour: 0 };
    expect(monthlyCost({ cpuRequest: 2, cpuLimit: 4, memoryRequest: 4 * GIB, memoryLimit: 8 * GIB, storage: 10 * GIB }, sheet))
      .toEqual({ cpu: 2 * 0.01 * HOURS_PER_MONTH, memory: 4 * 0.001 * HOURS_PER_MONTH, storage: 1, total: 14.6 + 2.92 + 1 });
    const { app } = tinyLab();
    const [table] = priceSites(estimateLab(app, []), 'kind');
    expect(table.sheet).toBe(PRICE_SHEETS.kind);
    expect(table.total.cost.total).toBeCloseTo(table.rows.reduce((n, r) => n + (r.cost?.total ?? 0), 0), 10);
    expect(table.comparison.map((c) => c.sheet.name)).toEqual(['aks', 'eks']);
  });

  it('refuses an environment without a price sheet, saying where to add one', () => {
    expect(() => sheetFor('moon')).toThrow(/cost: environment "moon" has no price sheet; add it to ENVIRONMENT_PRICES in hub\/prices.ts/);
  });
});

describe('npm run cost', () => {
  it('prices every environment of the lab, as text and as JSON', async () => {
    const text = await costRun([]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^hub kind: priced as kind/);
    expect(text.stdout).toMatch(/\n {2}total +/);
    // Why each hub runs what it runs: kind enables http-baseline, whose k6 load needs the k6-operator;
    // talos enables autoscaling-response, which needs the autoscalers too.
    expect(text.stdout).toContain('hub kind: priced as kind');
    expect(text.stdout).toMatch(/hub kind:[^]*runs beyond its core: k6-operator \(for http-baseline\)[^]*hub talos:[^]*runs beyond its core: k6-operator \(for autoscaling-response\), keda \(for autoscaling-response\), metrics-server \(for autoscaling-response, vertical-pod-autoscaler\), vertical-pod-autoscaler \(for autoscaling-response\)/);
    const json = await costRun(['--json']);
    expect(json.status).toBe(0);
    const tables = JSON.parse(json.stdout) as Array<{ environment: string; rows: unknown[] }>;
    expect(tables.map((t) => t.environment)).toEqual(expect.arrayContaining(['kind', 'talos']));
    for (const table of tables) expect(table.rows.length, table.environment).toBeGreaterThan(0);
  });
});
