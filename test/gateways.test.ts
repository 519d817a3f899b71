import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { GitDirectorySource } from '../constructs/argocd/git-directory-source';
import { CHARTS } from '../constructs/catalog/charts';
import { Capabilities } from '../constructs/catalog/capabilities';
import { Experiment, ExperimentDefinition } from '../constructs/experiment/experiment';
import { HelloApp } from '../constructs/apps/hello-app';
import { EnvoyGateway } from '../constructs/gateway-api/envoy-gateway';
import { envoyGatewayImplementation } from '../constructs/gateway-api/envoy-gateway-implementation';
import { Gateway, GatewayProps } from '../constructs/gateway-api/gateway';
import { GatewayApiCrds } from '../constructs/gateway-api/gateway-api-crds';
import { GatewayLoadTest } from '../constructs/gateway-api/gateway-load-test';
import type { GatewayRoute } from '../constructs/gateway-api/gateway-route';
import { istioImplementation } from '../constructs/gateway-api/istio-implementation';
import { NginxGatewayFabric } from '../constructs/gateway-api/nginx-gateway-fabric';
import { Traefik } from '../constructs/gateway-api/traefik';
import { traefikImplementation } from '../constructs/gateway-api/traefik-implementation';
import { nginxGatewayFabricImplementation } from '../constructs/gateway-api/nginx-gateway-fabric-implementation';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { metricsDeclarationsOf } from '../constructs/monitoring/metrics-declarations';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { gatewayComparison } from '../experiments/gateway-comparison';
import { gatewayK6Locust } from '../experiments/gateway-k6-locust';
import { gatewayNginxTraefik } from '../experiments/gateway-nginx-traefik';
import { fitOf } from '../hub/fit';
import { valuesShape } from '../imports/helm-values';
import { Hub } from '../hub/hub';
import { LAB } from '../lab';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';


/** A lab context whose environments have two domains. */
const DOMAINS_LAB = { ...TEST_LAB, domains: ['k8s.test', 'lab.test'] };

function validate(objects: Manifest[]) {
  return validateObjects(objects.map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object })) as any).map(formatIssue);
}

/** An experiment holding one gateway in namespace `gw`, routed to a hello app in the main namespace. */
function withGateway(props: Partial<GatewayProps> = {}, lab: typeof TEST_LAB = DOMAINS_LAB, routeTo?: (gw: Gateway, app: HelloApp) => GatewayRoute) {
  const app = new App();
  let gateway!: Gateway;
  let route!: GatewayRoute;
  const definition: ExperimentDefinition = {
    name: 'gt', description: 'test',
    build(exp) {
      const hello = new HelloApp(exp, 'backend', { namespace: exp.namespace() });
      gateway = new Gateway(exp, 'gw', { namespace: exp.namespace('gw'), implementation: envoyGatewayImplementation, ...props });
      route = routeTo ? routeTo(gateway, hello) : gateway.route(hello.http, { path: '/api' });
      exp.runLoad(new K6Test(exp, 'load', { target: route.target(gateway.listeners[gateway.listeners.length - 1]), script: K6Script.fromFile('experiments/gateway-comparison/mix.js'), namespace: exp.namespace() }));
    },
  };
  const exp = new Experiment(app, 'gt', { lab, definition });
  return { app, exp, gateway, route };
}

describe('GatewayApiCrds', () => {
  it('applies every standard-channel CRD of Gateway API v1.6.1 from the upstream repository at the tag, server-side', () => {
    const { app, site } = testSite();
    new GatewayApiCrds(site, 'gateway-api');
    const application = findManifest(app, 'Application', 'gateway-api');
    // The standard channel of Gateway API v1.6.1: its ten CRD files (config/crd/standard at the tag).
    const pinned = ['backendtlspolicies', 'gatewayclasses', 'gateways', 'grpcroutes', 'httproutes', 'listenersets', 'referencegrants',
      'tcproutes', 'tlsroutes', 'udproutes'].map((kind) => `gateway.networking.k8s.io_${kind}.yaml`);
    expect(application.spec.sources).toEqual([{
      repoURL: 'https://github.com/kubernetes-sigs/gateway-api.git',
      targetRevision: 'v1.6.1',
      path: 'config/crd/standard',
      directory: { include: `{${pinned.join(',')}}` },
    }]);
    expect(application.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  it.each([
    [{ repoUrl: 'git@github.com:x/y.git' }, 'source.repoUrl "git@github.com:x/y.git" is invalid'],
    [{ tag: 'main' }, 'source.tag "main" is invalid'],
    [{ path: '../up' }, 'source.path "../up" is invalid'],
    [{ include: ['a/b.yaml'] }, 'source.include[0] "a/b.yaml" is invalid'],
  ])('a Git directory source refuses %j', (override, message) => {
    const source = new GitDirectorySource({ repoUrl: 'https://example.org/x.git', tag: 'v1.0.0', path: 'crds', ...override });
    expect(() => source.check('site/x')).toThrow(`site/x: ${message}`);
  });
});

describe('EnvoyGateway', () => {
  function envoy() {
    const { app, site } = testSite();
    const crds = new GatewayApiCrds(site, 'gateway-api');
    const eg = new EnvoyGateway(site, 'envoy-gateway', { chart: CHARTS.envoyGateway, gatewayApi: crds });
    return { app, crds, eg };
  }

  it('installs the pinned chart without its Gateway API CRDs, after the hub\'s, with its own CRDs from the release tag', () => {
    const { app } = envoy();
    const application = findManifest(app, 'Application', 'envoy-gateway');
    const [chart, folder, ownCrds] = application.spec.sources;
    expect(chart.repoURL).toBe('oci://docker.io/envoyproxy/gateway-helm');
    expect(chart.targetRevision).toBe('v1.9.0');
    // The chart's default (`crds.enabled: true` in gateway-helm v1.9.0's values) installs the
    // experimental channel; the key is in the pinned chart's shape, and the lab turns it off.
    expect((valuesShape('gateway-helm@v1.9.0') as any).crds.enabled).toBe('boolean');
    expect(chart.helm.valuesObject.crds).toEqual({ enabled: false });
    expect(chart.helm.valuesObject.config.envoyGateway.provider.kubernetes.deploy.type).toBe('GatewayNamespace');
    expect(ownCrds).toEqual({
      repoURL: 'https://github.com/envoyproxy/gateway.git', targetRevision: 'v1.9.0', path: 'charts/gateway-helm/charts/crds/crds/generated',
    });
    expect(folder.path).toBe('dist/test/site/envoy-gateway');
    const waves = (name: string) => Number(findManifest(app, 'Application', name).metadata.annotations!['argocd.argoproj.io/sync-wave']);
    expect(waves('envoy-gateway')).toBeGreaterThan(waves('gateway-api'));
  });

  it('writes the GatewayClass envoy-gateway and scrapes its controller', () => {
    const { app, eg } = envoy();
    expect(findManifest(app, 'GatewayClass', 'envoy-gateway').spec.controllerName).toBe('gateway.envoyproxy.io/gatewayclass-controller');
    expect(metricsDeclarationsOf(eg)).toEqual([expect.objectContaining({ kind: 'endpoint' })]);
    expect(validate(manifestsOf(app).filter((m) => m.kind !== 'Application' && m.kind !== 'AppProject'))).toEqual([]);
  });
});

describe('NginxGatewayFabric', () => {
  it('installs the pinned OCI chart after the Gateway API CRDs, sized, without experimental features, and scrapes its control plane', () => {
    const { app, site } = testSite();
    const crds = new GatewayApiCrds(site, 'gateway-api');
    const ngf = new NginxGatewayFabric(site, 'nginx-gateway-fabric', { chart: CHARTS.nginxGatewayFabric, gatewayApi: crds });
    const application = findManifest(app, 'Application', 'nginx-gateway-fabric');
    const [chart] = application.spec.sources;
    expect(chart.repoURL).toBe('oci://ghcr.io/nginx/charts/nginx-gateway-fabric');
    expect(chart.targetRevision).toBe('2.6.7');
    expect(chart.helm.valuesObject).toEqual({
      nginxGateway: { resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } }, gwAPIExperimentalFeatures: { enable: false } },
      nginx: { container: { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } } } },
    });
    // The chart creates its default GatewayClass (`nginxGateway.gatewayClassName: nginx` in
    // nginx-gateway-fabric 2.6.7's values), the one the implementation names.
    expect((valuesShape('nginx-gateway-fabric@2.6.7') as any).nginxGateway.gatewayClassName).toBe('string');
    expect(nginxGatewayFabricImplementation.gatewayClassName).toBe('nginx');
    expect(metricsDeclarationsOf(ngf)).toEqual([expect.objectContaining({ kind: 'endpoint' })]);
    const waves = (name: string) => Number(findManifest(app, 'Application', name).metadata.annotations!['argocd.argoproj.io/sync-wave']);
    expect(waves('nginx-gateway-fabric')).toBeGreaterThan(waves('gateway-api'));
  });

  it('refuses data plane resources whose request exceeds the limit', () => {
    const { site } = testSite();
    const crds = new GatewayApiCrds(site, 'gateway-api');
    expect(() => new NginxGatewayFabric(site, 'nginx-gateway-fabric', {
      chart: CHARTS.nginxGatewayFabric, gatewayApi: crds,
      dataPlaneResources: { requests: { cpu: '2', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    })).toThrow('site/nginx-gateway-fabric: dataPlaneResources.requests.cpu "2" is invalid');
  });
});

describe('Traefik', () => {
  it('installs the pinned chart after the Gateway API CRDs: Gateway provider on, standard channel, no default Gateway, sized and scraped', () => {
    const { app, site } = testSite();
    const crds = new GatewayApiCrds(site, 'gateway-api');
    const traefik = new Traefik(site, 'traefik', { chart: CHARTS.traefik, gatewayApi: crds });
    const [chart] = findManifest(app, 'Application', 'traefik').spec.sources;
    expect(chart).toMatchObject({ repoURL: 'https://traefik.github.io/charts', chart: 'traefik', targetRevision: '41.3.0' });
    expect(chart.helm.valuesObject).toEqual({
      image: { registry: 'docker.io', repository: 'traefik', tag: 'v3.7.11' },
      deployment: { replicas: 1 },
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
      providers: { kubernetesGateway: { enabled: true, experimentalChannel: false } },
      gateway: { enabled: false },
      gatewayClass: { enabled: true, name: 'traefik' },
    });
    // The chart's entry points (traefik 41.3.0's values: `ports.web.port` 8000, `websecure` 8443,
    // `metrics` 9100) are the ports Traefik's Gateways listen on; the keys are in the pinned shape.
    const ports = (valuesShape('traefik@41.3.0') as any).ports;
    expect([ports.web.port, ports.websecure.port, ports.metrics.port]).toEqual(['number', 'number', 'number']);
    expect(metricsDeclarationsOf(traefik)).toEqual([expect.objectContaining({ kind: 'endpoint' })]);
    const other = testSite();
    const otherCrds = new GatewayApiCrds(other.site, 'gateway-api');
    expect(() => new Traefik(other.site, 'traefik', { chart: CHARTS.traefik, gatewayApi: otherCrds, replicas: 0 })).toThrow('site/traefik: replicas 0 is invalid');
  });

  it('as a Gateway\'s implementation: listeners on its entry points, its shared Service as the target, no monitor or sizing of its own', () => {
    const { app, gateway, route } = withGateway({ implementation: traefikImplementation });
    const gw = findManifest(app, 'Gateway', 'gw');
    expect(gw.spec.gatewayClassName).toBe('traefik');
    expect(gw.spec.listeners.map((l: any) => [l.name, l.port])).toEqual([['http', 8000], ['https', 8443]]);
    expect(gw.spec.infrastructure).toBeUndefined();
    expect(gateway.hostnames[0]).toBe('traefik.traefik.svc.cluster.local');
    expect(route.https.url).toBe('https://traefik.traefik.svc.cluster.local:443/api');
    expect(route.https.namespace).toBe('traefik');
    expect(manifestsOf(app).filter((m) => m.kind === 'PodMonitor')).toEqual([]);
    expect(metricsDeclarationsOf(gateway)).toEqual([expect.objectContaining({ kind: 'none' })]);
    expect(() => withGateway({ implementation: traefikImplementation, address: { ip: '10.20.0.9' } as any }))
      .toThrow('gt/gw: address "10.20.0.9" is invalid: no address: traefik\'s proxies are shared by its Gateways, and its component takes the address');
  });
});

describe('Gateway', () => {
  it('writes a Gateway with HTTP and HTTPS listeners, its EnvoyProxy, a lab-CA certificate and a scraped data plane', () => {
    const { app, gateway } = withGateway();
    const gw = findManifest(app, 'Gateway', 'gw');
    expect(gw.metadata.namespace).toBe('gt-gw');
    expect(gw.spec.gatewayClassName).toBe('envoy-gateway');
    expect(gw.spec.listeners.map((l: any) => [l.name, l.protocol, l.port])).toEqual([['http', 'HTTP', 80], ['https', 'HTTPS', 443]]);
    expect(gw.spec.listeners[1].tls).toEqual({ mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'gw-tls' }] });
    expect(gw.spec.infrastructure).toEqual({ parametersRef: { group: 'gateway.envoyproxy.io', kind: 'EnvoyProxy', name: 'gw' } });
    const proxy = findManifest(app, 'EnvoyProxy', 'gw');
    expect(proxy.spec.provider.kubernetes.envoyService).toEqual({ name: 'gw' });
    expect(proxy.spec.provider.kubernetes.envoyDeployment.container.resources).toEqual({
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    // Hosts: the in-cluster name and one per environment domain of the lab.
    expect(gateway.hostnames).toEqual(['gw.gt-gw.svc.cluster.local', 'gw.gt-gw.k8s.test', 'gw.gt-gw.lab.test']);
    const certificate = findManifest(app, 'Certificate', 'gw');
    expect(certificate.spec).toEqual({
      secretName: 'gw-tls', dnsNames: ['gw.gt-gw.svc.cluster.local', 'gw.gt-gw.k8s.test', 'gw.gt-gw.lab.test'],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'lab-ca' },
    });
    const monitor = findManifest(app, 'PodMonitor', 'gw-proxies');
    expect(monitor.spec.selector.matchLabels).toEqual({
      'gateway.envoyproxy.io/owning-gateway-name': 'gw', 'gateway.envoyproxy.io/owning-gateway-namespace': 'gt-gw',
    });
    expect(monitor.spec.podMetricsEndpoints[0]).toEqual(expect.objectContaining({ portNumber: 19001, path: '/stats/prometheus' }));
  });

  it('routes a path prefix to an app in another namespace, with a ReferenceGrant there, and gives load generators typed targets', () => {
    const { app, route } = withGateway();
    const httpRoute = findManifest(app, 'HTTPRoute', 'gw-hello');
    expect(httpRoute.metadata.namespace).toBe('gt-gw');
    expect(httpRoute.spec.parentRefs).toEqual([{ name: 'gw', sectionName: 'http' }, { name: 'gw', sectionName: 'https' }]);
    expect(httpRoute.spec.hostnames).toEqual(['gw.gt-gw.svc.cluster.local', 'gw.gt-gw.k8s.test', 'gw.gt-gw.lab.test']);
    expect(httpRoute.spec.rules).toEqual([{
      matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
      filters: [{ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' } } }],
      backendRefs: [{ name: 'hello', namespace: 'gt', port: 80 }],
    }]);
    const grant = findManifest(app, 'ReferenceGrant', 'gw-hello');
    expect(grant.metadata.namespace).toBe('gt');
    expect(grant.spec).toEqual({
      from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'gt-gw' }],
      to: [{ group: '', kind: 'Service', name: 'hello' }],
    });
    expect(route.http.url).toBe('http://gw.gt-gw.svc.cluster.local:80/api');
    expect(route.https.url).toBe('https://gw.gt-gw.svc.cluster.local:443/api');
    expect(route.https.namespace).toBe('gt-gw');
    expect(route.https.endpoints.map((e) => e.path)).toEqual(['/', '/health']);
  });

  it('needs no ReferenceGrant for an app in its own namespace, and no rewrite for the root path', () => {
    const { app } = withGateway({}, DOMAINS_LAB, (gw, hello) => {
      const local = new HelloApp(Experiment.of(gw), 'local', { namespace: gw.namespace, appName: 'local' });
      void hello;
      return gw.route(local.http);
    });
    const httpRoute = findManifest(app, 'HTTPRoute', 'gw-local');
    expect(httpRoute.spec.rules[0].filters).toBeUndefined();
    expect(httpRoute.spec.rules[0].backendRefs).toEqual([{ name: 'local', port: 80 }]);
    expect(manifestsOf(app).filter((m) => m.kind === 'ReferenceGrant')).toEqual([]);
  });

  it('asks MetalLB for a fixed address through the infrastructure annotations, and has no HTTPS parts without the listener', () => {
    const { app } = withGateway({ listeners: ['http'], address: { ip: '10.20.0.9' } as any }, DOMAINS_LAB, (gw, hello) => gw.route(hello.http, { path: '/' }));
    const gw = findManifest(app, 'Gateway', 'gw');
    expect(gw.spec.listeners.map((l: any) => l.name)).toEqual(['http']);
    expect(gw.spec.infrastructure.annotations).toEqual({ 'metallb.io/loadBalancerIPs': '10.20.0.9' });
    expect(manifestsOf(app).filter((m) => m.kind === 'Certificate')).toEqual([]);
  });

  it('requires its implementation\'s capabilities from the experiment', () => {
    const { exp } = withGateway();
    const names = exp.requiredCapabilities.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['gateway-api', 'envoy-gateway']));
    expect(names).not.toContain('istio');
  });

  it('with Istio: a ConfigMap patches the generated Deployment, the Service is <gateway>-istio', () => {
    const { app, exp, route } = withGateway({ implementation: istioImplementation });
    const options = findManifest(app, 'ConfigMap', 'gw-istio-options');
    expect(yaml.load(options.data.deployment)).toEqual({
      spec: { replicas: 1, template: { spec: { containers: [{ name: 'istio-proxy', resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } } }] } } },
    });
    expect(findManifest(app, 'Gateway', 'gw').spec.infrastructure.parametersRef).toEqual({ group: '', kind: 'ConfigMap', name: 'gw-istio-options' });
    expect(route.http.url).toBe('http://gw-istio.gt-gw.svc.cluster.local:80/api');
    expect(findManifest(app, 'PodMonitor', 'gw-proxies').spec.selector.matchLabels).toEqual({ 'gateway.networking.k8s.io/gateway-name': 'gw' });
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(expect.arrayContaining(['gateway-api', 'istio']));
  });

  it('with NGINX Gateway Fabric: a NginxProxy sizes the data plane, the Service is <gateway>-nginx', () => {
    const { app, exp, route } = withGateway({ implementation: nginxGatewayFabricImplementation });
    const proxy = findManifest(app, 'NginxProxy', 'gw-nginx-proxy');
    expect(proxy.spec.kubernetes.deployment).toEqual({
      replicas: 1, container: { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } } },
    });
    expect(findManifest(app, 'Gateway', 'gw').spec.infrastructure.parametersRef).toEqual({ group: 'gateway.nginx.org', kind: 'NginxProxy', name: 'gw-nginx-proxy' });
    expect(route.https.url).toBe('https://gw-nginx.gt-gw.svc.cluster.local:443/api');
    expect(findManifest(app, 'PodMonitor', 'gw-proxies').spec.podMetricsEndpoints[0]).toEqual(expect.objectContaining({ portNumber: 9113, path: '/metrics' }));
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(expect.arrayContaining(['gateway-api', 'nginx-gateway-fabric']));
  });

  it('writes objects that validate strictly against the pinned Gateway API, Envoy Gateway, cert-manager and Kubernetes schemas', () => {
    for (const implementation of [envoyGatewayImplementation, istioImplementation, nginxGatewayFabricImplementation, traefikImplementation]) {
      const { app } = withGateway({ implementation });
      const objects = manifestsOf(app).filter((m) => m.kind !== 'Application' && m.kind !== 'AppProject' && m.kind !== 'WorkflowTemplate');
      expect(objects.map((o) => o.kind)).toEqual(expect.arrayContaining(['Gateway', 'HTTPRoute', 'ReferenceGrant', 'Certificate']));
      expect(validate(objects)).toEqual([]);
    }
  });

  it.each([
    [{ implementation: { name: 'nginx' } as any }, 'implementation "nginx" is invalid'],
    [{ listeners: [] }, 'listeners [] is invalid: one or both of http, https'],
    [{ listeners: ['grpc'] as any }, 'listeners[0] "grpc" is invalid: must be one of http, https'],
    [{ listeners: ['http', 'http'] as any }, 'listeners ["http","http"] is invalid: each protocol once'],
    [{ replicas: 0 }, 'replicas 0 is invalid'],
    [{ resources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } }, 'resources.requests.cpu "2" is invalid'],
  ])('refuses props %j', (props, message) => {
    expect(() => withGateway(props as any)).toThrow(`gt/gw: ${message}`);
  });

  it.each([
    ['/api/', 'route.path "/api/" is invalid'],
    ['api', 'route.path "api" is invalid'],
  ])('refuses the route path %s', (p, message) => {
    expect(() => withGateway({}, DOMAINS_LAB, (gw, hello) => gw.route(hello.http, { path: p }))).toThrow(`gt/gw: ${message}`);
  });

  it('refuses a route name used twice, a target that is no handle, and a listener it does not have', () => {
    expect(() => withGateway({}, DOMAINS_LAB, (gw, hello) => { gw.route(hello.http, { path: '/a', name: 'x' }); return gw.route(hello.http, { path: '/b', name: 'x' }); }))
      .toThrow('gt/gw: route.name "gw-x" is invalid: a route name not used before on this gateway');
    expect(() => withGateway({}, DOMAINS_LAB, (gw) => gw.route('http://hello' as any)))
      .toThrow('gt/gw: route.target "http://hello" is invalid: an HttpTarget handle of an app, such as app.http');
    expect(() => withGateway({ listeners: ['http'] }, DOMAINS_LAB, (gw, hello) => {
      const route = gw.route(hello.http);
      void route.https;
      return route;
    })).toThrow('gt/gw: listener "https" is invalid: a listener the gateway has: http');
  });

  it('answers on the in-cluster name only when the lab names no domains', () => {
    const { gateway } = withGateway({}, TEST_LAB);
    expect(gateway.hostnames).toEqual(['gw.gt-gw.svc.cluster.local']);
  });
});

describe('gateway-comparison', () => {
  it('is one of the lab\'s experiments: Envoy Gateway and Istio, each over HTTP and HTTPS, one stage per variant', () => {
    expect(LAB.experiments).toContain(gatewayComparison);
    const exp = new Experiment(new App(), gatewayComparison.name, { definition: gatewayComparison, lab: LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant])).toEqual([
      ['load-envoy-http', 'envoy-http'], ['load-envoy-https', 'envoy-https'], ['load-istio-http', 'istio-http'], ['load-istio-https', 'istio-https'],
    ]);
    expect(exp.loadStages.length).toBe(4);
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(['argo-workflows', 'envoy-gateway', 'gateway-api', 'istio', 'k6-operator']);
    // Each variant is charged its gateway's namespace and the shared backend's.
    expect(exp.loadGenerators.map((g) => g.measuredNamespaces)).toEqual([
      ['gateway-comparison', 'gateway-comparison-envoy'], ['gateway-comparison', 'gateway-comparison-envoy'],
      ['gateway-comparison', 'gateway-comparison-istio'], ['gateway-comparison', 'gateway-comparison-istio'],
    ]);
  });

  it('enabled on a hub, installs the Gateway API CRDs, Envoy Gateway and Istio, and adds their requests', () => {
    const hubWith = (enable: boolean) => {
      const app = new App();
      const environment = testEnvironment();
      const hub = new Hub(app, { lab: TEST_LAB, environment });
      if (enable) new Experiment(app, gatewayComparison.name, { definition: gatewayComparison, lab: TEST_LAB }).enableOn(hub);
      return { app, hub, fit: fitOf(environment, hub) };
    };
    const off = hubWith(false);
    const on = hubWith(true);
    expect(on.hub.onDemand).toEqual([
      'envoy-gateway (for gateway-comparison)', 'gateway-api (for envoy-gateway, gateway-comparison)',
      'istio (for gateway-comparison)', 'k6-operator (for gateway-comparison)',
    ]);
    expect(off.hub.node.tryFindChild('gateway-api')).toBeUndefined();
    const added = (name: string) => on.fit.applications.find((a) => a.name === name)?.usage;
    // Controllers, as their components set them: Envoy Gateway 50m/128Mi, istiod 100m/256Mi, k6-operator 50m/64Mi.
    expect(added('envoy-gateway')).toEqual(expect.objectContaining({ cpuRequest: 0.05, memoryRequest: 128 * 2 ** 20 }));
    expect(added('istiod')).toEqual(expect.objectContaining({ cpuRequest: 0.1, memoryRequest: 256 * 2 ** 20 }));
    const cpu = on.fit.requested.cpu - off.fit.requested.cpu;
    const memory = on.fit.requested.memory - off.fit.requested.memory;
    expect(cpu).toBeGreaterThan(0.2);
    expect(memory).toBeGreaterThan(448 * 2 ** 20);
    const rendered = manifestsOf(on.app);
    expect(rendered.filter((m) => m.kind === 'Application').map((m) => m.metadata.name)).toEqual(expect.arrayContaining(['gateway-api', 'envoy-gateway', 'istio-base', 'istiod']));
  });

  it('plans each variant\'s results with its gateway\'s CPU and memory as measurements', () => {
    const step = yaml.load(fs.readFileSync(path.join(__dirname, '..', 'dist', 'experiments', 'gateway-comparison', 'workflow', 'configmap-gateway-comparison-results.yaml'), 'utf8')) as any;
    const plan = JSON.parse(step.data['plan.json']);
    expect(plan.variants.map((v: any) => [v.name, v.namespaces, v.measurements.map((m: any) => `${m.name} ${m.unit}`)])).toEqual([
      ['envoy-http', ['gateway-comparison', 'gateway-comparison-envoy'], ['gatewayCpuCores cores', 'gatewayMemoryPeakBytes bytes']],
      ['envoy-https', ['gateway-comparison', 'gateway-comparison-envoy'], ['gatewayCpuCores cores', 'gatewayMemoryPeakBytes bytes']],
      ['istio-http', ['gateway-comparison', 'gateway-comparison-istio'], ['gatewayCpuCores cores', 'gatewayMemoryPeakBytes bytes']],
      ['istio-https', ['gateway-comparison', 'gateway-comparison-istio'], ['gatewayCpuCores cores', 'gatewayMemoryPeakBytes bytes']],
    ]);
    // Istio names its proxies' Deployment after the Gateway and the class.
    expect(plan.variants[2].measurements[0].query).toContain('pod=~"gateway-istio-istio-[a-z0-9]+-[a-z0-9]+"');
  });

  it('writes objects that validate strictly, and a dashboard with a column per variant', () => {
    const app = new App();
    new Experiment(app, gatewayComparison.name, { definition: gatewayComparison, lab: LAB });
    const objects = manifestsOf(app);
    expect(validate(objects)).toEqual([]);
    const dashboard = objects.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'dashboard-experiment-gateway-comparison');
    expect(dashboard).toBeDefined();
    for (const variant of ['envoy-http', 'envoy-https', 'istio-http', 'istio-https']) {
      expect(JSON.stringify(dashboard!.data)).toContain(variant);
    }
  });
});

describe('GatewayLoadTest', () => {
  it('aims k6 at one listener of a route and measures the gateway\'s own proxies', () => {
    let load!: GatewayLoadTest;
    withGateway({}, DOMAINS_LAB, (gw, hello) => {
      const route = gw.route(hello.http, { path: '/api' });
      load = new GatewayLoadTest(Experiment.of(gw), 'load-gw', { route, protocol: 'http', script: K6Script.fromFile('experiments/gateway-comparison/mix.js') });
      return route;
    });
    expect(load.target.url).toBe('http://gw.gt-gw.svc.cluster.local:80/api');
    const pods = 'namespace="gt-gw",pod=~"gw-[a-z0-9]+-[a-z0-9]+",container!=""';
    expect(load.measurements).toEqual([
      { name: 'gatewayCpuCores', unit: 'cores', query: `sum(rate(container_cpu_usage_seconds_total{${pods}}[$window]))` },
      { name: 'gatewayMemoryPeakBytes', unit: 'bytes', query: `max_over_time(sum(container_memory_working_set_bytes{${pods}})[$window:15s])` },
    ]);
  });

  it('refuses a route that is no GatewayRoute and a protocol that is no listener\'s', () => {
    const script = K6Script.fromFile('experiments/gateway-comparison/mix.js');
    expect(() => withGateway({}, DOMAINS_LAB, (gw, hello) => {
      const route = gw.route(hello.http);
      new GatewayLoadTest(Experiment.of(gw), 'bad', { route: hello.http as any, protocol: 'http', script });
      return route;
    })).toThrow('gt/bad: route "object" is invalid: a GatewayRoute, as gateway.route(...) returns it');
    expect(() => withGateway({}, DOMAINS_LAB, (gw, hello) => {
      const route = gw.route(hello.http);
      new GatewayLoadTest(Experiment.of(gw), 'bad', { route, protocol: 'grpc' as any, script });
      return route;
    })).toThrow('gt/bad: protocol "grpc" is invalid: must be one of http, https');
  });
});

describe('capabilities', () => {
  it('every gateway implementation needs the Gateway API\'s CRDs', () => {
    for (const implementation of [envoyGatewayImplementation, istioImplementation, nginxGatewayFabricImplementation, traefikImplementation]) {
      expect(implementation.capabilities).toContain(Capabilities.gatewayApi);
    }
  });
});

describe('gateway-k6-locust', () => {
  it('drives the same route with k6 and with Locust, from the same typed mix, one stage each', () => {
    expect(LAB.experiments).toContain(gatewayK6Locust);
    const app = new App();
    const exp = new Experiment(app, gatewayK6Locust.name, { definition: gatewayK6Locust, lab: LAB });
    expect(exp.loadGenerators.map((g) => [g.loadName, g.variant, g.summaryFormat])).toEqual([['load-k6', 'k6', 'k6'], ['load-locust', 'locust', 'locust']]);
    expect(exp.loadStages.length).toBe(2);
    const [k6, locust] = exp.loadGenerators as [K6Test, any];
    // Both aim at the gateway's HTTP listener under the route's prefix.
    expect(k6.target.url).toBe('http://gateway-envoy.gateway-k6-locust-envoy.svc.cluster.local:80/app');
    expect(locust.target.url).toBe(k6.target.url);
    expect(validate(manifestsOf(app))).toEqual([]);
  });
});

describe('gateway-nginx-traefik', () => {
  it('compares NGINX Gateway Fabric and Traefik the same way, each over HTTP and HTTPS, and validates', () => {
    expect(LAB.experiments).toContain(gatewayNginxTraefik);
    const app = new App();
    const exp = new Experiment(app, gatewayNginxTraefik.name, { definition: gatewayNginxTraefik, lab: LAB });
    expect(exp.loadGenerators.map((g) => g.variant)).toEqual(['nginx-http', 'nginx-https', 'traefik-http', 'traefik-https']);
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(['argo-workflows', 'gateway-api', 'k6-operator', 'nginx-gateway-fabric', 'traefik']);
    // Traefik's proxy is shared and lives in its own namespace, which its variants are charged.
    expect(exp.loadGenerators.map((g) => g.measuredNamespaces)).toEqual([
      ['gateway-nginx-traefik', 'gateway-nginx-traefik-nginx'], ['gateway-nginx-traefik', 'gateway-nginx-traefik-nginx'],
      ['gateway-nginx-traefik', 'traefik'], ['gateway-nginx-traefik', 'traefik'],
    ]);
    const traefikLoad = exp.loadGenerators[3] as GatewayLoadTest;
    expect(traefikLoad.measurements?.[0].query).toContain('namespace="traefik",pod=~"traefik-[a-z0-9]+-[a-z0-9]+"');
    expect(validate(manifestsOf(app))).toEqual([]);
  });
});
