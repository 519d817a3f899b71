import { LAB } from '../lab';
import { ApiObject, App } from 'cdk8s';
import type { Construct, IConstruct } from 'constructs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Capabilities } from '../constructs/catalog/capabilities';
import { Experiment } from '../constructs/experiment/experiment';
import { K6Test } from '../constructs/loadgen/k6-test';
import { KafkaProducerLoad } from '../constructs/loadgen/kafka-producer-load';
import { KafkaPerfTest } from '../constructs/loadgen/kafka-perf';
import { PgbenchTest } from '../constructs/loadgen/pgbench';
import { LogGenerator } from '../constructs/loadgen/log-generator';
import { TelemetrygenTest } from '../constructs/loadgen/telemetrygen';
import { PostgresRestoreTest } from '../constructs/loadgen/postgres-restore';
import { ValkeyBenchmark } from '../constructs/loadgen/valkey-benchmark';
import { LocustTest } from '../constructs/loadgen/locust';
import {
  componentsIn, componentsWithoutMetricsDeclaration, metricsDeclarationsOf, scrape, scrapeFromOwnFolder,
} from '../constructs/monitoring/metrics-declarations';
import type { MetricsEndpointProps } from '../constructs/monitoring/metrics-endpoint';
import { hubOverviewDashboard } from '../constructs/grafana/hub-overview';
import { HelloApp } from '../constructs/apps/hello-app';
import { Component } from '../constructs/argocd/component';
import { CHARTS } from '../constructs/catalog/charts';
import { MonitoringStack } from '../constructs/monitoring/monitoring-stack';
import { ENVIRONMENTS } from './support/lab';
import { testSite } from './support/constructs';
import { Hub } from '../hub/hub';
import type { KubernetesObject } from '../tools/synth/render';
import { lab } from './support/lab';

const object = (file: string): KubernetesObject => {
  const found = lab().objects.find((o) => o.file === file);
  if (!found) throw new Error(`${file} was not synthesized`);
  return found.manifest;
};
const valuesOf = (dist: string, app: string): any => (object(`${dist}/apps/application-${app}.yaml`).spec as any).sources[0].helm.valuesObject;

function hubOf(name: string): Hub {
  const env = ENVIRONMENTS.find((e) => e.name === name);
  if (!env) throw new Error(`environment ${name} is not defined`);
  return new Hub(new App(), { lab: LAB, environment: env });
}

/** A hub that runs every capability of the catalog, whatever its environment's experiments need. */
function fullHub(name: string): Hub {
  const hub = hubOf(name);
  for (const capability of Object.values(Capabilities)) hub.provide(capability, 'test');
  return hub;
}

/** The monitors (ServiceMonitors and PodMonitors) below `scope`, as manifests, by name. */
function monitorsIn(scope: IConstruct): Map<string, any> {
  return new Map(scope.node.findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject && (c.kind === 'ServiceMonitor' || c.kind === 'PodMonitor'))
    .map((o) => [o.name, o.toJson()]));
}

/** Load generators: measured through what they push and print (ADR 0090, 0091). */
const isLoadGenerator = (c: IConstruct) => c instanceof K6Test || c instanceof KafkaPerfTest || c instanceof LocustTest || c instanceof PgbenchTest
  || c instanceof KafkaProducerLoad
  || c instanceof LogGenerator
  || c instanceof TelemetrygenTest
  || c instanceof ValkeyBenchmark || c instanceof PostgresRestoreTest;

describe.each(ENVIRONMENTS.map((env) => [env.name, env.distPath] as const))('the %s hub\'s measurement stack', (name, dist) => {
  it('declares for every component how it is scraped, or why not, with every capability installed', () => {
    const hub = fullHub(name);
    expect(componentsIn(hub).length).toBeGreaterThan(20);
    expect(componentsWithoutMetricsDeclaration(hub).map((c) => c.node.path)).toEqual([]);
  });

  it('writes one monitor per declared endpoint, in the monitoring namespace, labelling series with the declared job', () => {
    const hub = hubOf(name);
    const declared = componentsIn(hub).flatMap((c) => metricsDeclarationsOf(c))
      .flatMap((d) => (d.kind === 'endpoint' ? [d.endpoint] : []));
    expect(declared.map((e) => e.job).sort()).toEqual([
      'argo-workflows-controller', 'argo-workflows-server', 'argocd-application-controller', 'argocd-server', 'cert-manager',
      // Where the environment runs Cilium, its agent too.
      ...(name === 'kind-cilium' ? ['cilium-agent'] : []),
      'crossplane', 'crossplane-provider-helm', 'crossplane-provider-kubernetes', 'dns-stack', 'external-secrets', 'kyverno',
      'metallb', 'openbao', 'opencost', 'pyrra', 'seaweedfs',
    ]);
    for (const endpoint of declared) {
      const kind = endpoint.target === 'service' ? 'servicemonitor' : 'podmonitor';
      const monitor = object(`${dist}/kube-prometheus-stack/${kind}-${endpoint.job}.yaml`);
      expect(monitor.metadata.namespace).toBe('monitoring');
      const spec = monitor.spec as any;
      expect(spec.namespaceSelector).toEqual({ matchNames: [endpoint.namespace] });
      expect(spec.selector).toEqual({ matchLabels: endpoint.selector });
      const scrapeEndpoint = (spec.endpoints ?? spec.podMetricsEndpoints)[0];
      expect(scrapeEndpoint.relabelings).toEqual([{ action: 'replace', targetLabel: 'job', replacement: endpoint.job }]);
    }
  });

  it('writes the monitors of the capabilities it installs on demand into its monitoring folder too', () => {
    const hub = fullHub(name);
    const monitors = monitorsIn(hub.monitoring.objects);
    for (const job of ['k6-operator', 'strimzi-cluster-operator', 'istiod', 'istio-gateway', 'istio-cni', 'ztunnel', 'linkerd-control-plane']) {
      expect(monitors.get(job)?.metadata.namespace, job).toBe('monitoring');
    }
    expect(monitors.get('istio-gateway').spec.podMetricsEndpoints[0]).toMatchObject({ port: 'http-envoy-prom', path: '/stats/prometheus' });
    expect(monitors.get('istiod').spec.namespaceSelector).toEqual({ matchNames: ['istio-system'] });
  });

  it('runs Prometheus that finds monitors and rules in every namespace and accepts remote write', () => {
    const spec = valuesOf(dist, 'kube-prometheus-stack').prometheus.prometheusSpec;
    for (const kind of ['serviceMonitor', 'podMonitor', 'rule', 'probe', 'scrapeConfig']) {
      expect(spec[`${kind}SelectorNilUsesHelmValues`], kind).toBe(false);
    }
    expect(spec.enableRemoteWriteReceiver).toBe(true);
    expect(spec.storageSpec.volumeClaimTemplate.spec.storageClassName).toBe(ENVIRONMENTS.find((e) => e.name === name)!.storageClass);
    const app = object(`${dist}/apps/application-kube-prometheus-stack.yaml`).spec as any;
    expect(app.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  it('serves Grafana on its reserved address, logging its admin in with a login from OpenBao', () => {
    const env = ENVIRONMENTS.find((e) => e.name === name)!;
    const grafana = valuesOf(dist, 'kube-prometheus-stack').grafana;
    expect(grafana.service).toEqual({ type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': env.addressPool.addressOf('grafana').ip } });
    expect(grafana.admin).toEqual({ existingSecret: 'grafana-admin', userKey: 'admin-user', passwordKey: 'admin-password' });
    const login = object(`${dist}/kube-prometheus-stack/externalsecret-grafana-admin.yaml`).spec as any;
    expect(login.target.name).toBe('grafana-admin');
    expect(login.data.map((d: any) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual([
      ['admin-user', 'grafana/admin', 'user'], ['admin-password', 'grafana/admin', 'password'],
    ]);
  });

  it('provisions the hub dashboard through the label Grafana\'s sidecar watches in every namespace', () => {
    const sidecar = valuesOf(dist, 'kube-prometheus-stack').grafana.sidecar.dashboards;
    expect(sidecar).toMatchObject({ enabled: true, searchNamespace: 'ALL' });
    const map = object(`${dist}/kube-prometheus-stack/configmap-dashboard-hub-overview.yaml`);
    expect((map.metadata.labels as Record<string, string>)[sidecar.label]).toBe(sidecar.labelValue);
    const model = JSON.parse((map.data as Record<string, string>)['hub-overview.json']);
    expect(model.uid).toBe('hub-overview');
    const exprs: string[] = model.panels.flatMap((p: any) => (p.targets ?? []).map((t: any) => t.expr));
    expect(exprs).toEqual(expect.arrayContaining([
      'sum by (sync_status) (argocd_app_info{job="argocd-application-controller"})',
      'sum by (health_status) (argocd_app_info{job="argocd-application-controller"})',
      'sum by (phase) (increase(argo_workflows_total_count{job="argo-workflows-controller"}[1h]))',
    ]));
    expect(exprs.some((e) => e.includes('node_cpu_seconds_total'))).toBe(true);
    expect(exprs.some((e) => e.includes('node_memory_MemAvailable_bytes'))).toBe(true);
  });

  it('keeps artifacts of Argo Workflows in the object store\'s artifacts bucket, in Argo\'s documented format', () => {
    const map = object(`${dist}/argo-artifacts/configmap-artifact-repositories.yaml`);
    expect(map.metadata.namespace).toBe('argo-workflows');
    const key = (map.metadata.annotations as Record<string, string>)['workflows.argoproj.io/default-artifact-repository'];
    const repository = yaml.load((map.data as Record<string, string>)[key]);
    expect(repository).toEqual({
      s3: {
        endpoint: 'seaweedfs-all-in-one.seaweedfs.svc.cluster.local:8333',
        bucket: 'artifacts',
        insecure: true,
        accessKeySecret: { name: 'seaweedfs-s3-credentials', key: 'accessKey' },
        secretKeySecret: { name: 'seaweedfs-s3-credentials', key: 'secretKey' },
      },
    });
    const credentials = object(`${dist}/argo-artifacts/externalsecret-seaweedfs-s3-credentials.yaml`);
    expect(credentials.metadata.namespace).toBe('argo-workflows');
  });

  it('runs SeaweedFS as one server with S3 identities rendered from OpenBao and the lab\'s buckets', () => {
    const values = valuesOf(dist, 'seaweedfs');
    expect([values.master.enabled, values.volume.enabled, values.filer.enabled]).toEqual([false, false, false]);
    expect(values.allInOne.s3).toMatchObject({ enabled: true, enableAuth: true, existingConfigSecret: 'seaweedfs-s3-identities' });
    expect(values.allInOne.s3.createBuckets).toEqual([{ name: 'results' }, { name: 'artifacts' }]);
    const identities = object(`${dist}/seaweedfs/externalsecret-seaweedfs-s3-identities.yaml`).spec as any;
    const template: string = identities.target.template.data.seaweedfs_s3_config;
    // Filled in the way External Secrets' template engine would, the file is JSON SeaweedFS reads.
    const rendered = JSON.parse(template.replace('{{ .accessKey | toJson }}', '"AK"').replace('{{ .secretKey | toJson }}', '"S\\"K"'));
    expect(rendered.identities[0].credentials).toEqual([{ accessKey: 'AK', secretKey: 'S"K' }]);
    expect(identities.target.template.engineVersion).toBe('v2');
  });

  it('points OpenCost at the hub\'s Prometheus', () => {
    expect(valuesOf(dist, 'opencost').opencost.prometheus.internal).toEqual({
      enabled: true, serviceName: 'kube-prometheus-stack-prometheus', namespaceName: 'monitoring', port: 9090,
    });
  });

  it('keeps objectives for the API servers and Grafana on metrics they export, each selecting its scrape job', () => {
    const slo = (n: string) => (object(`${dist}/pyrra/servicelevelobjective-${n}.yaml`).spec as any).indicator.ratio;
    expect(slo('argocd-api').total.metric).toBe('grpc_server_handled_total{job="argocd-server"}');
    expect(slo('argo-workflows-api').total.metric).toBe('grpc_server_handled_total{job="argo-workflows-server"}');
    expect(slo('grafana-http')).toEqual({
      errors: { metric: 'grafana_http_request_duration_seconds_count{job="grafana",status_code=~"5.."}' },
      total: { metric: 'grafana_http_request_duration_seconds_count{job="grafana"}' },
    });
    expect(valuesOf(dist, 'kube-prometheus-stack').grafana.serviceMonitor.relabelings[0].replacement).toBe('grafana');
    expect(valuesOf(dist, 'pyrra').prometheusUrl).toBe('http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090');
  });
});

describe('the hub overview dashboard', () => {
  it('is the same JSON on every build', () => {
    const build = () => JSON.stringify(hubOverviewDashboard({
      datasourceUid: 'prometheus', argocdController: { job: 'a' }, workflowsController: { job: 'w' },
    }));
    expect(build()).toBe(build());
  });
});

describe('every experiment says how its parts are scraped', () => {
  const app = LAB.build();
  const experiments = app.node.findAll().filter((c): c is Experiment => c instanceof Experiment);

  it.each(LAB.experiments.map((e) => e.name))('%s: every part but its load generators declares metrics or why not', (experimentName) => {
    const experiment = experiments.find((e) => e.node.id === experimentName)!;
    const parts = componentsIn(experiment);
    expect(parts.length).toBeGreaterThan(2);
    const undeclared = componentsWithoutMetricsDeclaration(experiment);
    // Load generators are measured through what they push and print (ADR 0091, 0090).
    expect(undeclared.map((c) => c.node.path)).toEqual([]);
    expect(parts.filter((c) => isLoadGenerator(c)).length).toBeGreaterThan(0);
  });

  it('writes the Kafka brokers\' monitor into the cluster\'s own folder, never a hub\'s', () => {
    const monitor = object('experiments/kafka-throughput/kafka/podmonitor-kafka-kafka.yaml');
    expect(monitor.metadata.namespace).toBe('kafka-throughput');
    expect((monitor.spec as any).namespaceSelector).toEqual({ matchNames: ['kafka-throughput'] });
    expect(lab().objects.filter((o) => o.file.startsWith('hub/') && o.file.endsWith('-kafka-kafka.yaml'))).toEqual([]);
    const kafka = object('experiments/kafka-throughput/kafka/kafka-kafka.yaml').spec as any;
    expect(kafka.kafka.metricsConfig).toEqual({ type: 'strimziMetricsReporter' });
  });
});

/** Labels and container ports of a pod, as its chart or operator writes them. */
interface PodShape {
  readonly what: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly ports: Readonly<Record<string, number>>;
}

/**
 * Pods as the pinned charts and operators label them, restated from their templates and sources
 * (not from the constructs): `scraped` must be selected and carry the monitored port, `others`
 * must not be selected.
 */
const PODS: Readonly<Record<string, { readonly source: string; readonly scraped: readonly PodShape[]; readonly others?: readonly PodShape[] }>> = {
  'cert-manager': {
    source: 'cert-manager v1.21.1: deploy/charts/cert-manager/templates/{deployment,webhook-deployment,cainjector-deployment}.yaml',
    scraped: [
      { what: 'controller', labels: { 'app': 'cert-manager', 'app.kubernetes.io/name': 'cert-manager', 'app.kubernetes.io/instance': 'cert-manager', 'app.kubernetes.io/component': 'controller' }, ports: { 'http-metrics': 9402, 'http-healthz': 9403 } },
      { what: 'webhook', labels: { 'app': 'webhook', 'app.kubernetes.io/name': 'webhook', 'app.kubernetes.io/instance': 'cert-manager', 'app.kubernetes.io/component': 'webhook' }, ports: { 'https': 10250, 'healthcheck': 6080, 'http-metrics': 9402 } },
      { what: 'cainjector', labels: { 'app': 'cainjector', 'app.kubernetes.io/name': 'cainjector', 'app.kubernetes.io/instance': 'cert-manager', 'app.kubernetes.io/component': 'cainjector' }, ports: { 'http-metrics': 9402 } },
    ],
  },
  'crossplane': {
    source: 'crossplane v2.3.4: cluster/charts/crossplane/templates/{deployment,rbac-manager-deployment}.yaml, "crossplane.labels"',
    scraped: [
      { what: 'core', labels: { 'app': 'crossplane', 'release': 'crossplane', 'app.kubernetes.io/name': 'crossplane', 'app.kubernetes.io/instance': 'crossplane', 'app.kubernetes.io/part-of': 'crossplane' }, ports: { readyz: 8081, metrics: 8080, webhooks: 9443 } },
      { what: 'RBAC manager', labels: { 'app': 'crossplane-rbac-manager', 'release': 'crossplane', 'app.kubernetes.io/name': 'crossplane', 'app.kubernetes.io/instance': 'crossplane' }, ports: { metrics: 8080 } },
    ],
    others: [
      { what: 'provider-helm', labels: { 'pkg.crossplane.io/provider': 'provider-helm', 'pkg.crossplane.io/revision': 'provider-helm-0a1b2c3d4e5f' }, ports: { metrics: 8080 } },
    ],
  },
  'crossplane-provider-helm': {
    source: 'crossplane v2.3.4: internal/controller/pkg/runtime/runtime.go (podSelectors, MetricsPortName)',
    scraped: [
      { what: 'provider-helm', labels: { 'pkg.crossplane.io/provider': 'provider-helm', 'pkg.crossplane.io/revision': 'provider-helm-0a1b2c3d4e5f' }, ports: { metrics: 8080 } },
    ],
    others: [
      { what: 'provider-kubernetes', labels: { 'pkg.crossplane.io/provider': 'provider-kubernetes', 'pkg.crossplane.io/revision': 'provider-kubernetes-0a1b2c3d4e5f' }, ports: { metrics: 8080 } },
    ],
  },
  'external-secrets': {
    source: 'external-secrets helm-chart-2.8.0: deploy/charts/external-secrets/templates/deployment.yaml, _helpers.tpl selector labels',
    scraped: [
      { what: 'controller', labels: { 'app.kubernetes.io/name': 'external-secrets', 'app.kubernetes.io/instance': 'external-secrets' }, ports: { metrics: 8080, live: 8082 } },
    ],
    others: [
      { what: 'webhook', labels: { 'app.kubernetes.io/name': 'external-secrets-webhook', 'app.kubernetes.io/instance': 'external-secrets' }, ports: { metrics: 8080 } },
      { what: 'cert controller', labels: { 'app.kubernetes.io/name': 'external-secrets-cert-controller', 'app.kubernetes.io/instance': 'external-secrets' }, ports: { metrics: 8080 } },
    ],
  },
  'kyverno': {
    source: 'kyverno-chart-3.9.0: charts/kyverno/templates/*-controller/deployment.yaml, "kyverno.matchLabels.common"',
    scraped: [
      { what: 'admission controller', labels: { 'app.kubernetes.io/name': 'kyverno-admission-controller', 'app.kubernetes.io/part-of': 'kyverno', 'app.kubernetes.io/instance': 'kyverno', 'app.kubernetes.io/component': 'admission-controller' }, ports: { 'https': 9443, 'metrics-port': 8000 } },
      { what: 'background controller', labels: { 'app.kubernetes.io/name': 'kyverno-background-controller', 'app.kubernetes.io/part-of': 'kyverno', 'app.kubernetes.io/instance': 'kyverno', 'app.kubernetes.io/component': 'background-controller' }, ports: { https: 9443, metrics: 8000 } },
    ],
  },
  'openbao': {
    source: 'openbao-helm openbao-0.29.2: charts/openbao/templates/server-statefulset.yaml (its ports, then server.extraPorts)',
    scraped: [
      { what: 'server', labels: { 'app.kubernetes.io/name': 'openbao', 'app.kubernetes.io/instance': 'openbao', 'component': 'server' }, ports: { 'https': 8200, 'https-internal': 8201, 'https-rep': 8202, 'metrics': 8209 } },
    ],
  },
  'k6-operator': {
    source: 'k6-operator helm-k6-operator-4.6.0: charts/k6-operator/templates/deployment.yaml, service.portName "https"',
    scraped: [
      { what: 'manager', labels: { 'control-plane': 'controller-manager', 'app.kubernetes.io/name': 'k6-operator', 'app.kubernetes.io/instance': 'k6-operator' }, ports: { https: 8443 } },
    ],
  },
  'strimzi-cluster-operator': {
    source: 'strimzi-kafka-operator 1.2.0: packaging/helm-charts/helm3/strimzi-kafka-operator/templates/060-Deployment-strimzi-cluster-operator.yaml',
    scraped: [
      { what: 'cluster operator', labels: { 'name': 'strimzi-cluster-operator', 'strimzi.io/kind': 'cluster-operator' }, ports: { http: 8080 } },
    ],
  },
  'istiod': {
    source: 'istio 1.30.3: manifests/charts/istio-control/istio-discovery/templates/deployment.yaml',
    scraped: [
      { what: 'istiod', labels: { 'app': 'istiod', 'istio.io/rev': 'default', 'istio': 'pilot', 'sidecar.istio.io/inject': 'false' }, ports: { 'http-debug': 8080, 'grpc-xds': 15010, 'tls-xds': 15012, 'https-webhooks': 15017, 'http-monitoring': 15014 } },
    ],
  },
  'istio-gateway': {
    source: 'istio 1.30.3: manifests/charts/gateway/templates/deployment.yaml, "gateway.selectorLabels" (release istio-ingressgateway)',
    scraped: [
      { what: 'gateway', labels: { 'sidecar.istio.io/inject': 'true', 'app': 'istio-ingressgateway', 'istio': 'ingressgateway', 'app.kubernetes.io/name': 'istio-ingressgateway' }, ports: { 'http-envoy-prom': 15090 } },
    ],
  },
  'tempo': {
    source: 'grafana-community/helm-charts tempo-2.2.4: charts/tempo/templates/statefulset.yaml, "tempo.selectorLabels"',
    scraped: [
      { what: 'tempo', labels: { 'app.kubernetes.io/name': 'tempo', 'app.kubernetes.io/instance': 'tempo' }, ports: { 'prom-metrics': 3200, 'otlp-grpc': 4317, 'otlp-http': 4318 } },
    ],
  },
  'jaeger': {
    source: 'jaegertracing/helm-charts jaeger-4.11.1: charts/jaeger/templates/jaeger/jaeger-deploy.yaml (container ports without names)',
    scraped: [
      { what: 'all-in-one', labels: { 'app.kubernetes.io/name': 'jaeger', 'app.kubernetes.io/instance': 'jaeger', 'app.kubernetes.io/component': 'all-in-one' }, ports: { '(4317)': 4317, '(16686)': 16686, '(13133)': 13133, '(8888)': 8888 } },
    ],
  },
  'opentelemetry-operator': {
    source: 'opentelemetry-helm-charts opentelemetry-operator-0.122.0: charts/opentelemetry-operator/templates/deployment.yaml, "opentelemetry-operator.labels"',
    scraped: [
      { what: 'manager', labels: { 'app.kubernetes.io/name': 'opentelemetry-operator', 'app.kubernetes.io/instance': 'opentelemetry-operator', 'app.kubernetes.io/part-of': 'opentelemetry-operator', 'app.kubernetes.io/component': 'controller-manager' }, ports: { metrics: 8443, 'webhook-server': 9443 } },
    ],
  },
  'kafka-kafka': {
    source: 'strimzi-kafka-operator 1.2.0: cluster-operator/.../model/KafkaPool.java labels, metrics/MetricsModel.java port',
    scraped: [
      { what: 'dual-role node', labels: { 'strimzi.io/cluster': 'kafka', 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': 'kafka-kafka', 'strimzi.io/pool-name': 'dual-role', 'strimzi.io/broker-role': 'true', 'strimzi.io/controller-role': 'true' }, ports: { 'tcp-prometheus': 9404, 'tcp-clients': 9092 } },
    ],
    others: [
      { what: 'entity operator', labels: { 'strimzi.io/cluster': 'kafka', 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': 'kafka-entity-operator' }, ports: { 'healthcheck-to': 8080 } },
    ],
  },
  'victoria-metrics': {
    source: 'victoria-metrics-single 0.45.0: templates/server.yaml ("vm.podLabels", port from server.http); victoria-metrics-common 0.3.15 "vm.selectorLabels"',
    scraped: [
      { what: 'server', labels: { 'app.kubernetes.io/name': 'victoria-metrics-single', 'app.kubernetes.io/instance': 'victoria-metrics', 'app': 'server', 'app.kubernetes.io/component': 'server', 'app.kubernetes.io/managed-by': 'Helm' }, ports: { http: 8428 } },
    ],
  },
};

const selects = (selector: Record<string, string>, labels: Readonly<Record<string, string>>) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

describe('monitors select the pods the charts really label', () => {
  const hub = fullHub('kind');
  const monitors = monitorsIn(hub.monitoring.objects);
  monitors.set('kafka-kafka', object('experiments/kafka-throughput/kafka/podmonitor-kafka-kafka.yaml'));

  it.each(Object.entries(PODS))('%s', (job, { source, scraped, others }) => {
    const monitor = monitors.get(job);
    expect(monitor, `${job} (${source})`).toBeDefined();
    expect(monitor.kind).toBe('PodMonitor');
    const selector = monitor.spec.selector.matchLabels;
    const endpoint = monitor.spec.podMetricsEndpoints[0];
    for (const pod of scraped) {
      expect(selects(selector, pod.labels), `${job} selects the ${pod.what} (${source})`).toBe(true);
      const port = endpoint.port !== undefined ? pod.ports[endpoint.port] : Object.values(pod.ports).find((n) => n === endpoint.portNumber);
      expect(port, `the ${pod.what} has the port ${endpoint.port ?? endpoint.portNumber} (${source})`).toBeDefined();
    }
    for (const pod of others ?? []) {
      expect(selects(selector, pod.labels), `${job} leaves the ${pod.what} alone (${source})`).toBe(false);
    }
  });

  it('the DNS server\'s pods carry the label and the port its monitor names, and CoreDNS serves metrics there', () => {
    const monitor = monitors.get('dns-stack');
    const deployment = object('hub/kind/dns-stack/deployment-k8s-gateway.yaml').spec as any;
    expect(selects(monitor.spec.selector.matchLabels, deployment.template.metadata.labels)).toBe(true);
    const port = deployment.template.spec.containers[0].ports.find((p: any) => p.name === monitor.spec.podMetricsEndpoints[0].port);
    expect(port.containerPort).toBe(9153);
    const corefile = (object('hub/kind/dns-stack/configmap-k8s-gateway.yaml').data as any).Corefile as string;
    expect(corefile).toContain('    prometheus :9153\n');
  });

  it('MetalLB\'s monitor finds the controller and speakers through the lab\'s metrics Service and shows Prometheus\' token', () => {
    const monitor = object('hub/kind/kube-prometheus-stack/servicemonitor-metallb.yaml') as any;
    const service = object('hub/kind/metallb/service-metallb-metrics.yaml') as any;
    expect(selects(monitor.spec.selector.matchLabels, service.metadata.labels)).toBe(true);
    expect(monitor.spec.namespaceSelector.matchNames).toEqual([service.metadata.namespace]);
    const endpoint = monitor.spec.endpoints[0];
    expect(service.spec.ports).toEqual([{ name: endpoint.port, port: 9120, targetPort: 9120 }]);
    // metallb v0.16.1: charts/metallb/templates/{controller,speaker}.yaml pod labels, container port
    // `metricshttps` on prometheus.metricsPort 9120; internal/k8s/k8s.go SecureServing with authn/authz.
    for (const component of ['controller', 'speaker']) {
      expect(selects(service.spec.selector, { 'app.kubernetes.io/name': 'metallb', 'app.kubernetes.io/instance': 'metallb', 'app.kubernetes.io/component': component })).toBe(true);
    }
    expect(endpoint).toMatchObject({
      scheme: 'https', tlsConfig: { insecureSkipVerify: true }, bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
    });
  });

  it('OpenBao lets Prometheus read its metrics without a token on a listener no Service publishes, in Prometheus\' format', () => {
    const server = valuesOf('hub/kind', 'openbao').server;
    expect(server.extraPorts).toEqual([{ containerPort: 8209, name: 'metrics' }]);
    const config: string = server.standalone.config;
    const listeners = config.split('listener "tcp" {').slice(1).map((l) => l.slice(0, l.indexOf('\n}')));
    expect(listeners).toHaveLength(2);
    expect(listeners[0]).toContain('address = "[::]:8200"');
    expect(listeners[0]).not.toContain('telemetry');
    expect(listeners[1]).toContain('address = "[::]:8209"');
    expect(listeners[1]).toMatch(/telemetry \{\s+unauthenticated_metrics_access = true\s+\}/);
    // The chart's Services publish 8200 and 8201 plus `server.service.extraPorts`, which the lab leaves empty.
    expect(server.service?.extraPorts).toBeUndefined();
    const services = lab().objects.filter((o) => o.file.startsWith('hub/kind/') && o.manifest.kind === 'Service');
    expect(services.some((o) => JSON.stringify(o.manifest.spec).includes('8209'))).toBe(false);
    expect(config).toMatch(/^telemetry \{\n {2}prometheus_retention_time = "24h"\n {2}disable_hostname = true\n\}$/m);
    expect(monitors.get('openbao').spec.podMetricsEndpoints[0]).toMatchObject({
      path: '/v1/sys/metrics', params: { format: ['prometheus'] }, scheme: 'https', tlsConfig: { insecureSkipVerify: true },
    });
  });
});

describe('scrape declarations refuse what their monitors cannot do', () => {
  const ENDPOINT: MetricsEndpointProps = {
    job: 'demo', target: 'pod', namespace: 'demo', selector: { 'app.kubernetes.io/name': 'demo' }, port: 'metrics',
  };
  const declare = (change: Partial<MetricsEndpointProps>) => () => {
    const { site } = testSite();
    scrape(new HelloApp(site, 'hello', { namespace: 'demo' }), { ...ENDPOINT, ...change } as MetricsEndpointProps);
  };

  it.each([
    ['a parameter without values', { params: { format: [] } }, 'site/hello: metrics.params.format [] is invalid: a parameter name of letters, digits, "_", "." or "-" with a list of non-empty strings'],
    ['a parameter name with a space', { params: { 'for mat': ['x'] } }, 'site/hello: metrics.params.for mat ["x"] is invalid: a parameter name'],
    ['Prometheus\' token on a PodMonitor', { prometheusToken: true, scheme: 'https' as const }, 'site/hello: metrics.prometheusToken true is invalid: only with target "service" and scheme "https"'],
    ['Prometheus\' token over plain HTTP', { prometheusToken: true, target: 'service' as const }, 'site/hello: metrics.prometheusToken true is invalid: only with target "service" and scheme "https"'],
  ])('%s', (_name, change, message) => {
    expect(declare(change)).toThrow(message);
  });

  it('writes a monitor of the component\'s own in its folder and namespace, and the hub\'s stack leaves it there', () => {
    class Part extends Component {
      public constructor(scope: Construct, id: string) {
        super(scope, id, {}, { name: id, namespace: 'demo' });
      }
    }
    const { site } = testSite();
    const part = new Part(site, 'part');
    const endpoint = scrapeFromOwnFolder(part, { ...ENDPOINT, params: { format: ['prometheus'] } });
    expect(endpoint.job).toBe('demo');
    const own = monitorsIn(part.objects).get('demo');
    expect(own.metadata.namespace).toBe('demo');
    expect(own.spec.podMetricsEndpoints[0].params).toEqual({ format: ['prometheus'] });
    const stack = new MonitoringStack(site, 'kps', { chart: CHARTS.kubePrometheusStack, secretStore: { storeName: 'openbao', kvMount: 'secret' }, storageClass: 'standard' });
    stack.addScrapeMonitors(site);
    expect(monitorsIn(stack.objects).has('demo')).toBe(false);
  });
});
