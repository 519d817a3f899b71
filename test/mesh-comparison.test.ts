import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Experiment } from '../constructs/experiment/experiment';
import { buildMeshVariants, meshComparison } from '../experiments/mesh-comparison';
import { MESH_VARIANTS, MeshVariant, WAYPOINT_VARIANT } from '../experiments/mesh-comparison/variants';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { fitOf } from '../hub/fit';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { Manifest, manifestsOf } from './support/constructs';
import { lab, TEST_LAB, testEnvironment } from './support/lab';
import { checkSyncOrder } from './support/sync-order';

function build() {
  const app = new App();
  const exp = new Experiment(app, 'mesh-comparison', { lab: TEST_LAB, definition: meshComparison });
  return { app, exp, manifests: manifestsOf(app) };
}

const byKind = (manifests: Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);

describe('experiment mesh-comparison', () => {
  it('runs the same load against no mesh, Istio sidecar, Istio ambient, ambient with a waypoint, Linkerd and a NetworkPolicy, in turn', () => {
    const { exp } = build();
    expect(exp.loadStages.map((stage) => stage.map((g) => g.variant))).toEqual([
      ['no-mesh'], ['istio-sidecar'], ['istio-ambient'], ['istio-waypoint'], ['linkerd'], ['network-policy'],
    ]);
    // Each load runs in its own variant's namespace.
    expect(exp.loadGenerators.map((g) => g.namespace)).toEqual([
      'mesh-comparison-no-mesh', 'mesh-comparison-istio-sidecar', 'mesh-comparison-istio-ambient',
      'mesh-comparison-istio-waypoint', 'mesh-comparison-linkerd', 'mesh-comparison-network-policy',
    ]);
  });

  it('enrolls each namespace in its own mesh', () => {
    const { manifests } = build();
    const labels = Object.fromEntries(byKind(manifests, 'Namespace').map((n) => [n.metadata.name, n.metadata.labels ?? {}]));
    const annotations = Object.fromEntries(byKind(manifests, 'Namespace').map((n) => [n.metadata.name, n.metadata.annotations ?? {}]));
    expect(labels['mesh-comparison-no-mesh']['istio-injection']).toBeUndefined();
    expect(labels['mesh-comparison-istio-sidecar']['istio-injection']).toBe('enabled');
    expect(labels['mesh-comparison-istio-ambient']['istio.io/dataplane-mode']).toBe('ambient');
    expect(labels['mesh-comparison-istio-ambient']['istio.io/use-waypoint']).toBeUndefined();
    expect(labels['mesh-comparison-istio-waypoint']).toMatchObject({ 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' });
    expect(annotations['mesh-comparison-linkerd']['linkerd.io/inject']).toBe('enabled');
    // The k6-operator polls its runners from outside the mesh: Linkerd's proxy leaves that port alone.
    expect(annotations['mesh-comparison-linkerd']['config.linkerd.io/skip-inbound-ports']).toBe('6565');
    // One Gateway: the waypoint variant's, in its own namespace.
    expect(byKind(manifests, 'Gateway').map((g) => [g.metadata.namespace, g.metadata.name, g.spec.gatewayClassName])).toEqual([
      ['mesh-comparison-istio-waypoint', 'waypoint', 'istio-waypoint'],
    ]);
  });

  it('guards only the network-policy variant\'s app with a NetworkPolicy, open to its own namespace', () => {
    const policies = byKind(build().manifests, 'NetworkPolicy');
    expect(policies.map((p) => p.metadata.namespace)).toEqual(['mesh-comparison-network-policy']);
    expect(policies[0].spec.policyTypes).toEqual(['Ingress']);
    expect(policies[0].spec.ingress).toEqual([{ from: [{ podSelector: {} }], ports: [{ port: 5678, protocol: 'TCP' }] }]);
  });

  it('needs Istio, Istio ambient, Linkerd, the k6-operator and, for the waypoint, the Gateway API CRDs', () => {
    expect(build().exp.requiredCapabilities.map((c) => c.name))
      .toEqual(['argo-workflows', 'gateway-api', 'istio', 'istio-ambient', 'k6-operator', 'linkerd']);
  });

  it('needs the Gateway API CRDs only for a waypoint', () => {
    const needs = (variant: MeshVariant) => new Experiment(new App(), 'mesh-comparison', { lab: TEST_LAB, definition: {
      name: 'mesh-comparison', description: 'test', build: (e) => buildMeshVariants(e, [variant]),
    } }).requiredCapabilities.map((c) => c.name);
    expect(needs(WAYPOINT_VARIANT)).toContain('gateway-api');
    expect(needs({ name: 'istio-ambient', mesh: { mode: 'ambient' } })).not.toContain('gateway-api');
  });

  it('shows its six variants on one dashboard, the most a dashboard takes', () => {
    const dashboard = build().manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.labels?.grafana_dashboard !== undefined);
    const text = JSON.stringify(dashboard?.data ?? {});
    for (const variant of ['no-mesh', 'istio-sidecar', 'istio-ambient', 'istio-waypoint', 'linkerd', 'network-policy']) {
      expect(text, variant).toContain(variant);
    }
    // A seventh variant is refused at synth.
    const seventh = [...MESH_VARIANTS, { name: 'extra' }];
    expect(() => new Experiment(new App(), 'mesh-comparison', { lab: TEST_LAB, definition: {
      name: 'mesh-comparison', description: 'test', build: (e) => buildMeshVariants(e, seventh),
    } })).toThrow('variants ["no-mesh","istio-sidecar","istio-ambient","istio-waypoint","linkerd","network-policy","extra"] is invalid: one to six variants');
  });

  it('writes the waypoint as a Gateway the pinned standard-channel CRD accepts, and would report a field it does not know', () => {
    const gateway = byKind(build().manifests, 'Gateway')[0];
    const check = (object: Manifest) => validateObjects([{ file: 'test/Gateway', document: 1, object }]).map(formatIssue);
    expect(check(gateway)).toEqual([]);
    const broken = structuredClone(gateway);
    broken.spec.listeners[0].hbone = true;
    expect(check(broken).join('\n')).toContain('hbone');
  });

  it('validates strictly against the Kubernetes and pinned CRD schemas', () => {
    const objects = build().manifests.map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('adds the meshes\' control planes to a hub that enables it, and fits a hub of 8 CPU and 16 GiB', () => {
    const requested = (enable: boolean) => {
      const app = new App();
      const env = testEnvironment({ capacity: { nodes: 1, allocatablePerNode: { cpu: '8', memory: '16Gi' }, clusterPods: { cpu: '850m', memory: '240Mi' } } });
      const hub = new Hub(app, { lab: TEST_LAB, environment: env });
      if (enable) new Experiment(app, 'mesh-comparison', { lab: TEST_LAB, definition: meshComparison }).enableOn(hub);
      return fitOf(env, hub);
    };
    const without = requested(false);
    const withIt = requested(true);
    const added = without.applications.map((a) => a.name);
    const names = withIt.applications.map((a) => a.name).filter((n) => !added.includes(n));
    expect(names).toEqual(expect.arrayContaining([
      'gateway-api', 'istiod', 'istio-cni', 'ztunnel', 'linkerd-control-plane', 'linkerd-identity', 'mesh-comparison-workflow',
    ]));
    expect(withIt.requested.cpu).toBeGreaterThan(without.requested.cpu);
    expect(withIt.fits).toBe(true);
  });

  it('fits the kind-cilium environment with all six variants', () => {
    const env = LAB.environment('kind-cilium');
    const app = LAB.build([env]);
    const hub = app.node.findAll().find((c): c is Hub => c instanceof Hub)!;
    const fit = fitOf(env, hub);
    const names = fit.applications.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['gateway-api', 'mesh-comparison-app-istio-waypoint', 'mesh-comparison-load-istio-waypoint']));
    expect(fit.fits).toBe(true);
    // The waypoint's Envoy, which istiod creates outside dist/, is among the requests (ADR 0158).
    expect(fit.applications.find((a) => a.name === 'mesh-comparison-namespaces')!.from).toContain('mesh proxies');
  });
});


describe('mesh-comparison on the kind-cilium hub', () => {
  const WAYPOINT = 'experiments/mesh-comparison/namespaces/gateway-waypoint.yaml';

  it('syncs the waypoint\'s Gateway after the hub\'s Gateway API CRDs', () => {
    const checked = checkSyncOrder(lab().objects).customResources.filter((r) => r.file === WAYPOINT);
    expect(checked.map((r) => r.installedBy)).toEqual([expect.stringMatching(/^Gateway API v1\.6\.1 CRDs of Application gateway-api/)]);
  });

  it('would report the waypoint if the hub installed no Gateway API CRDs', () => {
    const objects = lab().objects.filter((o) => o.file !== 'hub/kind-cilium/apps/application-gateway-api.yaml');
    expect(checkSyncOrder(objects).violations).toContain(
      `${WAYPOINT}: Gateway waypoint is of API group gateway.networking.k8s.io, which no chart or object of hub/kind-cilium installs (constructs/catalog/charts.ts crdGroups)`);
  });
});

describe('mesh-comparison measurements', () => {
  const measurementsOf = (variant: string) => {
    const generator = build().exp.loadGenerators.find((g) => g.variant === variant)!;
    return Object.fromEntries((generator.measurements ?? []).map((m) => [m.name, m]));
  };

  it('measure each sidecar mesh\'s proxies in the variant\'s namespace, in total and per proxy, and its control plane', () => {
    const linkerd = measurementsOf('linkerd');
    expect(Object.keys(linkerd)).toEqual([
      'dataPlaneCpuCores', 'dataPlaneMemoryBytes', 'dataPlaneProxies', 'dataPlaneCpuCoresPerProxy', 'dataPlaneMemoryBytesPerProxy',
      'controlPlaneCpuCores', 'controlPlaneMemoryBytes',
    ]);
    expect(linkerd.dataPlaneCpuCores).toEqual({
      name: 'dataPlaneCpuCores', unit: 'cores',
      query: 'sum(rate(container_cpu_usage_seconds_total{namespace="mesh-comparison-linkerd",container="linkerd-proxy"}[$window]))',
    });
    expect(linkerd.dataPlaneMemoryBytesPerProxy.query).toBe(
      'max_over_time(avg(container_memory_working_set_bytes{namespace="mesh-comparison-linkerd",container="linkerd-proxy"})[$window:15s])');
    expect(linkerd.controlPlaneMemoryBytes.query).toBe('max_over_time(sum(container_memory_working_set_bytes{namespace="linkerd",container!=""})[$window:15s])');
    expect(measurementsOf('istio-sidecar').dataPlaneProxies.query).toBe(
      'max_over_time(count(container_memory_working_set_bytes{namespace="mesh-comparison-istio-sidecar",container="istio-proxy"})[$window:15s])');
    expect(measurementsOf('istio-sidecar').controlPlaneCpuCores.query).toBe(
      'sum(rate(container_cpu_usage_seconds_total{namespace="istio-system",pod=~"istiod-.*",container!=""}[$window]))');
  });

  it('count ztunnel for ambient, ztunnel and the waypoint for the L7 variant, and the CNI agent without a mesh', () => {
    expect(measurementsOf('istio-ambient').dataPlaneCpuCores.query).toBe(
      'sum(rate(container_cpu_usage_seconds_total{namespace="istio-system",pod=~"ztunnel-.*",container!=""}[$window]))');
    expect(measurementsOf('istio-waypoint').dataPlaneCpuCores.query).toBe(
      'sum(rate(container_cpu_usage_seconds_total{namespace="istio-system",pod=~"ztunnel-.*",container!=""}[$window])'
      + ' or rate(container_cpu_usage_seconds_total{namespace="mesh-comparison-istio-waypoint",pod=~"waypoint-.*",container!=""}[$window]))');
    for (const variant of ['no-mesh', 'network-policy']) {
      const figures = measurementsOf(variant);
      expect(figures.dataPlaneCpuCores.query).toContain('namespace="kube-system",pod=~"cilium-.*"');
      expect(figures.controlPlaneCpuCores).toBeUndefined();
    }
  });

  it('reach the workflow\'s run plan, so each variant\'s document holds them', () => {
    const step = build().manifests.find((m) => m.kind === 'ConfigMap' && m.data?.['plan.json'])!;
    const plan = JSON.parse(step.data['plan.json']) as { variants: { name: string; measurements?: { name: string }[] }[] };
    const names = (variant: string) => plan.variants.find((v) => v.name === variant)?.measurements?.map((m) => m.name);
    expect(plan.variants.map((v) => v.name)).toEqual(['no-mesh', 'istio-sidecar', 'istio-ambient', 'istio-waypoint', 'linkerd', 'network-policy']);
    expect(names('istio-waypoint')).toContain('controlPlaneCpuCores');
    expect(names('linkerd')).toContain('controlPlaneMemoryBytes');
    expect(names('no-mesh')).toEqual(['dataPlaneCpuCores', 'dataPlaneMemoryBytes', 'dataPlaneProxies', 'dataPlaneCpuCoresPerProxy', 'dataPlaneMemoryBytesPerProxy']);
  });
});
