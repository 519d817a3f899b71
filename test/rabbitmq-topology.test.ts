import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { Experiment } from '../constructs/experiment/experiment';
import { RabbitmqPerfTest } from '../constructs/loadgen/rabbitmq-perf-test';
import { RabbitmqCluster } from '../constructs/rabbitmq/rabbitmq-cluster';
import { RabbitmqClusterOperator } from '../constructs/rabbitmq/rabbitmq-cluster-operator';
import { RabbitmqTopologyOperator } from '../constructs/rabbitmq/rabbitmq-topology-operator';
import { metricsDeclarationsOf } from '../constructs/monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../constructs/monitoring/metrics-endpoint';
import { messagingComparison } from '../experiments/messaging-comparison';
import { fitOf } from '../hub/fit';
import { Hub } from '../hub/hub';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, Manifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

const asFiles = (objects: Manifest[]) => objects.map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
const partOf = (app: App, name: string) => manifestsOf(app).filter((m) => m.metadata.labels?.['app.kubernetes.io/part-of'] === name && m.kind !== 'Application');

function operators() {
  const { app, site } = testSite();
  const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
  const clusterOperator = new RabbitmqClusterOperator(site, 'rabbitmq-cluster-operator', { certManager });
  return { app, site, certManager, clusterOperator };
}

function inExperiment(build: (e: Experiment) => void) {
  const app = new App();
  const exp = new Experiment(app, 'mt', { lab: TEST_LAB, definition: { name: 'mt', description: 'test', build } });
  return { app, exp };
}

describe('RabbitmqTopologyOperator', () => {
  it('pulls the CRDs from the release tag and writes the operator, its rights and webhooks as upstream\'s v1.20.1 installation does', () => {
    const { app, site, certManager, clusterOperator } = operators();
    const operator = new RabbitmqTopologyOperator(site, 'rabbitmq-topology-operator', { certManager, clusterOperator });
    const application = findManifest(app, 'Application', 'rabbitmq-topology-operator');
    expect(application.spec.sources[0]).toEqual({
      repoURL: 'https://github.com/rabbitmq/messaging-topology-operator', targetRevision: 'v1.20.1', path: 'config/crd/bases',
    });
    expect(application.spec.destination.namespace).toBe('rabbitmq-system');

    const deployment = findManifest(app, 'Deployment', 'messaging-topology-operator');
    expect(deployment.metadata.namespace).toBe('rabbitmq-system');
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(container.image).toBe('ghcr.io/rabbitmq/messaging-topology-operator:1.20.1');
    expect(container.args).toEqual(['--leader-elect', '--health-probe-bind-address=:8081', '--metrics-bind-address=:8080', '--metrics-secure=false']);
    expect(container.ports.map((p: any) => [p.name, p.containerPort])).toEqual([['metrics', 8080], ['webhook-server', 9443]]);
    expect(container.resources).toEqual({ limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '128Mi' } });
    expect(container.securityContext).toEqual(expect.objectContaining({ runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }));
    expect(container.volumeMounts).toEqual([{ mountPath: '/tmp/k8s-webhook-server/serving-certs', name: 'cert', readOnly: true }]);
    expect(pod.volumes).toEqual([{ name: 'cert', secret: { secretName: 'messaging-topology-webhook-server-cert' } }]);
    expect(pod.serviceAccountName).toBe('messaging-topology-operator');

    const role = findManifest(app, 'ClusterRole', 'messaging-topology-manager-role');
    expect(role.rules).toContainEqual(expect.objectContaining({ apiGroups: ['rabbitmq.com'], resources: ['rabbitmqclusters'], verbs: ['get', 'list', 'watch'] }));
    expect(role.rules).toContainEqual(expect.objectContaining({ apiGroups: ['events.k8s.io'], resources: ['events'] }));
    expect(role.rules.flatMap((r: any) => r.resources)).toContain('queues/finalizers');
    expect(findManifest(app, 'ClusterRoleBinding', 'messaging-topology-manager-rolebinding').subjects)
      .toEqual([{ apiGroup: '', kind: 'ServiceAccount', name: 'messaging-topology-operator', namespace: 'rabbitmq-system' }]);
    expect(findManifest(app, 'Role', 'messaging-topology-leader-election-role').metadata.namespace).toBe('rabbitmq-system');

    const service = findManifest(app, 'Service', 'messaging-topology-webhook-service');
    expect(service.spec.selector).toEqual({ 'control-plane': 'controller-manager', 'app.kubernetes.io/name': 'messaging-topology-operator' });
    expect(service.spec.ports).toEqual([{ port: 443, targetPort: 9443, protocol: 'TCP' }]);
    const certificate = findManifest(app, 'Certificate', 'messaging-topology-serving-cert');
    expect(certificate.spec).toEqual({
      dnsNames: ['messaging-topology-webhook-service.rabbitmq-system.svc', 'messaging-topology-webhook-service.rabbitmq-system.svc.cluster.local'],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: expect.any(String) },
      secretName: 'messaging-topology-webhook-server-cert',
    });

    const injectCa = { 'cert-manager.io/inject-ca-from': 'rabbitmq-system/messaging-topology-serving-cert' };
    const mutating = findManifest(app, 'MutatingWebhookConfiguration', 'messaging-topology-mutating-webhook-configuration');
    expect(mutating.metadata.annotations).toEqual(injectCa);
    expect(mutating.webhooks).toEqual([{
      admissionReviewVersions: ['v1'],
      clientConfig: { service: { name: 'messaging-topology-webhook-service', namespace: 'rabbitmq-system', path: '/mutate-rabbitmq-com-v1beta1-queue' } },
      failurePolicy: 'Fail', name: 'mqueue.kb.io',
      rules: [{ apiGroups: ['rabbitmq.com'], apiVersions: ['v1beta1'], operations: ['CREATE'], resources: ['queues'] }],
      sideEffects: 'None',
    }]);
    const validating = findManifest(app, 'ValidatingWebhookConfiguration', 'messaging-topology-validating-webhook-configuration');
    expect(validating.metadata.annotations).toEqual(injectCa);
    // Names and paths as upstream's config/webhook/manifests.yaml at v1.20.1 lists them.
    expect(validating.webhooks.map((w: any) => [w.name, w.clientConfig.service.path, w.rules[0].apiVersions[0], w.rules[0].operations.join(',')])).toEqual([
      ['vbinding-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-binding', 'v1beta1', 'CREATE,UPDATE'],
      ['vexchange.kb.io', '/validate-rabbitmq-com-v1beta1-exchange', 'v1beta1', 'CREATE,UPDATE'],
      ['vfederation.kb.io', '/validate-rabbitmq-com-v1beta1-federation', 'v1beta1', 'CREATE,UPDATE'],
      ['voperatorpolicy-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-operatorpolicy', 'v1beta1', 'CREATE,UPDATE'],
      ['vpermission-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-permission', 'v1beta1', 'CREATE,UPDATE'],
      ['vpolicy.kb.io', '/validate-rabbitmq-com-v1beta1-policy', 'v1beta1', 'CREATE,UPDATE'],
      ['vqueue.kb.io', '/validate-rabbitmq-com-v1beta1-queue', 'v1beta1', 'CREATE,UPDATE'],
      ['vschemareplication-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-schemareplication', 'v1beta1', 'CREATE,UPDATE'],
      ['vshovel-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-shovel', 'v1beta1', 'CREATE,UPDATE'],
      ['vsuperstream-v1alpha1.kb.io', '/validate-rabbitmq-com-v1alpha1-superstream', 'v1alpha1', 'CREATE,UPDATE'],
      ['vtopicpermission-v1beta1.kb.io', '/validate-rabbitmq-com-v1beta1-topicpermission', 'v1beta1', 'CREATE,UPDATE'],
      ['vuser.kb.io', '/validate-rabbitmq-com-v1beta1-user', 'v1beta1', 'CREATE,UPDATE'],
      ['vvhost.kb.io', '/validate-rabbitmq-com-v1beta1-vhost', 'v1beta1', 'CREATE,UPDATE'],
    ]);

    const declared = metricsDeclarationsOf(operator);
    expect(declared.map((d) => d.kind)).toEqual(['endpoint']);
    const endpoint = (declared[0] as { endpoint: MetricsEndpoint }).endpoint;
    expect([endpoint.job, endpoint.target, endpoint.namespace, endpoint.port]).toEqual(['messaging-topology-operator', 'pod', 'rabbitmq-system', 'metrics']);
    expect(endpoint.selector).toEqual({ 'app.kubernetes.io/name': 'messaging-topology-operator' });
    expect(validateObjects(asFiles(partOf(app, 'rabbitmq-topology-operator'))).map(formatIssue)).toEqual([]);
  });

  it('shares the cluster operator\'s namespace, which only the cluster operator\'s Application creates, and comes after it', () => {
    const { app, site, certManager, clusterOperator } = operators();
    new RabbitmqTopologyOperator(site, 'rabbitmq-topology-operator', { certManager, clusterOperator });
    const cluster = findManifest(app, 'Application', 'rabbitmq-cluster-operator');
    const topology = findManifest(app, 'Application', 'rabbitmq-topology-operator');
    expect(cluster.spec.syncPolicy.syncOptions).toContain('CreateNamespace=true');
    expect(topology.spec.syncPolicy.syncOptions).not.toContain('CreateNamespace=true');
    expect(topology.spec.destination.namespace).toBe(cluster.spec.destination.namespace);
    const wave = (a: Manifest) => Number(a.metadata.annotations!['argocd.argoproj.io/sync-wave']);
    expect(wave(topology)).toBeGreaterThan(wave(cluster));
    expect(manifestsOf(app).filter((m) => m.kind === 'Namespace')).toEqual([]);
  });

  it('refuses an unpinned image, bad resources and a missing cluster operator', () => {
    const make = (props: object) => () => {
      const { site, certManager, clusterOperator } = operators();
      new RabbitmqTopologyOperator(site, 'op', { certManager, clusterOperator, ...props });
    };
    expect(make({ image: 'ghcr.io/rabbitmq/messaging-topology-operator:latest' }))
      .toThrow('site/op: image "ghcr.io/rabbitmq/messaging-topology-operator:latest" is invalid');
    expect(make({ resources: { requests: { cpu: '1', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } } }))
      .toThrow('site/op: resources.requests.cpu "1" is invalid');
    expect(make({ clusterOperator: undefined }))
      .toThrow('site/op: clusterOperator (unset) is invalid: the hub\'s RabbitmqClusterOperator: the topology operator runs in its namespace and comes after it');
  });
});

describe('RabbitmqQueue as a Queue resource', () => {
  function withQueues(use?: (rabbit: RabbitmqCluster, e: Experiment) => void) {
    let quorum: any;
    let stream: any;
    const { app, exp } = inExperiment((e) => {
      const rabbit = new RabbitmqCluster(e, 'rabbitmq', { namespace: e.namespace('rabbitmq') });
      quorum = rabbit.addQueue('orders.quorum', { type: 'quorum' });
      stream = rabbit.addQueue('events', { type: 'stream', replicas: 2 });
      use?.(rabbit, e);
      e.runLoad(new RabbitmqPerfTest(e, 'perf', { queue: quorum, messages: 10 }));
    });
    return { app, exp, quorum, stream };
  }

  it('writes a durable quorum queue and stream of the cluster, after it, and keeps the handle', () => {
    const { app, quorum, stream } = withQueues();
    const q = findManifest(app, 'Queue', 'rabbitmq-orders.quorum');
    expect(q.apiVersion).toBe('rabbitmq.com/v1beta1');
    expect(q.metadata).toEqual(expect.objectContaining({ namespace: 'mt-rabbitmq', annotations: { 'argocd.argoproj.io/sync-wave': '1' } }));
    expect(q.spec).toEqual({
      name: 'orders.quorum', type: 'quorum', durable: true, autoDelete: false,
      arguments: { 'x-quorum-initial-group-size': 3 }, rabbitmqClusterReference: { name: 'rabbitmq' },
    });
    const s = findManifest(app, 'Queue', 'rabbitmq-events');
    expect(s.spec).toEqual({
      name: 'events', type: 'stream', durable: true, autoDelete: false,
      arguments: { 'x-initial-cluster-size': 2 }, rabbitmqClusterReference: { name: 'rabbitmq' },
    });
    // The handle its users read is unchanged.
    expect([quorum.queueName, quorum.type, quorum.replicas, quorum.messagingSystem, quorum.resourceName])
      .toEqual(['orders.quorum', 'quorum', 3, 'rabbitmq-quorum-queue', 'rabbitmq-orders.quorum']);
    expect(stream.durability).toEqual({ persisted: true, replicas: 2, acknowledgedBy: 2 });
    expect(stream.declareArguments).toEqual({ 'x-queue-type': 'stream', 'x-initial-cluster-size': 2 });
  });

  it('validates the Queue objects strictly against the pinned v1.20.1 CRD', () => {
    const { app } = withQueues();
    const queues = manifestsOf(app).filter((m) => m.kind === 'Queue');
    expect(queues).toHaveLength(2);
    expect(validateObjects(asFiles(queues)).map(formatIssue)).toEqual([]);
    // The schema is strict: a field the CRD does not have is an error.
    const bad = { ...queues[0], spec: { ...queues[0].spec, replicas: 3 } };
    expect(validateObjects(asFiles([bad])).map(formatIssue).join('\n')).toContain('replicas');
  });

  it('makes the experiment require the topology operator', () => {
    const { exp } = withQueues();
    expect(exp.requiredCapabilities.map((c) => c.name)).toEqual(expect.arrayContaining(['rabbitmq-cluster-operator', 'rabbitmq-topology-operator']));
  });

  it('has PerfTest use the declared queue without declaring it', () => {
    let perf!: RabbitmqPerfTest;
    inExperiment((e) => {
      const rabbit = new RabbitmqCluster(e, 'rabbitmq', { namespace: e.namespace('rabbitmq') });
      perf = new RabbitmqPerfTest(e, 'perf', { queue: rabbit.addQueue('s', { type: 'stream' }), messages: 10 });
      e.runLoad(perf);
    });
    const script = (perf.job('r1') as Manifest).spec.template.spec.containers[0].command[2];
    expect(script).toContain('--queue s --predeclared --stream-queue --producers 1');
    expect(script).not.toContain('--queue-args');
  });

  it.each([
    ['Orders', 'addQueue name "Orders" is invalid: a name that also makes a Kubernetes object name: its Queue resource is "<cluster>-<queue>" ("rabbitmq-Orders")'],
    ['my_queue', 'addQueue name "my_queue" is invalid: a name that also makes a Kubernetes object name'],
  ])('refuses a queue name %s that no Kubernetes object can carry', (name, message) => {
    expect(() => inExperiment((e) => { new RabbitmqCluster(e, 'rabbitmq').addQueue(name, { type: 'quorum' }); })).toThrow(`mt/rabbitmq: ${message}`);
  });
});

describe('the topology operator on a hub', () => {
  const hubWith = (enable: boolean) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    if (enable) new Experiment(app, messagingComparison.name, { definition: messagingComparison, lab: TEST_LAB }).enableOn(hub);
    return { app, hub };
  };

  it('comes with messaging-comparison, after the cluster operator; a hub without it runs no topology operator', () => {
    const on = hubWith(true);
    const apps = manifestsOf(on.app).filter((m) => m.kind === 'Application');
    const topology = apps.find((a) => a.metadata.name === 'rabbitmq-topology-operator');
    const cluster = apps.find((a) => a.metadata.name === 'rabbitmq-cluster-operator');
    expect(topology).toBeDefined();
    expect(Number(topology!.metadata.annotations!['argocd.argoproj.io/sync-wave'])).toBeGreaterThan(Number(cluster!.metadata.annotations!['argocd.argoproj.io/sync-wave']));
    expect(validateObjects(asFiles(partOf(on.app, 'rabbitmq-topology-operator'))).map(formatIssue)).toEqual([]);

    const off = hubWith(false);
    const offNames = manifestsOf(off.app).map((m) => m.metadata.name);
    for (const name of ['rabbitmq-topology-operator', 'messaging-topology-operator', 'messaging-topology-validating-webhook-configuration']) {
      expect(offNames).not.toContain(name);
    }
  });

  it('adds the operator\'s request to a hub that enables messaging-comparison, and nothing unread', () => {
    const fit = fitOf(testEnvironment(), hubWith(true).hub);
    const usage = fit.applications.find((a) => a.name === 'rabbitmq-topology-operator')!;
    expect(usage.namespace).toBe('rabbitmq-system');
    expect(usage.containersWithoutResources).toBe(0);
    expect(usage.unreadable).toEqual([]);
    expect(usage.usage).toEqual(expect.objectContaining({ cpuRequest: 0.1, memoryRequest: 128 * 2 ** 20, cpuLimit: 0.5, memoryLimit: 512 * 2 ** 20 }));
    console.log(`rabbitmq-topology-operator adds ${JSON.stringify(usage.usage)} to the hub's requests`);
  });
});
