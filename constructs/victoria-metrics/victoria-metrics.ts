import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { durationSeconds, checkLabDuration } from '../core/duration';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { serviceHost } from '../core/service-host';
import { GrafanaDatasource } from '../grafana/grafana-datasource';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { VictoriaMetricsSingleValues } from './values';

/** VictoriaMetrics' one HTTP port: ingestion, the Prometheus query API and its own /metrics. */
const HTTP_PORT = 8428;
/** The image of chart 0.45.0's appVersion, written out so that the pin shows in the values. */
const IMAGE_TAG = 'v1.150.0';
/** The uid and gid of `nobody`: the image is a static binary and names no user of its own. */
const NOBODY = 65534;

/**
 * VictoriaMetrics' Service as every hub names it, for experiments, which are built once for every
 * hub and must name a fixed address in Git (the way {@link HUB_PROMETHEUS_SERVICE} does for
 * Prometheus).
 */
export const HUB_VICTORIA_METRICS_SERVICE = { name: 'victoria-metrics', namespace: 'victoria-metrics', port: HTTP_PORT } as const;

/** The uid of its Grafana data source, the same on every hub. */
export const VICTORIA_METRICS_DATASOURCE_UID = 'victoria-metrics';

/**
 * The labels chart 0.45.0 puts on the server pod: the chart's name, the release and `app: server`
 * (victoria-metrics-common 0.3.15, "vm.selectorLabels" with appKey `server` and no `server.name`).
 */
export function victoriaMetricsPodLabels(release: string): Readonly<Record<string, string>> {
  return { 'app.kubernetes.io/name': 'victoria-metrics-single', 'app.kubernetes.io/instance': release, app: 'server' };
}

export interface VictoriaMetricsProps extends ComponentProps {
  /** The pinned victoria-metrics-single chart. */
  readonly chart: HelmChart;
  /** The StorageClass of its volume. */
  readonly storageClass: string;
  /**
   * How long samples are kept: whole days or hours, at least 24h (VictoriaMetrics' minimum).
   * @default '7d'
   */
  readonly retention?: string;
  /**
   * Size of its volume claim.
   * @default '4Gi'
   */
  readonly volumeSize?: string;
  /**
   * Requests and limits of the server.
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/**
 * VictoriaMetrics single-node (victoria-metrics-single): one StatefulSet that stores samples
 * pushed to it by Prometheus remote write and answers the Prometheus query API. It runs in the
 * fixed namespace {@link HUB_VICTORIA_METRICS_SERVICE}, so experiments reach it by name.
 * The hub's Prometheus forwards every sample it scrapes to {@link remoteWriteUrl} (ADR 0120),
 * so both hold the same series.
 */
export class VictoriaMetrics extends Component {
  /** The in-cluster base URL of its HTTP API (`/api/v1/query`, `/api/v1/write`, `/metrics`). */
  public readonly url: string;
  /** Where Prometheus remote write sends samples. */
  public readonly remoteWriteUrl: string;
  /** How long samples are kept, as VictoriaMetrics reads it (`7d`, `36h`). */
  public readonly retentionPeriod: string;
  /** Its own metrics (`vm_*`), scraped by the hub's Prometheus. */
  public readonly metrics: MetricsEndpoint;
  /** Its Grafana data source: VictoriaMetrics answers Prometheus' query API, so of type `prometheus`. */
  public readonly datasource: GrafanaDatasource;

  public constructor(scope: Construct, id: string, props: VictoriaMetricsProps) {
    super(scope, id, props, {
      name: 'victoria-metrics',
      namespace: HUB_VICTORIA_METRICS_SERVICE.namespace,
    });
    const where = this.node.path;
    this.retentionPeriod = retentionPeriod(where, props.retention ?? '7d');
    const values: VictoriaMetricsSingleValues = {
      server: {
        fullnameOverride: HUB_VICTORIA_METRICS_SERVICE.name,
        image: { tag: IMAGE_TAG },
        retentionPeriod: this.retentionPeriod,
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
        }),
        persistentVolume: {
          enabled: true,
          storageClassName: checkLabelName(where, 'storageClass', props.storageClass),
          size: checkQuantity(where, 'volumeSize', props.volumeSize ?? '4Gi'),
        },
        // The chart's defaults leave both contexts empty, so the server would run as root.
        podSecurityContext: {
          enabled: true, runAsNonRoot: true, runAsUser: NOBODY, runAsGroup: NOBODY, fsGroup: NOBODY,
          seccompProfile: { type: 'RuntimeDefault' },
        },
        securityContext: {
          enabled: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] },
        },
      },
    };
    this.installChart(props.chart, values);
    this.url = `http://${serviceHost(HUB_VICTORIA_METRICS_SERVICE.name, this.namespace)}:${HTTP_PORT}`;
    this.remoteWriteUrl = `${this.url}/api/v1/write`;
    this.datasource = new GrafanaDatasource(this.objects, 'Datasource', {
      name: 'VictoriaMetrics', uid: VICTORIA_METRICS_DATASOURCE_UID, type: 'prometheus', url: this.url, namespace: this.namespace,
    });
    // The server serves its own metrics on the `http` container port (chart 0.45.0, templates/server.yaml).
    this.metrics = scrape(this, {
      job: 'victoria-metrics', target: 'pod', namespace: this.namespace,
      selector: victoriaMetricsPodLabels(this.componentName), port: 'http',
    });
  }
}

/**
 * A lab duration as VictoriaMetrics' `-retentionPeriod` reads it: whole days as `d`, else whole
 * hours as `h` (its `m` would mean months), never below its minimum of 24 hours.
 */
function retentionPeriod(where: string, value: string): string {
  const seconds = durationSeconds(checkLabDuration(where, 'retention', value));
  if (seconds % 3600 !== 0 || seconds < 86_400) {
    throw new ValidationError(where, 'retention', value, 'whole hours, at least 24h (VictoriaMetrics keeps no less)');
  }
  return seconds % 86_400 === 0 ? `${seconds / 86_400}d` : `${seconds / 3600}h`;
}
