import { LAB } from '../lab';
import { App } from 'cdk8s';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { componentsIn, metricsDeclarationsOf } from '../constructs/monitoring/metrics-declarations';
import { hubOverviewDashboard } from '../constructs/grafana/hub-overview';
import { ENVIRONMENTS } from './support/lab';
import { Hub } from '../hub/hub';
import type { KubernetesObject } from '../tools/synth/render';
import { lab } from './support/lab';

/**
 * Components that existed before scrape declarations and have none yet. Each needs a `scrape`,
 * `declareChartMetrics` or `declareNoMetrics` in the hub; remove it here when it has one.
 */
// Core components (a hub built without experiments) that do not declare their metrics yet.
const PENDING_DECLARATIONS = [
  'cert-manager', 'crossplane', 'crossplane-providers', 'dns-stack', 'external-secrets',
  'kyverno', 'metallb', 'openbao', 'openbao-issuer', 'webhook-relay',
];

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

describe.each(ENVIRONMENTS.map((env) => [env.name, env.distPath] as const))('the %s hub\'s measurement stack', (name, dist) => {
  it('declares for every component how it is scraped, or why not, apart from the listed earlier ones', () => {
    const hub = hubOf(name);
    const undeclared = componentsIn(hub).filter((c) => metricsDeclarationsOf(c).length === 0)
      .map((c) => c.application.applicationName).sort();
    expect(undeclared).toEqual([...PENDING_DECLARATIONS].sort());
    for (const component of [hub.monitoring, hub.objectStore, hub.artifactRepository, hub.openCost, hub.pyrra]) {
      expect(metricsDeclarationsOf(component).length, component.node.path).toBeGreaterThan(0);
    }
  });

  it('writes one monitor per declared endpoint, in the monitoring namespace, labelling series with the declared job', () => {
    const hub = hubOf(name);
    const declared = componentsIn(hub).flatMap((c) => metricsDeclarationsOf(c))
      .flatMap((d) => (d.kind === 'endpoint' ? [d.endpoint] : []));
    expect(declared.map((e) => e.job).sort()).toEqual([
      'argo-workflows-controller', 'argo-workflows-server', 'argocd-application-controller', 'argocd-server', 'opencost', 'pyrra', 'seaweedfs',
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
