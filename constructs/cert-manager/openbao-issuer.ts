import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { ClusterIssuer } from '../../imports/certmanager-clusterissuer-cert-manager.io';
import { Component, ComponentProps } from '../argocd/component';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { OpenBao } from '../openbao/openbao';
import type { CertManager, IssuerRef } from './cert-manager';

export interface OpenBaoIssuerProps extends ComponentProps {
  /** The cert-manager that runs the issuer; the issuer lives in its namespace and comes after it. */
  readonly certManager: CertManager;
  /** The OpenBao whose PKI engine signs; the issuer comes after it and trusts its CA. */
  readonly openbao: OpenBao;
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
}

/** The service account the issuer logs in as; cert-manager requests its tokens. */
const ISSUER_ACCOUNT = 'openbao-issuer';

/**
 * The ClusterIssuer `openbao-pki`, backed by OpenBao's PKI engine, in an Application of its own
 * after OpenBao and cert-manager. While OpenBao is sealed the issuer is not Ready, and only this
 * Application (and what depends on it) waits; cert-manager's bootstrap issuers, which need no
 * OpenBao, are healthy before it (ADR 0071).
 */
export class OpenBaoIssuer extends Component {
  /** Signs with OpenBao's PKI engine. */
  public readonly issuer: IssuerRef = { kind: 'ClusterIssuer', name: 'openbao-pki' };

  public constructor(scope: Construct, id: string, props: OpenBaoIssuerProps) {
    super(scope, id, props, {
      after: [props.certManager, props.openbao],
      name: 'openbao-issuer',
      namespace: props.certManager.namespace,
    });
    const where = this.node.path;
    const pkiRole = checkLabelName(where, 'pkiRole', props.pkiRole ?? 'internal-tls');
    const openbaoRole = checkLabelName(where, 'openbaoRole', props.openbaoRole ?? 'cert-manager');
    const namespace = this.namespace;
    recordWiring(this, props.openbao, 'certificates');
    // cert-manager asks for tokens with the audience vault://<ClusterIssuer name>.
    props.openbao.grantSign(openbaoRole, { name: ISSUER_ACCOUNT, namespace }, pkiRole, { audience: `vault://${this.issuer.name}` });

    // Logs in with a short-lived token of its own service account, which the cert-manager
    // controller may request (no token is stored anywhere).
    const account = new kplus.ServiceAccount(this.objects, 'Account', {
      metadata: { name: ISSUER_ACCOUNT, namespace }, automountToken: false,
    });
    const tokenRequester = new kplus.Role(this.objects, 'TokenRequester', {
      metadata: { name: `${ISSUER_ACCOUNT}-token`, namespace },
    });
    tokenRequester.allow(['create'], { apiGroup: '', resourceType: 'serviceaccounts/token', resourceName: account.name });
    new kplus.RoleBinding(this.objects, 'TokenRequesterBinding', {
      metadata: { name: `${ISSUER_ACCOUNT}-token`, namespace }, role: tokenRequester,
    }).addSubjects(kplus.ServiceAccount.fromServiceAccountName(this, 'Controller', 'cert-manager', { namespaceName: namespace }));

    // OpenBao's CA is the bootstrap CA of this same cert-manager (one per hub), in its namespace:
    // the only namespace a ClusterIssuer reads Secrets from.
    const ca = props.openbao.caBundle;
    new ClusterIssuer(this.objects, 'Issuer', {
      metadata: { name: this.issuer.name },
      spec: {
        vault: {
          server: props.openbao.address,
          path: `${props.openbao.pkiMount}/sign/${pkiRole}`,
          // OpenBao serves TLS with a certificate of the bootstrap CA (ADR 0072).
          caBundleSecretRef: { name: ca.secretName, key: ca.key },
          auth: { kubernetes: { role: openbaoRole, mountPath: '/v1/auth/kubernetes', serviceAccountRef: { name: account.name } } },
        },
      },
    });
    declareNoMetrics(this, 'it holds objects only (a ClusterIssuer, its service account and a Role): '
      + 'cert-manager\'s controller signs through it and its own metrics count the certificates issued');
  }
}
