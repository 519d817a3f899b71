import { Construct } from 'constructs';
import {
  ClusterSecretStore,
  ClusterSecretStoreSpecProviderVaultCaProviderType,
  ClusterSecretStoreSpecProviderVaultVersion,
} from '../../imports/eso-clustersecretstore-external-secrets.io';
import type { ArgoCd } from '../argocd/argocd';
import { Component, ComponentProps } from '../argocd/component';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { customResourceAfter } from '../argocd/sync-order';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { scrape } from '../monitoring/metrics-declarations';
import { checkResources, Resources } from '../k8s/resources';
import type { OpenBao } from '../openbao/openbao';
import { IOpenBaoSecretStore, OpenBaoSecret } from './openbao-secret';
import type { ExternalSecretsValues } from './values';
import { LAB_LABELS } from '../core/labels';

export interface ExternalSecretsProps extends ComponentProps {
  /** The pinned external-secrets chart. */
  readonly chart: HelmChart;
  /** The OpenBao the secret store reads from. */
  readonly openbao: OpenBao;
  /** The ArgoCD whose webhook secret and TLS certificate come from OpenBao. */
  readonly argocd: ArgoCd;
  /**
   * Namespace.
   * @default 'external-secrets'
   */
  readonly namespace?: string;
  /**
   * The OpenBao role of the Kubernetes auth method that the controller's service account logs in
   * with; it grants read on the KV mount.
   * @default 'external-secrets'
   */
  readonly openbaoRole?: string;
  /**
   * Controller requests and limits.
   * @default 50m/64Mi requested, 200m/128Mi limit
   */
  readonly resources?: Resources;
  /**
   * Webhook requests and limits.
   * @default 25m/32Mi requested, 100m/64Mi limit
   */
  readonly webhookResources?: Resources;
  /**
   * Certificate controller requests and limits.
   * @default 25m/32Mi requested, 100m/64Mi limit
   */
  readonly certControllerResources?: Resources;
}

const SMALL: Resources = { requests: { cpu: '25m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } };

/**
 * External Secrets with one ClusterSecretStore backed by OpenBao's KV engine, which it logs in to
 * with its own service account (Kubernetes auth: no token to keep), and the Secrets the hub
 * itself needs: ArgoCD's webhook secret and TLS certificate. Other components get their Secrets
 * through {@link store}.
 */
export class ExternalSecrets extends Component implements IOpenBaoSecretStore {
  public readonly storeName = 'openbao';
  public readonly kvMount: string;
  /** The store, for {@link OpenBaoSecret}s of other components. */
  public readonly store: IOpenBaoSecretStore;
  /** The service account OpenBao's role must bind: the controller's own. */
  public readonly serviceAccount: { readonly name: string; readonly namespace: string };

  public constructor(scope: Construct, id: string, props: ExternalSecretsProps) {
    super(scope, id, props, {
      name: 'external-secrets',
      namespace: props.namespace ?? 'external-secrets',
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const role = checkLabelName(where, 'openbaoRole', props.openbaoRole ?? 'external-secrets');
    const values: ExternalSecretsValues = {
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' },
      }),
      webhook: { resources: checkResources(where, 'webhookResources', props.webhookResources ?? SMALL) },
      certController: { resources: checkResources(where, 'certControllerResources', props.certControllerResources ?? SMALL) },
    };
    this.installChart(props.chart, values);
    this.kvMount = props.openbao.kvMount;
    this.store = this;
    // The chart names the controller's service account after the release.
    this.serviceAccount = { name: 'external-secrets', namespace };
    recordWiring(this, props.openbao, 'secrets');
    props.openbao.grantRead(role, this.serviceAccount);

    const store = new ClusterSecretStore(this.objects, 'Store', {
      metadata: { name: this.storeName },
      spec: {
        provider: {
          vault: {
            server: props.openbao.address,
            path: this.kvMount,
            version: ClusterSecretStoreSpecProviderVaultVersion.V2,
            // OpenBao serves TLS with a certificate of the bootstrap CA (ADR 0072).
            caProvider: {
              type: ClusterSecretStoreSpecProviderVaultCaProviderType.SECRET,
              name: props.openbao.caBundle.secretName,
              namespace: props.openbao.caBundle.namespace,
              key: props.openbao.caBundle.key,
            },
            // Without a service account or secret reference, the controller presents its own token.
            auth: { kubernetes: { mountPath: 'kubernetes', role } },
          },
        },
      },
    });
    customResourceAfter(store);

    const webhook = new OpenBaoSecret(this.objects, 'ArgoCdWebhook', {
      store: this,
      name: props.argocd.webhookSecret.name,
      namespace: ARGOCD_NAMESPACE,
      data: { [props.argocd.webhookSecret.key]: { key: 'github/argocd-webhook', property: 'secret' } },
      // ArgoCD reads `$name:key` references only from Secrets it considers its own.
      secretLabels: { [LAB_LABELS.partOf]: 'argocd' },
    });
    const tls = new OpenBaoSecret(this.objects, 'ArgoCdTls', {
      store: this,
      name: props.argocd.tlsSecretName,
      namespace: ARGOCD_NAMESPACE,
      type: 'kubernetes.io/tls',
      data: {
        'tls.crt': { key: 'tls/argocd', property: 'tls.crt' },
        'tls.key': { key: 'tls/argocd', property: 'tls.key' },
      },
    });
    for (const secret of [webhook, tls]) customResourceAfter(secret.resource, [store]);
    recordWiring(this, props.argocd, 'webhook secret and TLS');

    // The 2.8.0 chart starts the controller with --metrics-addr=:8080 (plain HTTP, no auth unless
    // metrics.listen.secure and auth are set) behind the container port `metrics`; its pod
    // carries app.kubernetes.io/name=external-secrets and app.kubernetes.io/instance=<release>
    // ("external-secrets.selectorLabels"); the webhook and cert controller are named with suffixes.
    scrape(this, {
      job: 'external-secrets', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': 'external-secrets', 'app.kubernetes.io/instance': this.componentName }, port: 'metrics',
    });
  }
}
