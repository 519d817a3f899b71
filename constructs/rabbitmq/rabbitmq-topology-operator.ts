import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { UpstreamFolderSource } from '../argocd/upstream-folder-source';
import type { CertManager } from '../cert-manager/cert-manager';
import { ValidationError } from '../core/errors';
import { checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import { scrape } from '../monitoring/metrics-declarations';
import { allowAll, LEADER_ELECTION_RULES, TOPOLOGY_OPERATOR_RULES } from './operator-rules';
import { addOperatorWebhooks } from './operator-webhooks';
import { RabbitmqClusterOperator } from './rabbitmq-cluster-operator';
import { TOPOLOGY_MUTATING_WEBHOOK, TOPOLOGY_VALIDATING_WEBHOOKS, TopologyWebhook, webhookPath } from './topology-webhooks';

/** The release whose manifests these objects follow, and whose CRD folder the Application pulls. */
export const TOPOLOGY_OPERATOR_VERSION = '1.20.1';

export interface RabbitmqTopologyOperatorProps extends ComponentProps {
  /** The hub's cert-manager: it issues the webhook's serving certificate and injects its CA. */
  readonly certManager: CertManager;
  /**
   * The hub's cluster operator: the topology operator runs in its namespace, which the cluster
   * operator's Application creates, and comes after it.
   */
  readonly clusterOperator: RabbitmqClusterOperator;
  /**
   * The operator's image, pinned.
   * @default 'ghcr.io/rabbitmq/messaging-topology-operator:1.20.1'
   */
  readonly image?: string;
  /**
   * Requests and limits of the operator.
   * @default 100m/128Mi requested, 500m/512Mi limit (upstream asks 300m/128Mi, limit 500m/512Mi)
   */
  readonly resources?: Resources;
}

/** Labels upstream's manifests give the operator's pods (besides part-of, which the lab sets). */
const POD_LABELS = {
  'control-plane': 'controller-manager',
  'app.kubernetes.io/name': 'messaging-topology-operator',
  'app.kubernetes.io/component': 'rabbitmq-operator',
};
/** Upstream's kustomization prefixes every name with `messaging-topology-`. */
const PREFIX = 'messaging-topology';
const NAME = `${PREFIX}-operator`;
const WEBHOOK_SERVICE = `${PREFIX}-webhook-service`;
const WEBHOOK_CERT = `${PREFIX}-serving-cert`;
// Upstream leaves the Secret unprefixed (`webhook-server-cert`); in a namespace shared with the
// cluster operator the prefix says whose it is.
const WEBHOOK_SECRET = `${PREFIX}-webhook-server-cert`;
/** The user the image runs as (its Dockerfile's `USER 1001:1001`). */
const OPERATOR_USER = 1001;
const METRICS_PORT = 8080;

/**
 * The RabbitMQ messaging topology operator: it declares queues, exchanges, bindings, users and
 * policies in RabbitmqClusters through their management API, from custom resources in any
 * namespace. Like the cluster operator it has no Helm chart, so its Application has two sources:
 * the CRD folder of the release tag (config/crd/bases, unchanged) and this component's own
 * objects, written from the release's kustomize installation (config/installation at v1.20.1):
 * service account, cluster role and leader-election role with their bindings, the Deployment,
 * its webhook Service, one mutating webhook (Queue defaults) and thirteen validating ones. It
 * runs in the cluster operator's namespace, which that operator's Application creates; the
 * webhooks' serving certificate comes from the hub's self-signed issuer (ADR 0144).
 *
 * @example
 * new RabbitmqTopologyOperator(hub, 'rabbitmq-topology-operator', { certManager, clusterOperator });
 */
export class RabbitmqTopologyOperator extends Component {
  public constructor(scope: Construct, id: string, props: RabbitmqTopologyOperatorProps) {
    const clusterOperator = props.clusterOperator;
    if (!(clusterOperator instanceof RabbitmqClusterOperator)) {
      throw new ValidationError(`${scope.node.path}/${id}`, 'clusterOperator', clusterOperator === undefined ? undefined : String(clusterOperator),
        'the hub\'s RabbitmqClusterOperator: the topology operator runs in its namespace and comes after it');
    }
    super(scope, id, props, {
      name: 'rabbitmq-topology-operator',
      namespace: clusterOperator.namespace,
      // The namespace is the cluster operator's: its Application creates it, once.
      createNamespace: false,
      // Its CRDs are large (SuperStream, Shovel) for client-side apply's annotation.
      serverSideApply: true,
      after: [props.certManager, clusterOperator],
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const image = checkPinnedImage(where, 'image', props.image ?? `ghcr.io/rabbitmq/messaging-topology-operator:${TOPOLOGY_OPERATOR_VERSION}`);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
    });
    recordWiring(this, props.certManager, 'webhook certificate');
    recordWiring(this, clusterOperator, 'namespace');
    this.application.addSource(new UpstreamFolderSource({
      repoUrl: 'https://github.com/rabbitmq/messaging-topology-operator', tag: `v${TOPOLOGY_OPERATOR_VERSION}`, path: 'config/crd/bases',
    }), { first: true });

    const account = new kplus.ServiceAccount(this.objects, 'Account', { metadata: { name: NAME, namespace, labels: POD_LABELS } });
    const clusterRole = new kplus.ClusterRole(this.objects, 'ClusterRole', { metadata: { name: `${PREFIX}-manager-role`, labels: POD_LABELS } });
    allowAll(clusterRole, TOPOLOGY_OPERATOR_RULES);
    new kplus.ClusterRoleBinding(this.objects, 'ClusterRoleBinding', {
      metadata: { name: `${PREFIX}-manager-rolebinding`, labels: POD_LABELS }, role: clusterRole,
    }).addSubjects(account);
    const election = new kplus.Role(this.objects, 'LeaderElection', {
      metadata: { name: `${PREFIX}-leader-election-role`, namespace, labels: POD_LABELS },
    });
    allowAll(election, LEADER_ELECTION_RULES);
    new kplus.RoleBinding(this.objects, 'LeaderElectionBinding', {
      metadata: { name: `${PREFIX}-leader-election-rolebinding`, namespace, labels: POD_LABELS }, role: election,
    }).addSubjects(account);

    const certs = kplus.Volume.fromSecret(this.objects, 'WebhookCerts',
      kplus.Secret.fromSecretName(this, 'WebhookSecret', WEBHOOK_SECRET), { name: 'cert' });
    const deployment = new kplus.Deployment(this.objects, 'Operator', {
      metadata: { name: NAME, namespace, labels: POD_LABELS },
      podMetadata: { labels: POD_LABELS, annotations: { 'kubectl.kubernetes.io/default-container': 'manager' } },
      replicas: 1,
      serviceAccount: account,
      automountServiceAccountToken: true,
      securityContext: { ensureNonRoot: true, user: OPERATOR_USER, group: OPERATOR_USER },
      terminationGracePeriod: Duration.seconds(10),
      volumes: [certs],
      containers: [{
        name: 'manager',
        image,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command: ['/manager'],
        // Upstream serves metrics over HTTPS with token review (--metrics-secure, the default);
        // the lab's Prometheus scrapes pods over plain HTTP, as it does the cluster operator's.
        args: ['--leader-elect', '--health-probe-bind-address=:8081', `--metrics-bind-address=:${METRICS_PORT}`, '--metrics-secure=false'],
        ports: [
          { number: METRICS_PORT, name: 'metrics' },
          { number: 9443, name: 'webhook-server' },
        ],
        liveness: kplus.Probe.fromHttpGet('/healthz', { port: 8081, initialDelaySeconds: Duration.seconds(15), periodSeconds: Duration.seconds(20) }),
        readiness: kplus.Probe.fromHttpGet('/readyz', { port: 8081, initialDelaySeconds: Duration.seconds(5), periodSeconds: Duration.seconds(10) }),
        resources,
        securityContext: restrictedContainer(OPERATOR_USER),
        // controller-runtime's default certificate folder: upstream passes no --webhook-cert-path.
        volumeMounts: [{ path: '/tmp/k8s-webhook-server/serving-certs', volume: certs, readOnly: true }],
      }],
    });
    // kplus selects pods by a label of its own; upstream's webhook Service selects these.
    const selector = { 'control-plane': POD_LABELS['control-plane'], 'app.kubernetes.io/name': POD_LABELS['app.kubernetes.io/name'] };
    deployment.select(kplus.LabelSelector.of({ labels: { 'app.kubernetes.io/name': POD_LABELS['app.kubernetes.io/name'] } }));

    const webhook = (kind: 'mutate' | 'validate', hook: TopologyWebhook) => ({
      name: hook.name,
      path: webhookPath(kind, hook),
      rules: [{
        apiGroups: ['rabbitmq.com'], apiVersions: [hook.version],
        operations: kind === 'mutate' ? ['CREATE'] : ['CREATE', 'UPDATE'], resources: [hook.resource],
      }],
    });
    addOperatorWebhooks(this.objects, {
      certManager: props.certManager, namespace, labels: POD_LABELS,
      pods: kplus.Pods.select(this.objects, 'WebhookPods', { labels: selector }),
      serviceName: WEBHOOK_SERVICE, certificateName: WEBHOOK_CERT, secretName: WEBHOOK_SECRET,
      mutating: { name: `${PREFIX}-mutating-webhook-configuration`, webhooks: [webhook('mutate', TOPOLOGY_MUTATING_WEBHOOK)] },
      validating: { name: `${PREFIX}-validating-webhook-configuration`, webhooks: TOPOLOGY_VALIDATING_WEBHOOKS.map((hook) => webhook('validate', hook)) },
    });

    // controller-runtime's metrics (reconciles, queue depth, webhook latency) on container port
    // `metrics`, plain HTTP as the args above set it.
    scrape(this, {
      job: NAME, target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': POD_LABELS['app.kubernetes.io/name'] }, port: 'metrics',
    });
  }
}
