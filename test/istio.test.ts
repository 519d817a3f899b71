import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { LabChart } from '../charts/lab-chart';
import { IstioBase } from '../constructs/istio/istio-base';
import { IstioGateway } from '../constructs/istio/istio-gateway';
import { Istiod } from '../constructs/istio/istiod';
import { MeshNamespace } from '../constructs/istio/mesh-namespace';
import { CHARTS } from '../constructs/catalog/charts';
import { Capabilities } from '../constructs/catalog/capabilities';
import type { EnvironmentProps } from '../hub/environment';
import { kind } from '../lab/environments/kind';
import { Hub } from '../hub/hub';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';


const wave = (m: Manifest) => m.metadata.annotations?.['argocd.argoproj.io/sync-wave'];

function mesh(address?: { owner: string; ip: string }) {
  const { app, site: s } = testSite();
  const base = new IstioBase(s, 'istio-base', { chart: CHARTS.istioBase });
  const istiod = new Istiod(s, 'istiod', { chart: CHARTS.istiod, base });
  const gateway = new IstioGateway(s, 'istio-gateway', { chart: CHARTS.istioGateway, istiod, address });
  return { app, site: s, base, istiod, gateway };
}

describe('Istio hub components', () => {
  it('sync in order: base, then istiod, then the gateway', () => {
    const { app } = mesh();
    expect(wave(findManifest(app, 'Application', 'istio-base'))).toBe('0');
    expect(wave(findManifest(app, 'Application', 'istiod'))).toBe('1');
    expect(wave(findManifest(app, 'Application', 'istio-gateway'))).toBe('2');
  });

  it('install the pinned charts into their namespaces', () => {
    const { app } = mesh();
    const base = findManifest(app, 'Application', 'istio-base');
    expect(base.spec.destination.namespace).toBe('istio-system');
    expect(base.spec.sources[0]).toEqual({
      repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'base', targetRevision: '1.30.3', helm: { releaseName: 'istio-base' },
    });
    expect(base.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
    const istiod = findManifest(app, 'Application', 'istiod');
    expect(istiod.spec.destination.namespace).toBe('istio-system');
    expect(istiod.spec.sources[0].chart).toBe('istiod');
    expect(findManifest(app, 'Application', 'istio-gateway').spec.destination.namespace).toBe('istio-ingress');
  });

  it('give istiod requests, limits and images pinned to the chart release', () => {
    const { app, istiod } = mesh();
    expect(findManifest(app, 'Application', 'istiod').spec.sources[0].helm.valuesObject).toEqual({
      autoscaleEnabled: false,
      replicaCount: 1,
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
      // The sidecar's and the waypoint's sizes are the chart's defaults (istiod 1.30.3 values.yaml), written out.
      global: {
        hub: 'docker.io/istio', tag: '1.30.3',
        proxy: { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } } },
        waypoint: { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } } },
      },
    });
    expect(istiod.istioVersion).toBe('1.30.3');
  });

  it('ignore the webhook fields istiod rewrites at run time', () => {
    const { app } = mesh();
    for (const name of ['istio-base', 'istiod']) {
      expect(findManifest(app, 'Application', name).spec.ignoreDifferences).toEqual([
        { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.failurePolicy', '.webhooks[]?.clientConfig.caBundle'] },
        { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'] },
      ]);
    }
  });

  it('put the gateway behind a LoadBalancer at its fixed address', () => {
    const { app, gateway } = mesh({ owner: 'istio-gateway', ip: '10.0.0.13' });
    const source = findManifest(app, 'Application', 'istio-gateway').spec.sources[0];
    expect(source.helm.releaseName).toBe('istio-ingressgateway');
    expect(source.helm.valuesObject).toEqual({
      replicaCount: 1,
      autoscaling: { enabled: false },
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
      service: { type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': '10.0.0.13' } },
    });
    expect(gateway.selector).toEqual({ istio: 'ingressgateway' });
    expect(gateway.serviceName).toBe('istio-ingressgateway');
    expect(gateway.url).toBe('http://istio-ingressgateway.istio-ingress.svc.cluster.local');
    expect(gateway.address).toEqual({ owner: 'istio-gateway', ip: '10.0.0.13' });
  });

  it('leave the gateway address to MetalLB when none is given', () => {
    const { app, gateway } = mesh();
    expect(findManifest(app, 'Application', 'istio-gateway').spec.sources[0].helm.valuesObject.service).toEqual({ type: 'LoadBalancer' });
    expect(gateway.address).toBeUndefined();
  });

  it('check values against the charts, whose defaults Istio nests under _internal_defaults_do_not_set', () => {
    expect(() => CHARTS.istiod.checkValues('hub/istiod', { autoscaleEnabled: false, global: { tag: '1.30.3' } })).not.toThrow();
    expect(() => CHARTS.istiod.checkValues('hub/istiod', { autoscaleEnabed: false })).toThrow(
      /^hub\/istiod: values.autoscaleEnabed false is invalid: istiod@1.30.3 has no value "autoscaleEnabed"; keys there: /);
    expect(() => CHARTS.istioGateway.checkValues('hub/istio-gateway', { service: { loadBalancerIp: '10.0.0.1' } })).toThrow(
      /values.service.loadBalancerIp "10.0.0.1" is invalid: gateway@1.30.3 has no value "service.loadBalancerIp"/);
  });

  it('refuse bad resources and namespaces', () => {
    const { site: s } = testSite();
    const base = new IstioBase(s, 'istio-base', { chart: CHARTS.istioBase });
    expect(() => new Istiod(s, 'istiod', {
      chart: CHARTS.istiod, base, resources: { requests: { cpu: 'lots', memory: '1Gi' }, limits: { memory: '1Gi' } },
    })).toThrow('site/istiod: resources.requests.cpu "lots" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi');
    const { site: s2 } = testSite();
    const istiod = new Istiod(s2, 'istiod', { chart: CHARTS.istiod, base: new IstioBase(s2, 'istio-base', { chart: CHARTS.istioBase }) });
    expect(() => new IstioGateway(s2, 'istio-gateway', { chart: CHARTS.istioGateway, istiod, namespace: 'Ingress' })).toThrow(
      'site/istio-gateway: namespace "Ingress" is invalid: a Kubernetes name must be 1-63 lower-case letters');
  });
});

describe('the hub', () => {
  // The Kind environment's pool, so that the test follows whatever other components reserve.
  const pool = kind.addressPool;
  const reserved = Object.fromEntries(pool.owners.map((o) => [o, pool.addressOf(o).ip]));
  const env = () => testEnvironment({ addressPool: { range: pool.range, reserved: reserved as EnvironmentProps['addressPool']['reserved'] } });

  it('installs Istio in order when asked, the ingress gateway at its reserved address', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: env() });
    hub.provide(Capabilities.istioIngress, 'test');
    const gateway = hub.node.findChild('istio-gateway') as IstioGateway;
    const istiod = hub.node.findChild('istiod') as Istiod;
    const base = hub.node.findChild('istio-base') as IstioBase;
    expect(gateway.address).toEqual(pool.addressOf('istio-gateway'));
    expect(istiod.application.syncWave).toBeGreaterThan(base.application.syncWave);
    expect(gateway.application.syncWave).toBeGreaterThan(istiod.application.syncWave);
    hub.provide(Capabilities.strimzi, 'test');
    expect(findManifest(app, 'Application', 'strimzi').spec.sources[0].repoURL).toBe('oci://quay.io/strimzi-helm/strimzi-kafka-operator');
  });
});

describe('MeshNamespace', () => {
  function chart() {
    const app = new App();
    return { app, chart: new LabChart(app, 'objects', { path: 'test/mesh' }) };
  }

  it('enrolls a namespace for sidecar injection with strict mutual TLS', () => {
    const { app, chart: c } = chart();
    const ns = new MeshNamespace(c, 'mesh', { name: 'mesh-overhead', labels: { 'illmlab.xyz/experiment': 'mesh-overhead' } });
    expect(ns.namespaceName).toBe('mesh-overhead');
    expect([ns.mode, ns.mtls]).toEqual(['sidecar', 'STRICT']);
    const namespace = findManifest(app, 'Namespace', 'mesh-overhead');
    expect(namespace.metadata.labels).toEqual({
      'illmlab.xyz/experiment': 'mesh-overhead', 'istio-injection': 'enabled', 'pod-security.kubernetes.io/enforce': 'privileged',
      'illmlab.xyz/mesh-proxy-init': 'net-admin',
    });
    expect(wave(namespace)).toBe('-1');
    const policy = findManifest(app, 'PeerAuthentication', 'default');
    expect(policy.apiVersion).toBe('security.istio.io/v1');
    expect(policy.metadata.namespace).toBe('mesh-overhead');
    expect(policy.spec).toEqual({ mtls: { mode: 'STRICT' } });
    expect(wave(policy)).toBe('-1');
  });

  it('validates strictly against the pinned Istio and Kubernetes schemas', () => {
    const { app, chart: c } = chart();
    new MeshNamespace(c, 'mesh', { name: 'mesh-overhead' });
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('can allow plain text besides mutual TLS', () => {
    const { app, chart: c } = chart();
    new MeshNamespace(c, 'mesh', { name: 'mixed', mtls: 'PERMISSIVE' });
    expect(findManifest(app, 'PeerAuthentication', 'default').spec).toEqual({ mtls: { mode: 'PERMISSIVE' } });
  });

  it('accepts ambient mode, now that the hub can install istio-cni and ztunnel (ADR 0150)', () => {
    const { app, chart: c } = chart();
    expect(new MeshNamespace(c, 'mesh', { name: 'amb', mode: 'ambient' }).mode).toBe('ambient');
    expect(findManifest(app, 'Namespace', 'amb').metadata.labels).toEqual({ 'istio.io/dataplane-mode': 'ambient' });
  });

  it('refuses bad names, modes and labels', () => {
    expect(() => new MeshNamespace(chart().chart, 'mesh', { name: 'Mesh' })).toThrow(
      'objects/mesh: name "Mesh" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
    expect(() => new MeshNamespace(chart().chart, 'mesh', { name: 'm', mode: 'proxyless' as never })).toThrow(
      'objects/mesh: mode "proxyless" is invalid: must be one of sidecar, ambient, linkerd');
    expect(() => new MeshNamespace(chart().chart, 'mesh', { name: 'm', mtls: 'DISABLE' as never })).toThrow(
      'objects/mesh: mtls "DISABLE" is invalid: must be one of STRICT, PERMISSIVE');
    expect(() => new MeshNamespace(chart().chart, 'mesh', { name: 'm', labels: { 'istio-injection': 'disabled' } })).toThrow(
      'objects/mesh: labels["istio-injection"] "disabled" is invalid: the mesh labels follow from mode and waypoint; set those instead');
  });
});
