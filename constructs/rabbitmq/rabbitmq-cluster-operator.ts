import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { UpstreamFolderSource } from '../argocd/upstream-folder-source';
import type { CertManager } from '../cert-manager/cert-manager';
import { checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import { scrape } from '../monitoring/metrics-declarations';
import { allowAll, CLUSTER_OPERATOR_RULES, LEADER_ELECTION_RULES } from './operator-rules';
import { addOperatorWebhooks } from './operator-webhooks';

/** The release whose manifests these objects follow, and whose CRD folder the Application pulls. */
export const CLUSTER_OPERATOR_VERSION = '2.22.3';

export interface RabbitmqClusterOperatorProps extends ComponentProps {
  /** The hub's cert-manager: it issues the webhook's serving certificate and injects its CA. */
  readonly certManager: CertManager;
  /**
   * Namespace of the operator; upstream's manifests use `rabbitmq-system`.
   * @default 'rabbitmq-system'
   */
  readonly namespace?: string;
  /**
   * The operator's image, pinned.
   * @default 'ghcr.io/rabbitmq/cluster-operator:2.22.3'
   */
  readonly image?: string;
  /**
   * Requests and limits of the operator.
   * @default 100m/256Mi requested, 200m/500Mi limit (upstream asks 200m/500Mi for both)
   */
  readonly resources?: Resources;
}

/** Labels upstream's manifests give the operator's pods (besides part-of, which the lab sets). */
const POD_LABELS = {
  'app.kubernetes.io/name': 'rabbitmq-cluster-operator',
  'app.kubernetes.io/component': 'rabbitmq-operator',
};
const NAME = 'rabbitmq-cluster-operator';
const WEBHOOK_SERVICE = 'cluster-operator-webhook-service';
const WEBHOOK_CERT = 'cluster-operator-serving-cert';
const WEBHOOK_SECRET = 'cluster-operator-webhook-server-cert';
/** The user the image runs as (its Dockerfile's `USER 1000:1000`). */
const OPERATOR_USER = 1000;

/**
 * The RabbitMQ cluster operator: it turns RabbitmqClusters into StatefulSets, Services and
 * Secrets in every namespace. Upstream publishes no Helm chart, so the Application has two
 * sources: the CRD folder of the release tag (config/crd/bases, unchanged) and this component's
 * own objects, written from the release's kustomize installation (config/installation at
 * v2.22.3): service account, cluster role and leader-election role with their bindings, the
 * Deployment, and the mutating and validating webhooks for RabbitmqCluster with their Service.
 * The webhooks' serving certificate comes from the hub's self-signed issuer and cert-manager's
 * CA injector fills in their CA bundle, as upstream's cert-manager overlay does (ADR 0140).
 *
 * @example
 * new RabbitmqClusterOperator(hub, 'rabbitmq-cluster-operator', { certManager: hub.certManager });
 */
export class RabbitmqClusterOperator extends Component {
  public constructor(scope: Construct, id: string, props: RabbitmqClusterOperatorProps) {
    super(scope, id, props, {
      name: NAME,
      namespace: props.namespace ?? 'rabbitmq-system',
      // The RabbitmqCluster CRD is larger than client-side apply's annotation limit.
      serverSideApply: true,
      // Its webhook certificate needs cert-manager's CRDs and CA injector.
      after: [props.certManager],
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const image = checkPinnedImage(where, 'image', props.image ?? `ghcr.io/rabbitmq/cluster-operator:${CLUSTER_OPERATOR_VERSION}`);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '200m', memory: '500Mi' },
    });
    recordWiring(this, props.certManager, 'webhook certificate');
    this.application.addSource(new UpstreamFolderSource({
      repoUrl: 'https://github.com/rabbitmq/cluster-operator', tag: `v${CLUSTER_OPERATOR_VERSION}`, path: 'config/crd/bases',
    }), { first: true });

    const account = new kplus.ServiceAccount(this.objects, 'Account', { metadata: { name: NAME, namespace, labels: POD_LABELS } });
    const clusterRole = new kplus.ClusterRole(this.objects, 'ClusterRole', { metadata: { name: `${NAME}-role`, labels: POD_LABELS } });
    allowAll(clusterRole, CLUSTER_OPERATOR_RULES);
    new kplus.ClusterRoleBinding(this.objects, 'ClusterRoleBinding', {
      metadata: { name: `${NAME}-rolebinding`, labels: POD_LABELS }, role: clusterRole,
    }).addSubjects(account);
    const election = new kplus.Role(this.objects, 'LeaderElection', {
      metadata: { name: 'rabbitmq-cluster-leader-election-role', namespace, labels: POD_LABELS },
    });
    allowAll(election, LEADER_ELECTION_RULES);
    new kplus.RoleBinding(this.objects, 'LeaderElectionBinding', {
      metadata: { name: 'rabbitmq-cluster-leader-election-rolebinding', namespace, labels: POD_LABELS }, role: election,
    }).addSubjects(account);

    const certs = kplus.Volume.fromSecret(this.objects, 'WebhookCerts',
      kplus.Secret.fromSecretName(this, 'WebhookSecret', WEBHOOK_SECRET), { name: 'webhook-certs' });
    const deployment = new kplus.Deployment(this.objects, 'Operator', {
      metadata: { name: NAME, namespace, labels: POD_LABELS },
      podMetadata: { labels: POD_LABELS },
      replicas: 1,
      serviceAccount: account,
      automountServiceAccountToken: true,
      securityContext: { ensureNonRoot: true, user: OPERATOR_USER, group: OPERATOR_USER },
      volumes: [certs],
      containers: [{
        name: 'operator',
        image,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command: ['/manager'],
        args: ['--health-probe-bind-address=:8081'],
        envVariables: { OPERATOR_NAMESPACE: kplus.EnvValue.fromValue(namespace) },
        ports: [
          { number: 8080, name: 'metrics' },
          { number: 9443, name: 'webhook-server' },
        ],
        liveness: kplus.Probe.fromHttpGet('/healthz', { port: 8081 }),
        readiness: kplus.Probe.fromHttpGet('/readyz', { port: 8081 }),
        resources,
        securityContext: restrictedContainer(OPERATOR_USER),
        volumeMounts: [{ path: '/tmp/k8s-webhook-server/serving-certs', volume: certs, readOnly: true }],
      }],
    });
    // kplus selects pods by a label of its own; upstream's webhook Service selects these.
    deployment.select(kplus.LabelSelector.of({ labels: { 'app.kubernetes.io/name': POD_LABELS['app.kubernetes.io/name'] } }));

    const webhook = (kind: 'mutate' | 'validate') => ({
      name: `${kind === 'mutate' ? 'm' : 'v'}rabbitmqcluster-v1beta1.kb.io`,
      path: `/${kind}-rabbitmq-com-v1beta1-rabbitmqcluster`,
      rules: [{ apiGroups: ['rabbitmq.com'], apiVersions: ['v1beta1'], operations: ['CREATE', 'UPDATE'], resources: ['rabbitmqclusters'] }],
    });
    addOperatorWebhooks(this.objects, {
      certManager: props.certManager, namespace, labels: POD_LABELS, pods: deployment,
      serviceName: WEBHOOK_SERVICE, certificateName: WEBHOOK_CERT, secretName: WEBHOOK_SECRET,
      mutating: { name: 'cluster-operator-mutating-webhook-configuration', webhooks: [webhook('mutate')] },
      validating: { name: 'cluster-operator-validating-webhook-configuration', webhooks: [webhook('validate')] },
    });

    // controller-runtime serves /metrics over plain HTTP on container port `metrics` (8080), as
    // upstream's metrics Service (config/installation/metrics_service.yaml at v2.22.3) targets it.
    scrape(this, {
      job: NAME, target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': POD_LABELS['app.kubernetes.io/name'] }, port: 'metrics',
    });
  }
}
