// The usage model counts the proxy a mesh injects into every pod of a namespace enrolled in it.
import { App, Chart } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Experiment } from '../constructs/experiment/experiment';
import { HelmSource } from '../constructs/argocd/sources';
import { MeshNamespace, meshModes } from '../constructs/istio/mesh-namespace';
import { ValidationError } from '../constructs/core/errors';
import { meshComparison } from '../experiments/mesh-comparison';
import { fitOf } from '../hub/fit';
import { Hub } from '../hub/hub';
import { readUsage } from '../hub/usage';
import { TEST_LAB, testEnvironment } from './support/lab';

const MI = 2 ** 20;

describe('pods as the usage model reads them', () => {
  it('are pod specs times their replicas, and a TestRun\'s runners, by the namespace of their object', () => {
    const deployment = {
      kind: 'Deployment', metadata: { name: 'web', namespace: 'a' },
      spec: { replicas: 3, template: { spec: { containers: [{ name: 'web' }, { name: 'log' }] } } },
    };
    const job = { kind: 'Job', metadata: { name: 'once', namespace: 'b' }, spec: { parallelism: 2, template: { spec: { containers: [{ name: 'run' }] } } } };
    // A workflow in namespace c whose step creates a TestRun in namespace a.
    const workflow = {
      kind: 'WorkflowTemplate', metadata: { name: 'flow', namespace: 'c' },
      spec: { templates: [{ resource: { manifest: 'apiVersion: k6.io/v1alpha1\nkind: TestRun\nmetadata: {name: load, namespace: a}\nspec: {parallelism: 4, runner: {image: k6}}\n' } }] },
    };
    const pods = (value: unknown) => Object.fromEntries(readUsage(value).pods);
    expect(pods(deployment)).toEqual({ a: 3 });
    expect(pods(job)).toEqual({ b: 2 });
    expect(pods(workflow)).toEqual({ a: 4 });
    expect(pods({ containers: [{ name: 'bare' }] })).toEqual({ '': 1 });
    expect(pods({ kind: 'ConfigMap', metadata: { name: 'x', namespace: 'a' }, data: {} })).toEqual({});
  });
});

describe('the proxies meshes inject', () => {
  let built: ReturnType<typeof buildHubWithMeshes> | undefined;
  /** One hub for the tests below, which only read it. */
  function hubWithMeshes() {
    built ??= buildHubWithMeshes();
    return built;
  }
  function buildHubWithMeshes() {
    const app = new App();
    const env = testEnvironment({ capacity: { nodes: 1, allocatablePerNode: { cpu: '8', memory: '16Gi' }, clusterPods: { cpu: '850m', memory: '240Mi' } } });
    const hub = new Hub(app, { lab: TEST_LAB, environment: env });
    new Experiment(app, 'mesh-comparison', { lab: TEST_LAB, definition: meshComparison }).enableOn(hub);
    return { app, env, hub };
  }

  it('are istiod\'s sidecar and Linkerd\'s proxy on a hub that runs both', () => {
    const { hub } = hubWithMeshes();
    expect(hub.meshProxies).toEqual({
      sidecar: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
      waypoint: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
      linkerd: { requests: { cpu: '10m', memory: '20Mi' }, limits: { cpu: '1', memory: '256Mi' } },
    });
    const plain = new Hub(new App(), { lab: TEST_LAB, environment: testEnvironment() });
    expect(plain.meshProxies).toEqual({});
  });

  it('add to each pod of a sidecar or linkerd namespace, and to none elsewhere', () => {
    const { env, hub } = hubWithMeshes();
    const apps = new Map(fitOf(env, hub).applications.map((a) => [a.name, a]));
    const app = (variant: string) => apps.get(`mesh-comparison-app-${variant}`)!.usage;
    // Every variant runs the same two replicas of the same app; the meshes add their proxies.
    const plain = app('no-mesh');
    expect(app('istio-sidecar').cpuRequest - plain.cpuRequest).toBeCloseTo(2 * 0.1, 10);
    expect(app('istio-sidecar').memoryRequest - plain.memoryRequest).toBe(2 * 128 * MI);
    expect(app('istio-sidecar').cpuLimit - plain.cpuLimit).toBeCloseTo(2 * 2, 10);
    expect(app('linkerd').cpuRequest - plain.cpuRequest).toBeCloseTo(2 * 0.01, 10);
    expect(app('linkerd').memoryRequest - plain.memoryRequest).toBe(2 * 20 * MI);
    for (const variant of ['istio-ambient', 'istio-waypoint', 'network-policy']) expect(app(variant)).toEqual(plain);
    expect(apps.get('mesh-comparison-app-istio-sidecar')!.from).toContain('mesh proxies');
  });

  it('count one Envoy for each waypoint, with the namespaces that declare it', () => {
    const { env, hub } = hubWithMeshes();
    // The namespaces chart has no pods of its own; the waypoint Gateway stands for one.
    const namespaces = fitOf(env, hub).applications.find((a) => a.name === 'mesh-comparison-namespaces')!;
    expect(namespaces.usage.cpuRequest).toBeCloseTo(0.1, 10);
    expect(namespaces.usage.memoryRequest).toBe(128 * MI);
    expect(namespaces.from).toEqual(['mesh proxies']);
    // So `npm run cost` prices it rather than listing it as setting no resources.
    expect(namespaces.settings).toBe(1);
  });

  it('count in Linkerd\'s control plane once for each of its three proxied controllers', () => {
    const { env, hub } = hubWithMeshes();
    const linkerd = fitOf(env, hub).applications.find((a) => a.name === 'linkerd-control-plane')!;
    // Five controllers of 10m/32Mi (identity, destination, proxy injector, SP validator, policy
    // controller) and the proxies of the identity, destination and injector pods, 10m/20Mi each.
    expect(linkerd.usage.cpuRequest).toBeCloseTo(5 * 0.01 + 3 * 0.01, 10);
    expect(linkerd.usage.memoryRequest).toBe((5 * 32 + 3 * 20) * MI);
  });

  it('leave istiod\'s own requests alone: its sidecar block sizes other pods', () => {
    const { env, hub } = hubWithMeshes();
    const istiod = fitOf(env, hub).applications.find((a) => a.name === 'istiod')!;
    expect(istiod.usage.cpuRequest).toBeCloseTo(0.1, 10);
    expect(istiod.usage.memoryRequest).toBe(256 * MI);
  });
});

describe('the namespaces a tree enrolls in meshes', () => {
  it('are known by name with their mode, and a second mode for one namespace is refused', () => {
    const app = new App();
    const chart = new Chart(app, 'c');
    new MeshNamespace(chart, 'a', { name: 'ns-a', mode: 'linkerd' });
    new MeshNamespace(chart, 'b', { name: 'ns-b', mode: 'ambient' });
    new MeshNamespace(chart, 'again', { name: 'ns-a', mode: 'linkerd' });
    expect(Object.fromEntries(meshModes(chart))).toEqual({ 'ns-a': 'linkerd', 'ns-b': 'ambient' });
    expect(meshModes(new App())).toEqual(new Map());
    expect(() => new MeshNamespace(chart, 'clash', { name: 'ns-b', mode: 'sidecar' }))
      .toThrow(new ValidationError('c/clash', 'name', 'ns-b', 'a namespace not enrolled elsewhere in another mode; it is already a "ambient" namespace'));
  });
});

describe('a Helm source\'s injected values', () => {
  it('must name a map the values set, and no path counted otherwise', () => {
    const chart = TEST_LAB.charts.istiod;
    const values = { global: { proxy: { resources: { requests: { cpu: '1m' } } } }, resources: { requests: { cpu: '1m' } } };
    expect(() => new HelmSource({ chart, values, injectedValues: ['global.proxy.resources'] }).check('w')).not.toThrow();
    expect(() => new HelmSource({ chart, values, injectedValues: ['global.sidecar'] }).check('w')).toThrow(/injectedValues/);
    expect(() => new HelmSource({ chart, values, injectedValues: ['resources'], perNodeValues: ['resources'] }).check('w'))
      .toThrow(new ValidationError('w', 'injectedValues', 'resources', 'a path not also in perNodeValues or replicatedValues'));
  });
});

describe('an Istio Gateway\'s data plane as the usage model reads it', () => {
  it('is the Deployment overlay in the ConfigMap its parametersRef names: replicas times the proxy', () => {
    const options = {
      kind: 'ConfigMap', metadata: { name: 'gw-istio-options', namespace: 'gw' },
      data: { deployment: 'spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: istio-proxy\n          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n            limits: {cpu: "1", memory: 512Mi}\n' },
    };
    const reading = readUsage(options);
    expect(reading.usage.cpuRequest).toBeCloseTo(0.2, 10);
    expect(reading.usage.memoryRequest).toBe(2 * 128 * MI);
    expect(reading.usage.cpuLimit).toBeCloseTo(2, 10);
    expect(Object.fromEntries(reading.pods)).toEqual({ gw: 2 });
    // Other ConfigMaps' text is not read.
    expect(readUsage({ kind: 'ConfigMap', metadata: { name: 'x' }, data: { config: options.data.deployment } }).settings).toBe(0);
  });
});
