import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecUsages } from '../../imports/certmanager-certificate-cert-manager.io';
import { Issuer } from '../../imports/certmanager-issuer-cert-manager.io';
import { Component, ComponentProps } from '../argocd/component';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { customResourceAfter, objectWaveOf } from '../argocd/sync-order';
import type { CertManager } from '../cert-manager/cert-manager';
import { checkDuration } from '../core/validation';
import { STEP_IMAGES, STEP_USER } from '../experiment/steps';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { LINKERD_NAMESPACE, LINKERD_NAMESPACE_LABELS } from './linkerd-crds';

export interface LinkerdIdentityProps extends ComponentProps {
  /** The hub's cert-manager: its self-signed issuer signs the trust anchor, its CA the webhooks' certificates. */
  readonly certManager: CertManager;
  /**
   * How long the trust anchor is valid; cert-manager renews it a third before the end, after
   * which the trust roots must be published again (ADR 0151).
   * @default '87600h' (ten years, as the hub's bootstrap CA)
   */
  readonly trustAnchorDuration?: string;
  /**
   * How long the identity issuer is valid; cert-manager renews it and Linkerd's identity
   * controller reloads it.
   * @default '2160h' (90 days)
   */
  readonly issuerDuration?: string;
}

/** A webhook of Linkerd's control plane: its Service and the Secret the chart mounts (`<service>-k8s-tls`). */
export interface LinkerdWebhook {
  /** The Service (and Certificate) name. */
  readonly service: string;
  /** `<namespace>/<Certificate>`, for the chart's `injectCaFrom`. */
  readonly injectCaFrom: string;
}

/** The Secret names the control plane reads (linkerd-control-plane 2026.4.4). */
const TRUST_ANCHOR_SECRET = 'linkerd-trust-anchor';
const IDENTITY_ISSUER_SECRET = 'linkerd-identity-issuer';
/** The ConfigMap every proxy and the identity controller read the trust anchor from, with `identity.externalCA`. */
export const TRUST_ROOTS_CONFIGMAP = 'linkerd-identity-trust-roots';
/** The publishing Job's share: one small shell script and one request. */
const TRUST_ROOTS_RESOURCES: Resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };
const WEBHOOK_SERVICES = ['linkerd-proxy-injector', 'linkerd-sp-validator', 'linkerd-policy-validator'] as const;

/**
 * Linkerd's certificates, all from cert-manager so that no key is in Git or in Helm values: a
 * trust anchor (a self-signed ECDSA P-256 CA), the identity issuer it signs (the intermediate CA
 * Linkerd's identity controller issues proxy certificates with, `kubernetes.io/tls` scheme), and
 * the serving certificates of the control plane's three webhooks, signed by the hub's CA and
 * injected into the webhooks by cert-manager's CA injector, so that a render never generates new
 * ones. A Job publishes the anchor's public certificate as the `linkerd-identity-trust-roots`
 * ConfigMap, which the chart expects to exist when `identity.externalCA` is set.
 *
 * @example
 * const identity = new LinkerdIdentity(hub, 'linkerd-identity', { certManager: hub.certManager });
 */
export class LinkerdIdentity extends Component {
  /** The webhooks whose certificates it issues, for the control plane's values. */
  public readonly webhooks: Readonly<Record<(typeof WEBHOOK_SERVICES)[number], LinkerdWebhook>>;

  public constructor(scope: Construct, id: string, props: LinkerdIdentityProps) {
    super(scope, id, props, {
      after: [props.certManager],
      name: 'linkerd-identity',
      namespace: LINKERD_NAMESPACE,
      namespaceLabels: { ...LINKERD_NAMESPACE_LABELS },
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const anchorDuration = checkDuration(where, 'trustAnchorDuration', props.trustAnchorDuration ?? '87600h');
    const issuerDuration = checkDuration(where, 'issuerDuration', props.issuerDuration ?? '2160h');
    const ecdsa = { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 };
    const caUsages = [CertificateSpecUsages.CERT_SIGN, CertificateSpecUsages.CRL_SIGN, CertificateSpecUsages.SERVER_AUTH, CertificateSpecUsages.CLIENT_AUTH];

    // Linkerd requires ECDSA P-256 for both CAs (linkerd.io, "Generating your own mTLS root certificates").
    const anchor = new Certificate(this.objects, 'TrustAnchor', {
      metadata: { name: TRUST_ANCHOR_SECRET, namespace },
      spec: {
        isCa: true, commonName: 'root.linkerd.cluster.local', secretName: TRUST_ANCHOR_SECRET, duration: anchorDuration,
        privateKey: ecdsa, usages: [CertificateSpecUsages.CERT_SIGN, CertificateSpecUsages.CRL_SIGN],
        issuerRef: { group: 'cert-manager.io', ...props.certManager.selfSignedIssuer },
      },
    });
    const anchorIssuer = new Issuer(this.objects, 'TrustAnchorIssuer', {
      metadata: { name: TRUST_ANCHOR_SECRET, namespace },
      spec: { ca: { secretName: TRUST_ANCHOR_SECRET } },
    });
    const issuer = new Certificate(this.objects, 'IdentityIssuer', {
      metadata: { name: IDENTITY_ISSUER_SECRET, namespace },
      spec: {
        isCa: true, commonName: 'identity.linkerd.cluster.local', dnsNames: ['identity.linkerd.cluster.local'],
        secretName: IDENTITY_ISSUER_SECRET, duration: issuerDuration, privateKey: ecdsa, usages: caUsages,
        issuerRef: { group: 'cert-manager.io', kind: 'Issuer', name: TRUST_ANCHOR_SECRET },
      },
    });
    customResourceAfter(anchor);
    customResourceAfter(anchorIssuer, [anchor]);
    customResourceAfter(issuer, [anchorIssuer]);

    const webhooks: Record<string, LinkerdWebhook> = {};
    for (const service of WEBHOOK_SERVICES) {
      const cert = new Certificate(this.objects, `Webhook-${service}`, {
        metadata: { name: service, namespace },
        spec: {
          commonName: `${service}.${namespace}.svc`, dnsNames: [`${service}.${namespace}.svc`],
          secretName: `${service}-k8s-tls`, duration: issuerDuration, privateKey: ecdsa,
          usages: [CertificateSpecUsages.SERVER_AUTH],
          issuerRef: { group: 'cert-manager.io', ...props.certManager.caIssuer },
        },
      });
      customResourceAfter(cert);
      webhooks[service] = { service, injectCaFrom: `${namespace}/${service}` };
    }
    this.webhooks = webhooks as LinkerdIdentity['webhooks'];

    this.publishTrustRoots();
    declareNoMetrics(this, 'certificates and a one-off Job only; cert-manager serves the certificates\' metrics');
  }

  /**
   * A Job that writes the anchor's public certificate (never its key: only `ca.crt` is mounted)
   * into the trust roots ConfigMap by a server-side apply, so a second run changes nothing. It
   * waits in ContainerCreating until cert-manager has written the anchor's Secret.
   */
  private publishTrustRoots(): void {
    const namespace = this.namespace;
    const account = new kplus.ServiceAccount(this.objects, 'TrustRootsAccount', {
      metadata: { name: 'linkerd-trust-roots', namespace },
    });
    const role = new kplus.Role(this.objects, 'TrustRootsRole', { metadata: { name: 'linkerd-trust-roots', namespace } });
    role.allow(['get', 'create', 'patch'], kplus.ApiResource.CONFIG_MAPS);
    role.bind(account);
    const anchor = kplus.Volume.fromSecret(this.objects, 'TrustAnchorVolume', kplus.Secret.fromSecretName(this.objects, 'TrustAnchorSecret', TRUST_ANCHOR_SECRET), {
      name: 'trust-anchor', items: { 'ca.crt': { path: 'ca.crt' } },
    });
    const scratch = kplus.Volume.fromEmptyDir(this.objects, 'Scratch', 'scratch');
    const token = '/var/run/secrets/kubernetes.io/serviceaccount';
    const url = `https://kubernetes.default.svc/api/v1/namespaces/${namespace}/configmaps/${TRUST_ROOTS_CONFIGMAP}?fieldManager=linkerd-trust-roots&force=true`;
    const script = [
      'set -eu',
      `{ printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: ${TRUST_ROOTS_CONFIGMAP}\\n  namespace: ${namespace}\\ndata:\\n  ca-bundle.crt: |\\n'`,
      '  sed \'s/^/    /\' /trust-anchor/ca.crt; } > /scratch/trust-roots.yaml',
      `curl -fsS --cacert ${token}/ca.crt -H "Authorization: Bearer $(cat ${token}/token)" \\`,
      '  -H \'Content-Type: application/apply-patch+yaml\' -X PATCH --data-binary @/scratch/trust-roots.yaml \\',
      `  '${url}'`,
    ].join('\n');
    const job = new kplus.Job(this.objects, 'TrustRoots', {
      metadata: { name: 'linkerd-trust-roots', namespace },
      serviceAccount: account,
      automountServiceAccountToken: true,
      backoffLimit: 6,
      securityContext: { ensureNonRoot: true, user: STEP_USER, group: STEP_USER },
      containers: [{
        name: 'publish',
        image: STEP_IMAGES.curl,
        command: ['/bin/sh', '-c', script],
        resources: toContainerResources(this.node.path, 'resources', TRUST_ROOTS_RESOURCES),
        securityContext: restrictedContainer(STEP_USER),
        volumeMounts: [{ path: '/trust-anchor', volume: anchor, readOnly: true }, { path: '/scratch', volume: scratch }],
      }],
    });
    // A wave after the certificates, which ArgoCD waits to be Ready: the Secret it mounts is theirs.
    const certificates = this.objects.node.findAll().filter((c): c is Certificate => c instanceof Certificate);
    job.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(Math.max(...certificates.map(objectWaveOf)) + 1));
  }
}
