import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { CertManager } from '../cert-manager/cert-manager';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { BarmanCloudPluginValues } from './values';

/** The plugin release chart 0.7.0 installs (its appVersion); images are pinned to it. */
export const BARMAN_CLOUD_PLUGIN_VERSION = 'v0.13.0';
/** The name a Cluster, Backup or ScheduledBackup gives to use the plugin. */
export const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';

export interface BarmanCloudPluginProps extends ComponentProps {
  /** The pinned plugin-barman-cloud chart. */
  readonly chart: HelmChart;
  /** cert-manager, which issues the TLS certificates between the operator and the plugin. */
  readonly certManager: CertManager;
  /**
   * The CloudNativePG operator's namespace: the plugin must run beside it.
   * @default 'cnpg-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the plugin's controller.
   * @default 50m/64Mi requested, 250m/128Mi limit
   */
  readonly resources?: Resources;
}

/**
 * CloudNativePG's Barman Cloud plugin (chart plugin-barman-cloud 0.7.0, plugin v0.13.0) and its
 * ObjectStore CRD: it archives WAL and takes base backups of the clusters that name it, through a
 * sidecar in each instance pod, to an S3 bucket. The chart's self-signed Issuer and two
 * Certificates need cert-manager, so it comes after it (ADR 0116).
 */
export class BarmanCloudPlugin extends Component {
  public constructor(scope: Construct, id: string, props: BarmanCloudPluginProps) {
    super(scope, id, props, {
      name: 'barman-cloud',
      namespace: props.namespace ?? 'cnpg-system',
      // The ObjectStore CRD carries a whole pod resources schema: too large for client-side apply's annotation.
      serverSideApply: true,
      after: [props.certManager],
    });
    const where = this.node.path;
    const values: BarmanCloudPluginValues = {
      crds: { create: true },
      image: { tag: BARMAN_CLOUD_PLUGIN_VERSION },
      sidecarImage: { tag: BARMAN_CLOUD_PLUGIN_VERSION },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '128Mi' },
      }),
    };
    this.installChart(props.chart, values);
    declareNoMetrics(this, 'The plugin answers the operator over gRPC only; archiving shows in each instance\'s exporter (pg_stat_archiver) and backups in their Backup objects.');
  }
}
