import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { GrafanaDatasource } from '../grafana/grafana-datasource';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { S3Bucket } from '../seaweedfs/object-store';
import { LOG_BACKEND_NAMES, LOG_PIPELINES, LogPipeline } from './log-pipeline';
import type { LokiValues } from './values';

/** Loki's image at the pinned chart's app version (loki 18.11.0). */
export const LOKI_VERSION = '3.7.6';

export interface LokiProps extends ComponentProps {
  /** The pinned loki chart. */
  readonly chart: HelmChart;
  /**
   * The bucket Loki keeps its chunks and index in (`store.addBucket('loki')`): the store's bucket
   * hook creates it, and the store gives the endpoint and the credentials.
   */
  readonly bucket: S3Bucket;
  /** Storage class of the write-ahead log and index cache volume. */
  readonly storageClass: string;
  /**
   * Size of the volume for the write-ahead log and the index cache (chunks live in S3).
   * @default '5Gi'
   */
  readonly volumeSize?: string;
  /**
   * How long logs are kept; the compactor deletes older chunks from the bucket.
   * @default '168h'
   */
  readonly retention?: string;
  /**
   * Requests and limits of the Loki process.
   * @default 250m/512Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/**
 * Loki in monolithic mode (one `-target=all` process in a StatefulSet) with its chunks and TSDB
 * index in a bucket of the lab's SeaweedFS. The store's key pair reaches the pod through a Secret
 * that External Secrets copies from OpenBao; Loki reads it from the environment
 * (`-config.expand-env=true`), so Git holds only `${AWS_ACCESS_KEY_ID}`. Single tenant
 * (`auth_enabled: false`), no gateway, caches or canary: a lab-sized install. Its address is
 * {@link LOG_PIPELINES}.loki's, where experiments read it.
 */
export class Loki extends Component {
  /** The pipeline whose backend this is. */
  public readonly pipeline: LogPipeline = LOG_PIPELINES.loki;
  /** The bucket holding chunks and index. */
  public readonly bucket: S3Bucket;
  /** Loki as a data source of the hub's Grafana. */
  public readonly datasource: GrafanaDatasource;

  public constructor(scope: Construct, id: string, props: LokiProps) {
    super(scope, id, props, { name: LOG_BACKEND_NAMES.lokiRelease, namespace: LOG_PIPELINES.loki.namespace });
    const where = this.node.path;
    if (typeof props.bucket?.name !== 'string' || typeof props.bucket.store?.credentialsFor !== 'function') {
      throw new ValidationError(where, 'bucket', props.bucket, 'a bucket of the lab\'s store, as objectStore.addBucket(...) returns it');
    }
    const bucket = props.bucket.name;
    const retention = props.retention ?? '168h';
    if (typeof retention !== 'string' || !/^[1-9][0-9]*h$/.test(retention)) {
      throw new ValidationError(where, 'retention', retention, 'whole hours such as 168h (Loki\'s retention_period is a multiple of the 24h index period)');
    }
    if (Number(retention.slice(0, -1)) % 24 !== 0) {
      throw new ValidationError(where, 'retention', retention, 'a multiple of 24h, the index period');
    }
    const store = props.bucket.store;
    const credentials = store.credentialsFor(this.objects, this.namespace);
    const fromSecret = (key: string) => ({ secretKeyRef: { name: credentials.secretName, key } });
    const values: LokiValues = {
      deploymentMode: 'Monolithic',
      loki: {
        auth_enabled: false,
        image: { tag: LOKI_VERSION },
        commonConfig: { replication_factor: 1 },
        storage: {
          type: 's3',
          bucketNames: { chunks: bucket, ruler: bucket, admin: bucket },
          s3: {
            endpoint: store.endpoint,
            // SeaweedFS ignores the region; the S3 client needs one to sign requests.
            region: 'us-east-1',
            // Expanded by Loki from the pod's environment (-config.expand-env=true).
            accessKeyId: '${AWS_ACCESS_KEY_ID}',
            secretAccessKey: '${AWS_SECRET_ACCESS_KEY}',
            s3ForcePathStyle: true,
            insecure: store.insecure,
          },
        },
        schemaConfig: {
          configs: [{ from: '2026-01-01', store: 'tsdb', object_store: 's3', schema: 'v13', index: { prefix: 'index_', period: '24h' } }],
        },
        // Loki's defaults (4 MB/s per tenant, 6 MB bursts) would throttle the experiment's
        // generators before the backend is measured.
        limits_config: { ingestion_rate_mb: 32, ingestion_burst_size_mb: 64, per_stream_rate_limit: '32MB', per_stream_rate_limit_burst: '64MB', retention_period: retention },
        compactor: { retention_enabled: true, delete_request_store: 's3' },
      },
      singleBinary: {
        replicas: 1,
        sidecar: false,
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' },
        }),
        extraArgs: ['-config.expand-env=true'],
        extraEnv: [
          { name: 'AWS_ACCESS_KEY_ID', valueFrom: fromSecret(credentials.accessKeyKey) },
          { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: fromSecret(credentials.secretKeyKey) },
        ],
        persistence: {
          size: checkQuantity(where, 'volumeSize', props.volumeSize ?? '5Gi'),
          storageClass: checkLabelName(where, 'storageClass', props.storageClass),
        },
      },
      // Monolithic mode runs the single binary only; the other targets' defaults are three replicas each.
      read: { replicas: 0 },
      write: { replicas: 0 },
      backend: { replicas: 0 },
      gateway: { enabled: false },
      chunksCache: { enabled: false },
      resultsCache: { enabled: false },
      // The rules sidecar (a second container with the chart's own image and no limits) loads
      // alerting rules from ConfigMaps; the lab gives Loki none.
      sidecar: { rules: { enabled: false } },
      lokiCanary: { enabled: false },
      test: { enabled: false },
    };
    this.installChart(props.chart, values);
    this.bucket = props.bucket;
    this.datasource = new GrafanaDatasource(this.objects, 'Datasource', {
      name: 'Loki', uid: 'loki', type: 'loki', url: this.pipeline.backend.url, namespace: this.namespace,
    });
    if (Construct.isConstruct(store)) recordWiring(this, store, 'chunks bucket');
    // The single binary's pod serves /metrics on its `http-metrics` port (3100); chart 18.11.0
    // labels it with the chart's name, the release and component `single-binary`.
    scrape(this, {
      job: 'loki', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'loki', 'app.kubernetes.io/instance': this.componentName, 'app.kubernetes.io/component': 'single-binary' },
      port: 'http-metrics',
    });
  }
}
