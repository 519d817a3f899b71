import { describe, expect, it } from 'vitest';
import { App } from 'cdk8s';
import { AppProject } from '../constructs/argocd/app-project';
import { LabChart } from '../charts/lab-chart';
import { ENVIRONMENTS, lab } from './support/lab';

/**
 * Every cluster-wide grant the lab writes into dist/, with why it exists. A new grant fails this
 * test until it is added here with its reason and reviewed. Helm charts are not rendered into
 * dist/ (ADR 0002): their own RBAC is the chart's, reviewed with the chart version.
 */
const REVIEWED_CLUSTER_ROLE_BINDINGS: Readonly<Record<string, string>> = {
  'k8s-gateway': 'the DNS server answers for LoadBalancer Services and Ingresses of every namespace: list and watch only',
};

const REVIEWED_CLUSTER_RESOURCE_WHITELISTS: Readonly<Record<string, string>> = {
  'hub */*': 'the hub installs operators whose charts render CRDs, cluster roles, cluster role bindings and admission webhooks',
  'http-baseline /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'kafka-throughput /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'mesh-overhead /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (mesh labels before any pod)',
  'messaging-comparison /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'postgres-pgbench /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'tracing-backends /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'autoscaling-response /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'autoscaling-kafka-lag /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'logs-pipeline /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'mesh-comparison /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (mesh labels and annotations before any pod)',
  'valkey-benchmark /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'postgres-restore /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'metrics-backends /Namespace': 'the experiment\'s namespaces part writes its Namespace objects',
  'gateway-comparison /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'gateway-k6-locust /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
  'gateway-nginx-traefik /Namespace': 'the experiment\'s namespaces part writes its Namespace objects (labels before any pod)',
};

/**
 * What each project lets its Applications deploy inside namespaces. `*` kinds are for projects
 * whose Applications install charts; the root Application only syncs a hub's `apps` folder.
 */
const REVIEWED_NAMESPACE_RESOURCE_WHITELISTS: Readonly<Record<string, string>> = {
  'hub */*': 'the hub\'s components install Helm charts whose namespaced kinds the lab does not list',
  'root argoproj.io/Application': 'the root Application syncs the hub\'s apps folder: its Applications',
  'root argoproj.io/AppProject': 'the root Application syncs the hub\'s apps folder: the hub\'s project',
  'http-baseline */*': 'the experiment\'s parts: workloads, services, workflow templates, custom resources',
  'kafka-throughput */*': 'the experiment\'s parts: workloads, services, workflow templates, custom resources',
  'mesh-overhead */*': 'the experiment\'s parts: workloads, services, workflow templates, custom resources',
  'messaging-comparison */*': 'the experiment\'s parts: Kafka, RabbitMQ and NATS clusters, a JetStream stream, monitors, workflow template',
  'postgres-pgbench */*': 'the experiment\'s parts: the CloudNativePG Cluster and Pooler, monitors, workflow template',
  'tracing-backends */*': 'the experiment\'s parts: the collectors\' charts (Deployment, Service, ConfigMap, ServiceAccount), monitors, k6 scripts, workflow template',
  'autoscaling-response */*': 'the experiment\'s parts: workloads, services, autoscalers, workflow templates, custom resources',
  'autoscaling-kafka-lag */*': 'the experiment\'s parts: the Kafka cluster and topics, consumers, their autoscalers, workflow template',
  'logs-pipeline */*': 'the experiment\'s parts: runner roles and the workflow template; each run creates its log generator Job',
  'mesh-comparison */*': 'the experiment\'s parts: workloads, services, a NetworkPolicy, a waypoint Gateway, workflow templates, custom resources',
  'valkey-benchmark */*': 'the experiment\'s parts: the Valkey chart\'s workload and services, a monitor, workflow template',
  'postgres-restore */*': 'the experiment\'s parts: the CloudNativePG Cluster, its ObjectStore, ScheduledBackup and credentials, workflow template',
  'metrics-backends */*': 'the experiment\'s parts: exporter monitors, k6 scripts, the runner\'s rights, workflow template',
  'gateway-comparison */*': 'the experiment\'s parts: the backend, Gateways, routes, ReferenceGrants, certificates, monitors, workflow template',
  'gateway-k6-locust */*': 'the experiment\'s parts: the backend, a Gateway and route, Locust, monitors, workflow template',
  'gateway-nginx-traefik */*': 'the experiment\'s parts: the backend, Gateways, routes, ReferenceGrants, certificates, monitors, workflow template',
};

describe('cluster-scoped grants in dist/ are exactly the reviewed ones', () => {
  const objects = lab().objects.map((o) => o.manifest as any);

  it('ClusterRoleBindings', () => {
    const names = [...new Set(objects.filter((m) => m.kind === 'ClusterRoleBinding').map((m) => m.metadata.name as string))].sort();
    expect(names).toEqual(Object.keys(REVIEWED_CLUSTER_ROLE_BINDINGS).sort());
  });

  it('no binding of the lab hands out cluster-admin, not even in one namespace', () => {
    const bindings = objects.filter((m) => m.kind === 'ClusterRoleBinding' || m.kind === 'RoleBinding');
    expect(bindings.length).toBeGreaterThan(0);
    for (const b of bindings) expect(b.roleRef.name, `${b.kind} ${b.metadata.name}`).not.toBe('cluster-admin');
  });

  it('AppProject clusterResourceWhitelist entries', () => {
    const entries = [...new Set(objects.filter((m) => m.kind === 'AppProject').flatMap((p) =>
      (p.spec.clusterResourceWhitelist ?? []).map((e: { group: string; kind: string }) => `${p.metadata.name} ${e.group}/${e.kind}`)))].sort();
    expect(entries).toEqual(Object.keys(REVIEWED_CLUSTER_RESOURCE_WHITELISTS).sort());
  });

  it('AppProject namespaceResourceWhitelist entries', () => {
    const entries = [...new Set(objects.filter((m) => m.kind === 'AppProject').flatMap((p) =>
      (p.spec.namespaceResourceWhitelist ?? []).map((e: { group: string; kind: string }) => `${p.metadata.name} ${e.group}/${e.kind}`)))].sort();
    expect(entries).toEqual(Object.keys(REVIEWED_NAMESPACE_RESOURCE_WHITELISTS).sort());
  });

  it('the root project, the only one applied by hand, has no cluster-wide grant at all', () => {
    const roots = objects.filter((m) => m.kind === 'AppProject' && m.metadata.name === 'root');
    expect(roots.length).toBe(ENVIRONMENTS.length);
    for (const root of roots) expect(root.spec.clusterResourceWhitelist).toBeUndefined();
  });

  it('experiments deploy no cluster-scoped kind but their Namespaces', () => {
    const clusterScoped = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'ClusterIssuer',
      'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ClusterPolicy', 'PriorityClass', 'StorageClass']);
    const kinds = new Set(lab().objects.filter((o) => o.file.startsWith('experiments/') && clusterScoped.has(o.manifest.kind))
      .map((o) => o.manifest.kind));
    expect([...kinds]).toEqual(['Namespace']);
  });

  it('the experiment runner reads Applications in ArgoCD\'s namespace only', () => {
    const role = objects.find((m) => m.kind === 'Role' && m.metadata.name === 'experiment-runner-read-applications');
    expect(role.metadata.namespace).toBe('argocd');
    expect(role.rules).toEqual([{ apiGroups: ['argoproj.io'], resources: ['applications'], verbs: ['get', 'list', 'watch'] }]);
  });
});

describe('AppProject refuses a cluster resource it could not write', () => {
  const chart = () => new LabChart(new App(), 'apps', { path: 'test' });

  it('a kind that is no kind', () => {
    expect(() => new AppProject(chart(), 'p', { description: 'test', clusterResources: [{ group: '', kind: 'namespace' }] })).toThrow(
      'apps/p: clusterResources[0].kind "namespace" is invalid: a kind such as Namespace, or *');
  });

  it('a group that is no API group', () => {
    expect(() => new AppProject(chart(), 'p', { description: 'test', clusterResources: [{ group: 'RBAC', kind: 'ClusterRole' }] })).toThrow(
      'apps/p: clusterResources[0].group "RBAC" is invalid: an API group such as rbac.authorization.k8s.io, "" for the core group, or *');
  });
});

describe('AppProject refuses a namespaced kind it could not write', () => {
  it('a kind that is no kind', () => {
    const chart = new LabChart(new App(), 'apps', { path: 'test' });
    expect(() => new AppProject(chart, 'p', { description: 'test', namespacedResources: [{ group: 'argoproj.io', kind: 'application' }] })).toThrow(
      'apps/p: namespacedResources[0].kind "application" is invalid: a kind such as Namespace, or *');
  });
});
