import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { checkLabDuration, goDuration } from '../core/duration';
import { GrafanaDatasource } from '../grafana/grafana-datasource';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { S3Bucket } from '../seaweedfs/object-store';
import { TEMPO_SERVICE, TRACE_BACKENDS, TraceBackend } from './trace-backend';
import type { TempoValues } from './values';

export interface TempoProps extends ComponentProps {
  /** The pinned tempo chart. */
  readonly chart: HelmChart;
  /** The bucket Tempo keeps its blocks in; its store gives the endpoint and the credentials. */
  readonly bucket: S3Bucket;
  /** The StorageClass of the write-ahead log's volume. */
  readonly storageClass: string;
  /**
   * Size of the write-ahead log's volume (blocks being built before they are flushed to the bucket).
   * @default '2Gi'
   */
  readonly walSize?: string;
  /**
   * How long blocks are kept in the bucket before the compactor deletes them.
   * @default '24h'
   */
  readonly retention?: string;
  /**
   * Requests and limits of the one Tempo process (distributor, ingester, querier and compactor).
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** The Tempo image's own user (chart 2.2.4 `securityContext.runAsUser`). */
const TEMPO_USER = 10001;
/** Where the chart mounts the persistent volume (templates/statefulset.yaml). */
const DATA_PATH = '/var/tempo';

/**
 * Grafana Tempo in single-binary mode (chart tempo 2.2.4, Tempo 2.10.8): one StatefulSet that
 * receives OTLP, keeps its write-ahead log on a volume claim and flushes blocks to an S3 bucket of
 * the lab's store. The bucket's key pair comes from OpenBao through External Secrets into Tempo's
 * namespace and reaches Tempo as `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, which Tempo's S3
 * client reads (Tempo's S3 documentation, "Authentication"); Git holds neither. Anonymous usage
 * reporting to Grafana Labs is off.
 */
export class Tempo extends Component {
  /** The handle clients use: OTLP endpoint, query URL, measurement queries. */
  public readonly backend: TraceBackend = TRACE_BACKENDS.tempo;
  /** Its Grafana data source, the handle dashboards use. */
  public readonly datasource: GrafanaDatasource;
  /** The bucket it writes to. */
  public readonly bucket: S3Bucket;

  public constructor(scope: Construct, id: string, props: TempoProps) {
    super(scope, id, props, { name: TEMPO_SERVICE.name, namespace: TEMPO_SERVICE.namespace });
    const where = this.node.path;
    const store = props.bucket.store;
    const retention = checkLabDuration(where, 'retention', props.retention ?? '24h');
    const credentials = store.credentialsFor(this.objects, this.namespace);
    const values: TempoValues = {
      tempo: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
        }),
        reportingEnabled: false,
        retention: goDuration(retention),
        storage: {
          trace: {
            backend: 's3',
            // SeaweedFS serves buckets by path, not by virtual host.
            s3: { bucket: props.bucket.name, endpoint: store.endpoint, insecure: store.insecure, forcepathstyle: true },
            wal: { path: `${DATA_PATH}/wal` },
          },
        },
        extraEnv: [
          { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: credentials.secretName, key: credentials.accessKeyKey } } },
          { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: credentials.secretName, key: credentials.secretKeyKey } } },
        ],
        securityContext: {
          runAsNonRoot: true, runAsUser: TEMPO_USER, runAsGroup: TEMPO_USER,
          allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] },
        },
      },
      persistence: {
        enabled: true,
        storageClassName: checkLabelName(where, 'storageClass', props.storageClass),
        size: checkQuantity(where, 'walSize', props.walSize ?? '2Gi'),
      },
    };
    this.installChart(props.chart, values);
    // Grafana's server proxies the queries to the store's query API.
    this.datasource = new GrafanaDatasource(this.objects, 'Datasource', {
      name: 'Tempo', uid: 'tempo', type: 'tempo', url: this.backend.queryUrl, namespace: this.namespace,
    });
    this.bucket = props.bucket;
    if (Construct.isConstruct(store)) recordWiring(this, store, 'trace blocks');
    // The container serves /metrics on its `prom-metrics` port (3200); the chart labels the pod
    // app.kubernetes.io/name=tempo and app.kubernetes.io/instance=<release> ("tempo.selectorLabels").
    scrape(this, {
      job: 'tempo', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'tempo', 'app.kubernetes.io/instance': this.componentName }, port: 'prom-metrics',
    });
  }
}
