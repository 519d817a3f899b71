import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Capabilities } from '../constructs/catalog/capabilities';
import { CHARTS } from '../constructs/catalog/charts';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { GatewayApiCrds } from '../constructs/gateway-api/gateway-api-crds';
import { IstioBase } from '../constructs/istio/istio-base';
import { IstioCni } from '../constructs/istio/istio-cni';
import { Istiod } from '../constructs/istio/istiod';
import { MeshNamespace, MeshNamespaceProps } from '../constructs/istio/mesh-namespace';
import { Ztunnel } from '../constructs/istio/ztunnel';
import { LinkerdControlPlane } from '../constructs/linkerd/linkerd-control-plane';
import { LinkerdCrds } from '../constructs/linkerd/linkerd-crds';
import { LinkerdIdentity } from '../constructs/linkerd/linkerd-identity';
import { metricsDeclarationsOf } from '../constructs/monitoring/metrics-declarations';
import { Hub } from '../hub/hub';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

const wave = (m: Manifest) => m.metadata.annotations?.['argocd.argoproj.io/sync-wave'];
const validate = (app: App) => validateObjects(manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }))).map(formatIssue);

function ambient() {
  const { app, site } = testSite();
  const base = new IstioBase(site, 'istio-base', { chart: CHARTS.istioBase });
  const istiod = new Istiod(site, 'istiod', { chart: CHARTS.istiod, base });
  const cni = new IstioCni(site, 'istio-cni', { chart: CHARTS.istioCni, base });
  const ztunnel = new Ztunnel(site, 'ztunnel', { chart: CHARTS.ztunnel, istiod, cni });
  return { app, istiod, ztunnel };
}

function linkerd(identityProps: Partial<ConstructorParameters<typeof LinkerdIdentity>[2]> = {}) {
  const { app, site } = testSite();
  const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
  const gatewayApi = new GatewayApiCrds(site, 'gateway-api');
  const crds = new LinkerdCrds(site, 'linkerd-crds', { chart: CHARTS.linkerdCrds });
  const identity = new LinkerdIdentity(site, 'linkerd-identity', { certManager, ...identityProps });
  new LinkerdControlPlane(site, 'linkerd-control-plane', { chart: CHARTS.linkerdControlPlane, crds, identity, gatewayApi });
  return app;
}

function namespace(props: Partial<MeshNamespaceProps>) {
  const app = new App();
  const { site } = testSite();
  const mesh = new MeshNamespace(site.applications, 'ns', { name: 'team', ...props });
  return { app, mesh, manifests: () => site.applications.toJson() as Manifest[] };
}

describe('Istio ambient', () => {
  it('installs the CNI agent after base and ztunnel after istiod and the agent, all in istio-system', () => {
    const { app } = ambient();
    expect(wave(findManifest(app, 'Application', 'istio-base'))).toBe('0');
    expect(wave(findManifest(app, 'Application', 'istio-cni'))).toBe('1');
    expect(wave(findManifest(app, 'Application', 'istiod'))).toBe('1');
    expect(wave(findManifest(app, 'Application', 'ztunnel'))).toBe('2');
    for (const name of ['istio-cni', 'ztunnel']) {
      const application = findManifest(app, 'Application', name);
      expect(application.spec.destination.namespace).toBe('istio-system');
      // Talos enforces the baseline, which privileged node agents do not meet.
      expect(application.spec.syncPolicy.managedNamespaceMetadata.labels).toEqual({ 'pod-security.kubernetes.io/enforce': 'privileged' });
    }
  });

  it('runs the ambient profile with pinned images and small requests', () => {
    const { app } = ambient();
    expect(findManifest(app, 'Application', 'ztunnel').spec.sources[0]).toEqual({
      repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'ztunnel', targetRevision: '1.30.3',
      helm: {
        releaseName: 'ztunnel',
        valuesObject: {
          profile: 'ambient', hub: 'docker.io/istio', tag: '1.30.3',
          resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
        },
      },
    });
    expect(findManifest(app, 'Application', 'istio-cni').spec.sources[0].helm.valuesObject).toEqual({
      profile: 'ambient', hub: 'docker.io/istio', tag: '1.30.3',
      resources: { requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    });
  });

  it('switches istiod to the ambient profile only where ztunnel is installed', () => {
    const { app, istiod } = ambient();
    expect(istiod.ambient).toBe(true);
    expect(findManifest(app, 'Application', 'istiod').spec.sources[0].helm.valuesObject.profile).toBe('ambient');
    const { app: plain, site } = testSite();
    const base = new IstioBase(site, 'istio-base', { chart: CHARTS.istioBase });
    new Istiod(site, 'istiod', { chart: CHARTS.istiod, base });
    expect(findManifest(plain, 'Application', 'istiod').spec.sources[0].helm.valuesObject.profile).toBeUndefined();
  });

  it('declares how ztunnel and the CNI agent are scraped', () => {
    const { ztunnel } = ambient();
    const [declaration] = metricsDeclarationsOf(ztunnel);
    expect(declaration.kind).toBe('endpoint');
    expect(declaration.kind === 'endpoint' && declaration.endpoint.job).toBe('ztunnel');
  });
});

describe('MeshNamespace modes', () => {
  it('enrolls an ambient namespace by its label, with a STRICT PeerAuthentication that ztunnel enforces', () => {
    const { manifests } = namespace({ mode: 'ambient' });
    const ns = manifests().find((m) => m.kind === 'Namespace')!;
    expect(ns.metadata.labels).toEqual({ 'istio.io/dataplane-mode': 'ambient' });
    expect(manifests().find((m) => m.kind === 'PeerAuthentication')!.spec).toEqual({ mtls: { mode: 'STRICT' } });
  });

  it('adds a waypoint Gateway of class istio-waypoint and points the namespace at it', () => {
    const { manifests } = namespace({ mode: 'ambient', waypoint: true });
    const ns = manifests().find((m) => m.kind === 'Namespace')!;
    expect(ns.metadata.labels).toEqual({ 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' });
    const gateway = manifests().find((m) => m.kind === 'Gateway')!;
    expect(gateway.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(gateway.metadata).toMatchObject({ name: 'waypoint', namespace: 'team', labels: { 'istio.io/waypoint-for': 'service' } });
    expect(gateway.spec).toEqual({ gatewayClassName: 'istio-waypoint', listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }] });
    expect(wave(gateway)).toBe('-1');
  });

  it('enrolls a Linkerd namespace by annotation, STRICT as all-authenticated, without Istio objects', () => {
    const { manifests, mesh } = namespace({ mode: 'linkerd' });
    const ns = manifests().find((m) => m.kind === 'Namespace')!;
    expect(ns.metadata.annotations).toEqual({
      'argocd.argoproj.io/sync-wave': '-1',
      'linkerd.io/inject': 'enabled',
      'config.linkerd.io/default-inbound-policy': 'all-authenticated',
    });
    // linkerd-init needs NET_ADMIN: privileged Pod Security and the hub baseline's exemption label.
    expect(ns.metadata.labels).toEqual({ 'pod-security.kubernetes.io/enforce': 'privileged', 'illmlab.xyz/mesh-proxy-init': 'net-admin' });
    expect(manifests().filter((m) => m.kind === 'PeerAuthentication')).toEqual([]);
    mesh.acceptPlainText({ name: 'k6-api', podSelector: { app: 'k6' }, port: 6565 });
    mesh.acceptPlainText({ name: 'other', podSelector: { app: 'x' }, port: 80 });
    expect(manifests().find((m) => m.kind === 'Namespace')!.metadata.annotations!['config.linkerd.io/skip-inbound-ports']).toBe('80,6565');
    expect(namespace({ mode: 'linkerd', mtls: 'PERMISSIVE' }).manifests().find((m) => m.kind === 'Namespace')!
      .metadata.annotations!['config.linkerd.io/default-inbound-policy']).toBe('all-unauthenticated');
  });

  it('keeps sidecar namespaces as they were, with the exemption label added', () => {
    const ns = namespace({}).manifests().find((m) => m.kind === 'Namespace')!;
    expect(ns.metadata.labels).toEqual({ 'istio-injection': 'enabled', 'pod-security.kubernetes.io/enforce': 'privileged', 'illmlab.xyz/mesh-proxy-init': 'net-admin' });
  });

  it('refuses a waypoint outside ambient, an unknown mode and the labels that follow from them', () => {
    expect(() => namespace({ mode: 'sidecar', waypoint: true })).toThrow(
      'site/Apps/ns: waypoint true is invalid: a waypoint serves ambient namespaces only; mode "sidecar" already has an L7 proxy in every pod');
    expect(() => namespace({ mode: 'ambient', waypoint: 'yes' as unknown as boolean })).toThrow('site/Apps/ns: waypoint "yes" is invalid: true or false');
    expect(() => namespace({ mode: 'cilium' as never })).toThrow('site/Apps/ns: mode "cilium" is invalid');
    expect(() => namespace({ labels: { 'istio.io/use-waypoint': 'mine' } })).toThrow(
      'site/Apps/ns: labels["istio.io/use-waypoint"] "mine" is invalid: the mesh labels follow from mode and waypoint; set those instead');
    expect(() => namespace({ labels: { 'illmlab.xyz/mesh-proxy-init': 'no' } })).toThrow('labels["illmlab.xyz/mesh-proxy-init"]');
  });

  it('validate strictly against the pinned Istio and Gateway API schemas', () => {
    const { app, site } = testSite();
    new MeshNamespace(site.applications, 'a', { name: 'a', mode: 'ambient', waypoint: true });
    new MeshNamespace(site.applications, 'l', { name: 'l', mode: 'linkerd' });
    expect(validate(app)).toEqual([]);
  });
});

describe('Linkerd', () => {
  it('syncs CRDs and certificates before the control plane, all in the linkerd namespace', () => {
    const app = linkerd();
    expect(wave(findManifest(app, 'Application', 'linkerd-crds'))).toBe('0');
    expect(wave(findManifest(app, 'Application', 'linkerd-identity'))).toBe('1');
    expect(wave(findManifest(app, 'Application', 'linkerd-control-plane'))).toBe('2');
    const crds = findManifest(app, 'Application', 'linkerd-crds');
    expect(crds.spec.sources[0]).toEqual({
      repoURL: 'https://helm.linkerd.io/edge', chart: 'linkerd-crds', targetRevision: '2026.4.4',
      helm: { releaseName: 'linkerd-crds', valuesObject: { installGatewayAPI: false } },
    });
    expect(crds.spec.syncPolicy.managedNamespaceMetadata.labels).toMatchObject({
      'config.linkerd.io/admission-webhooks': 'disabled', 'pod-security.kubernetes.io/enforce': 'privileged',
    });
  });

  it('syncs the control plane after the Gateway API CRDs, whose HTTPRoute and GRPCRoute it watches', () => {
    const { app, site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    const crds = new LinkerdCrds(site, 'linkerd-crds', { chart: CHARTS.linkerdCrds });
    const identity = new LinkerdIdentity(site, 'linkerd-identity', { certManager });
    // CRDs that come late (wave 2) hold the control plane back to wave 3; crds and identity alone would give 2.
    const gatewayApi = new GatewayApiCrds(site, 'gateway-api', { dependsOn: [identity, crds] });
    const plane = new LinkerdControlPlane(site, 'linkerd-control-plane', { chart: CHARTS.linkerdControlPlane, crds, identity, gatewayApi });
    expect(plane.application.dependencies.map((a) => a.applicationName)).toContain('gateway-api');
    expect(wave(findManifest(app, 'Application', 'gateway-api'))).toBe('2');
    expect(wave(findManifest(app, 'Application', 'linkerd-control-plane'))).toBe('3');
  });

  it('refuses a control plane without the hub\'s Gateway API CRDs', () => {
    const { site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    const crds = new LinkerdCrds(site, 'linkerd-crds', { chart: CHARTS.linkerdCrds });
    const identity = new LinkerdIdentity(site, 'linkerd-identity', { certManager });
    const props = { chart: CHARTS.linkerdControlPlane, crds, identity };
    const message = 'is invalid: the hub\'s GatewayApiCrds (Capabilities.gatewayApi): the policy controller watches HTTPRoute and GRPCRoute';
    expect(() => new LinkerdControlPlane(site, 'a', props as never)).toThrow(`site/a: gatewayApi (unset) ${message}`);
    expect(() => new LinkerdControlPlane(site, 'b', { ...props, gatewayApi: crds as never })).toThrow(`site/b: gatewayApi "site/linkerd-crds" ${message}`);
  });

  it('takes its identity issuer and webhook certificates from cert-manager, so a render generates none', () => {
    const values = findManifest(linkerd(), 'Application', 'linkerd-control-plane').spec.sources[0].helm.valuesObject;
    expect(values.identity).toEqual({ externalCA: true, issuer: { scheme: 'kubernetes.io/tls' } });
    expect(values.proxyInjector).toEqual({ externalSecret: true, injectCaFrom: 'linkerd/linkerd-proxy-injector' });
    expect(values.profileValidator).toEqual({ externalSecret: true, injectCaFrom: 'linkerd/linkerd-sp-validator' });
    expect(values.policyValidator).toEqual({ externalSecret: true, injectCaFrom: 'linkerd/linkerd-policy-validator' });
    expect(values.identityTrustAnchorsPEM).toBeUndefined();
    expect(values.proxy).toEqual({
      nativeSidecar: true,
      resources: { cpu: { request: '10m', limit: '1' }, memory: { request: '20Mi', limit: '256Mi' } },
    });
    expect(values.disableHeartBeat).toBe(true);
  });

  it('issues an ECDSA trust anchor, the identity issuer it signs, and the webhooks\' certificates from the hub CA', () => {
    const app = linkerd();
    const anchor = findManifest(app, 'Certificate', 'linkerd-trust-anchor');
    expect(anchor.spec).toMatchObject({
      isCA: true, secretName: 'linkerd-trust-anchor', privateKey: { algorithm: 'ECDSA', size: 256 },
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'selfsigned' },
    });
    expect(findManifest(app, 'Issuer', 'linkerd-trust-anchor').spec).toEqual({ ca: { secretName: 'linkerd-trust-anchor' } });
    expect(findManifest(app, 'Certificate', 'linkerd-identity-issuer').spec).toMatchObject({
      isCA: true, secretName: 'linkerd-identity-issuer', commonName: 'identity.linkerd.cluster.local',
      issuerRef: { kind: 'Issuer', name: 'linkerd-trust-anchor' },
    });
    expect(findManifest(app, 'Certificate', 'linkerd-sp-validator').spec).toMatchObject({
      secretName: 'linkerd-sp-validator-k8s-tls', dnsNames: ['linkerd-sp-validator.linkerd.svc'],
      issuerRef: { kind: 'ClusterIssuer', name: 'lab-ca' },
    });
    expect(wave(anchor)).toBe('1');
    expect(wave(findManifest(app, 'Certificate', 'linkerd-identity-issuer'))).toBe('3');
  });

  it('publishes only the anchor\'s public certificate as the trust roots ConfigMap, after the certificates', () => {
    const app = linkerd();
    const job = findManifest(app, 'Job', 'linkerd-trust-roots');
    expect(wave(job)).toBe('4');
    const pod = job.spec.template.spec;
    expect(pod.volumes.find((v: { name: string }) => v.name === 'trust-anchor').secret).toEqual({
      secretName: 'linkerd-trust-anchor', items: [{ key: 'ca.crt', path: 'ca.crt' }],
    });
    const container = pod.containers[0];
    expect(container.image).toBe('curlimages/curl:8.11.1');
    expect(container.resources).toEqual({ limits: { cpu: '100m', memory: '64Mi' }, requests: { cpu: '10m', memory: '16Mi' } });
    expect(container.securityContext.runAsNonRoot).toBe(true);
    expect(container.command.join(' ')).toContain('configmaps/linkerd-identity-trust-roots?fieldManager=linkerd-trust-roots&force=true');
    expect(container.command.join(' ')).not.toContain('tls.key');
    const role = findManifest(app, 'Role', 'linkerd-trust-roots');
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'create', 'patch'] }]);
  });

  it('refuses durations that are not durations', () => {
    expect(() => linkerd({ trustAnchorDuration: '10 years' })).toThrow('site/linkerd-identity: trustAnchorDuration "10 years" is invalid');
    expect(() => linkerd({ issuerDuration: '-1h' })).toThrow('site/linkerd-identity: issuerDuration "-1h" is invalid');
  });

  it('validate strictly against the Kubernetes and pinned cert-manager schemas', () => {
    expect(validate(linkerd())).toEqual([]);
  });
});

describe('mesh capabilities on a hub', () => {
  const installed = (...capabilities: (typeof Capabilities)[keyof typeof Capabilities][]) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    for (const c of capabilities) hub.provide(c, 'test');
    return { hub, names: hub.node.findAll().map((c) => c.node.id) };
  };

  it('installs ambient with istiod in the ambient profile, and Linkerd with its certificates', () => {
    const { names } = installed(Capabilities.istioAmbient, Capabilities.linkerd);
    expect(names).toEqual(expect.arrayContaining(['istio-base', 'istiod', 'istio-cni', 'ztunnel', 'linkerd-crds', 'linkerd-identity', 'linkerd-control-plane']));
  });

  it('installs the Gateway API CRDs with Linkerd, before its control plane', () => {
    const { hub, names } = installed(Capabilities.linkerd);
    expect(names).toContain('gateway-api');
    const plane = hub.node.findAll().find((c): c is LinkerdControlPlane => c instanceof LinkerdControlPlane)!;
    expect(plane.application.dependencies.map((a) => a.applicationName)).toContain('gateway-api');
  });

  it('runs no mesh control plane where no experiment asks for one', () => {
    const { names } = installed();
    for (const name of ['istiod', 'ztunnel', 'istio-cni', 'linkerd-control-plane', 'linkerd-identity']) expect(names).not.toContain(name);
  });
});
