import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm } from '../../imports/certmanager-certificate-cert-manager.io';
import { ClusterIssuer } from '../../imports/certmanager-clusterissuer-cert-manager.io';
import { Component, ComponentProps } from '../argocd/component';
import { HelmSource } from '../argocd/sources';
import { customResourceAfter } from '../argocd/sync-order';
import { ValidationError } from '../core/errors';
import { checkDuration, checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import type { OpenBao } from '../openbao/openbao';
import type { CertManagerValues } from './values';

/** A cluster-wide issuer, as a Certificate's `issuerRef` names it. */
export interface IssuerRef {
  readonly kind: 'ClusterIssuer';
  readonly name: string;
}

export interface CertManagerProps extends ComponentProps {
  /** The pinned cert-manager chart. */
  readonly chart: HelmChart;
  /** The OpenBao whose PKI engine signs the lab's internal certificates. */
  readonly openbao: OpenBao;
  /**
   * Namespace; also where the bootstrap CA's key is kept.
   * @default 'cert-manager'
   */
  readonly namespace?: string;
  /**
   * Common name of the self-signed bootstrap CA.
   * @default 'illm-lab bootstrap CA'
   */
  readonly caCommonName?: string;
  /**
   * Lifetime of the bootstrap CA, as cert-manager writes durations.
   * @default '87600h' (ten years)
   */
  readonly caDuration?: string;
  /**
   * The role of OpenBao's PKI engine that signs certificates.
   * @default 'internal-tls'
   */
  readonly pkiRole?: string;
  /**
   * The OpenBao role of the Kubernetes auth method the issuer logs in with.
   * @default 'cert-manager'
   */
  readonly openbaoRole?: string;
  /**
   * Controller requests and limits.
   * @default 50m/64Mi requested, 200m/256Mi limit
   */
  readonly resources?: Resources;
  /**
   * Webhook requests and limits.
   * @default 25m/32Mi requested, 100m/128Mi limit
   */
  readonly webhookResources?: Resources;
  /**
   * CA injector requests and limits.
   * @default 25m/64Mi requested, 100m/256Mi limit
   */
  readonly cainjectorResources?: Resources;
}

/** The service account the OpenBao issuer logs in as; cert-manager requests its tokens. */
const ISSUER_ACCOUNT = 'openbao-issuer';

/**
 * cert-manager with the lab's issuers: a self-signed bootstrap CA (self-signed issuer, the CA
 * certificate, an issuer signing with it), usable before anything else runs, and an issuer backed
 * by OpenBao's PKI engine for internal TLS. Each is ordered after what it needs within the
 * Application (ADR 0011).
 */
export class CertManager extends Component {
  /** Issues self-signed certificates; only the bootstrap CA uses it. */
  public readonly selfSignedIssuer: IssuerRef = { kind: 'ClusterIssuer', name: 'selfsigned' };
  /** Signs with the bootstrap CA. */
  public readonly caIssuer: IssuerRef = { kind: 'ClusterIssuer', name: 'lab-ca' };
  /** Signs with OpenBao's PKI engine. */
  public readonly openbaoIssuer: IssuerRef = { kind: 'ClusterIssuer', name: 'openbao-pki' };
  /** The Secret (in {@link namespace}) holding the bootstrap CA's certificate and key. */
  public readonly caSecretName = 'lab-ca';

  public constructor(scope: Construct, id: string, props: CertManagerProps) {
    const where = `${scope.node.path}/${id}`;
    const namespace = checkLabelName(where, 'namespace', props.namespace ?? 'cert-manager');
    const values: CertManagerValues = {
      crds: { enabled: true, keep: true },
      // Keeps the chart inside its own namespace: the hub project allows no kube-system.
      global: { leaderElection: { namespace } },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' },
      }),
      webhook: {
        resources: checkResources(where, 'webhookResources', props.webhookResources ?? {
          requests: { cpu: '25m', memory: '32Mi' }, limits: { cpu: '100m', memory: '128Mi' },
        }),
      },
      cainjector: {
        resources: checkResources(where, 'cainjectorResources', props.cainjectorResources ?? {
          requests: { cpu: '25m', memory: '64Mi' }, limits: { cpu: '100m', memory: '256Mi' },
        }),
      },
      startupapicheck: { resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } } },
      prometheus: { enabled: true },
    };
    const caCommonName = props.caCommonName ?? 'illm-lab bootstrap CA';
    if (typeof caCommonName !== 'string' || caCommonName.trim() === '' || caCommonName.length > 64) {
      throw new ValidationError(where, 'caCommonName', caCommonName, 'a name of 1 to 64 characters (the X.509 limit)');
    }
    const caDuration = checkDuration(where, 'caDuration', props.caDuration ?? '87600h');
    const pkiRole = checkLabelName(where, 'pkiRole', props.pkiRole ?? 'internal-tls');
    const openbaoRole = checkLabelName(where, 'openbaoRole', props.openbaoRole ?? 'cert-manager');
    super(scope, id, props, {
      name: 'cert-manager',
      namespace,
      helm: new HelmSource({ chart: props.chart, values, releaseName: 'cert-manager' }),
      serverSideApply: true,
    });
    recordWiring(this, props.openbao, 'certificates');

    // Bootstrap CA: self-signed issuer, then the CA certificate it signs, then the issuer using it.
    const selfSigned = new ClusterIssuer(this.objects, 'SelfSigned', {
      metadata: { name: this.selfSignedIssuer.name }, spec: { selfSigned: {} },
    });
    const ca = new Certificate(this.objects, 'CaCertificate', {
      metadata: { name: this.caSecretName, namespace },
      spec: {
        isCa: true,
        commonName: caCommonName,
        secretName: this.caSecretName,
        duration: caDuration,
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
        issuerRef: { group: 'cert-manager.io', ...this.selfSignedIssuer },
      },
    });
    const caIssuer = new ClusterIssuer(this.objects, 'Ca', {
      metadata: { name: this.caIssuer.name }, spec: { ca: { secretName: this.caSecretName } },
    });
    customResourceAfter(selfSigned);
    customResourceAfter(ca, [selfSigned]);
    customResourceAfter(caIssuer, [ca]);

    // OpenBao issuer: logs in with a short-lived token of its own service account, which the
    // cert-manager controller may request (no token is stored anywhere).
    const account = new kplus.ServiceAccount(this.objects, 'IssuerAccount', {
      metadata: { name: ISSUER_ACCOUNT, namespace }, automountToken: false,
    });
    const tokenRequester = new kplus.Role(this.objects, 'IssuerTokenRequester', {
      metadata: { name: `${ISSUER_ACCOUNT}-token`, namespace },
    });
    tokenRequester.allow(['create'], { apiGroup: '', resourceType: 'serviceaccounts/token', resourceName: account.name });
    new kplus.RoleBinding(this.objects, 'IssuerTokenRequesterBinding', {
      metadata: { name: `${ISSUER_ACCOUNT}-token`, namespace }, role: tokenRequester,
    }).addSubjects(kplus.ServiceAccount.fromServiceAccountName(this, 'Controller', 'cert-manager', { namespaceName: namespace }));

    const openbaoIssuer = new ClusterIssuer(this.objects, 'OpenBao', {
      metadata: { name: this.openbaoIssuer.name },
      spec: {
        vault: {
          server: props.openbao.address,
          path: `${props.openbao.pkiMount}/sign/${pkiRole}`,
          auth: { kubernetes: { role: openbaoRole, mountPath: '/v1/auth/kubernetes', serviceAccountRef: { name: account.name } } },
        },
      },
    });
    customResourceAfter(openbaoIssuer);
  }
}
