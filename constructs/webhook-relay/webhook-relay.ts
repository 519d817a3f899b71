import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import type { ArgoCd } from '../argocd/argocd';
import { Component, ComponentProps } from '../argocd/component';
import { checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { IOpenBaoSecretStore, OpenBaoValueRef } from '../external-secrets/openbao-secret';
import { OpenBaoSecret } from '../external-secrets/openbao-secret';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import { declareNoMetrics } from '../monitoring/metrics-declarations';

export interface WebhookRelayProps extends ComponentProps {
  /** The ArgoCD whose API server receives the webhooks. */
  readonly argocd: ArgoCd;
  /** The store the channel URL is read through. */
  readonly secretStore: IOpenBaoSecretStore;
  /**
   * Where the relay channel's URL (`https://smee.io/<channel>`) lives in OpenBao. The URL is a
   * secret: anyone who knows it can read the repository's webhooks.
   * @default { key: 'webhook-relay', property: 'channel-url' }
   */
  readonly channelUrl?: OpenBaoValueRef;
  /**
   * Namespace.
   * @default 'webhook-relay'
   */
  readonly namespace?: string;
  /**
   * The gosmee image.
   * @default 'ghcr.io/chmouel/gosmee:v0.28.0'
   */
  readonly image?: string;
  /**
   * Requests and limits.
   * @default 10m/32Mi requested, 100m/64Mi limit
   */
  readonly resources?: Resources;
}

const NAME = 'webhook-relay';
const CHANNEL_KEY = 'channel-url';

/**
 * Forwards the repository's webhooks from a public relay channel to ArgoCD's API server, so a
 * cluster with no public address still syncs on push instead of polling. The channel URL comes
 * from OpenBao; ArgoCD checks each payload's signature with its webhook secret (ADR 0014).
 */
export class WebhookRelay extends Component {
  /** Where the webhooks are delivered. */
  public readonly targetUrl: string;

  public constructor(scope: Construct, id: string, props: WebhookRelayProps) {
    super(scope, id, props, { name: NAME, namespace: props.namespace ?? NAME });
    const where = this.node.path;
    const namespace = this.namespace;
    const image = checkPinnedImage(where, 'image', props.image ?? 'ghcr.io/chmouel/gosmee:v0.28.0');
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' },
    });
    this.targetUrl = `${props.argocd.serverUrl}/api/webhook`;
    recordWiring(this, props.argocd, 'webhooks');

    const channel = new OpenBaoSecret(this.objects, 'Channel', {
      store: props.secretStore,
      name: `${NAME}-channel`,
      namespace,
      data: { [CHANNEL_KEY]: props.channelUrl ?? { key: 'webhook-relay', property: 'channel-url' } },
    });
    const channelSecret = kplus.Secret.fromSecretName(this, 'ChannelSecret', channel.secretName);
    const tmp = kplus.Volume.fromEmptyDir(this.objects, 'Tmp', 'tmp');

    new kplus.Deployment(this.objects, 'Relay', {
      metadata: { name: NAME, namespace },
      replicas: 1,
      securityContext: { ensureNonRoot: true },
      containers: [{
        name: 'gosmee',
        image,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        // TLS is not verified on the in-cluster hop: the server's certificate names its public
        // host, and ArgoCD authenticates every payload by its signature.
        args: ['client', '--insecure-skip-tls-verify'],
        // gosmee reads both URLs from its environment; the channel's never enters the spec.
        envVariables: {
          GOSMEE_URL: kplus.EnvValue.fromSecretValue({ secret: channelSecret, key: CHANNEL_KEY }),
          GOSMEE_TARGET_URL: kplus.EnvValue.fromValue(this.targetUrl),
        },
        resources,
        // The image's user is a name, which the kubelet cannot check is not root.
        securityContext: restrictedContainer(65532),
        volumeMounts: [{ path: '/tmp', volume: tmp }],
      }],
    });
    // gosmee v0.28.0 has no Prometheus client (go.mod); its client serves only an optional /health.
    declareNoMetrics(this, 'gosmee exports no metrics: its client serves only a health endpoint, '
      + 'and the deliveries it relays show up in ArgoCD\'s webhook and API server metrics');
  }
}
