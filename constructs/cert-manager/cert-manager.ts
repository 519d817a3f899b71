import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm } from '../../imports/certmanager-certificate-cert-manager.io';
import { ClusterIssuer } from '../../imports/certmanager-clusterissuer-cert-manager.io';
import { Component, ComponentProps } from '../argocd/component';
import { customResourceAfter } from '../argocd/sync-order';
import { ValidationError } from '../core/errors';
import { checkDuration } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { scrape } from '../monitoring/metrics-declarations';
import { checkResources, Resources } from '../k8s/resources';
import type { CertManagerValues } from './values';

/** A cluster-wide issuer, as a Certificate's `issuerRef` names it. */
export interface IssuerRef {
  readonly kind: 'ClusterIssuer';
  readonly name: string;
}

/** A CA certificate in a Secret, for clients that must trust what it signs. */
export interface CaBundleRef {
  readonly secretName: string;
  readonly namespace: string;
  /** The key holding the PEM certificate. */
  readonly key: string;
}

export interface CertManagerProps extends ComponentProps {
  /** The pinned cert-manager chart. */
  readonly chart: HelmChart;
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

/**
 * The issuer that signs with the lab's bootstrap CA, as every hub names it: experiments, built
 * without a hub, ask it for their certificates (gateways' HTTPS listeners).
 */
export const LAB_CA_ISSUER: IssuerRef = { kind: 'ClusterIssuer', name: 'lab-ca' };

/**
 * cert-manager with the lab's bootstrap issuers: a self-signed bootstrap CA (self-signed issuer,
 * the CA certificate, an issuer signing with it), usable before anything else runs, each ordered
 * after what it needs within the Application (ADR 0011). It needs nothing else of the hub, so it
 * comes first; the issuer backed by OpenBao's PKI engine is a component of its own
 * ({@link OpenBaoIssuer}) after OpenBao, so that a sealed OpenBao holds back only that (ADR 0071).
 */
export class CertManager extends Component {
  /** Issues self-signed certificates; only the bootstrap CA uses it. */
  public readonly selfSignedIssuer: IssuerRef = { kind: 'ClusterIssuer', name: 'selfsigned' };
  /** Signs with the bootstrap CA. */
  public readonly caIssuer: IssuerRef = LAB_CA_ISSUER;
  /** The Secret (in {@link namespace}) holding the bootstrap CA's certificate and key. */
  public readonly caSecretName = 'lab-ca';
  /** The bootstrap CA's certificate, for clients of servers whose certificates {@link caIssuer} signs. */
  public readonly caBundle: CaBundleRef;

  public constructor(scope: Construct, id: string, props: CertManagerProps) {
    super(scope, id, props, {
      name: 'cert-manager',
      namespace: props.namespace ?? 'cert-manager',
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
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
    this.installChart(props.chart, values);
    // cert-manager writes the CA's own certificate as ca.crt of a self-signed certificate's Secret.
    this.caBundle = { secretName: this.caSecretName, namespace, key: 'ca.crt' };

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

    // With `prometheus.enabled` the v1.21.1 chart gives the controller, the webhook and the CA
    // injector each a container port `http-metrics` (9402); all three pods carry
    // app.kubernetes.io/instance=<release> (templates/deployment.yaml, webhook-deployment.yaml,
    // cainjector-deployment.yaml), and the startupapicheck Job's pod has no such port.
    scrape(this, {
      job: 'cert-manager', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/instance': this.componentName }, port: 'http-metrics',
    });
  }
}
