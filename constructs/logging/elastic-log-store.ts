import { Construct } from 'constructs';
import { Elasticsearch, ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests as StorageRequest } from '../../imports/eck-elasticsearch.k8s.elastic.co';
import { Kibana } from '../../imports/eck-kibana.k8s.elastic.co';
import { Component, ComponentProps } from '../argocd/component';
import { GrafanaDatasource } from '../grafana/grafana-datasource';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { EckOperator } from './eck-operator';
import { LOG_BACKEND_NAMES, LOG_PIPELINES, LogPipeline } from './log-pipeline';

/** The Elastic Stack version ECK runs; ECK 3.5.0 manages 8.x and 9.x. */
export const ELASTIC_STACK_VERSION = '9.1.0';

export interface ElasticLogStoreProps extends ComponentProps {
  /** The ECK operator that runs the Elasticsearch and Kibana objects. */
  readonly operator: EckOperator;
  /** Storage class of the data volume. */
  readonly storageClass: string;
  /**
   * Size of Elasticsearch's data volume.
   * @default '10Gi'
   */
  readonly volumeSize?: string;
  /**
   * Heap of the JVM in MiB; the container's memory limit must leave as much again for Lucene's
   * file cache and the JVM's own use.
   * @default 512
   */
  readonly heapMiB?: number;
  /**
   * Requests and limits of the Elasticsearch node.
   * @default 250m/1Gi requested, 1 CPU/1536Mi limit
   */
  readonly resources?: Resources;
  /**
   * Requests and limits of Kibana.
   * @default 100m/512Mi requested, 1 CPU/1Gi limit
   */
  readonly kibanaResources?: Resources;
}

/** Mebibytes of a memory quantity in Mi or Gi, as the heap check needs it. */
function mebibytes(quantity: string | undefined): number | undefined {
  const m = /^([0-9]+)(Mi|Gi)$/.exec(quantity ?? '');
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'Gi' ? 1024 : 1);
}

/**
 * The `elasticsearch` log pipeline's backend: one Elasticsearch node and a Kibana, as ECK
 * objects. HTTP is plain inside the cluster (ECK's self-signed certificate turned off) and the
 * anonymous user holds the `superuser` role, so Fluent Bit, Grafana and the workflow's probe reach
 * it without credentials, as they reach Loki (`auth_enabled: false`); its Services are ClusterIP
 * only (ADR 0125). `node.store.allow_mmap: false` spares the node a raised `vm.max_map_count`.
 */
export class ElasticLogStore extends Component {
  /** The pipeline whose backend this is. */
  public readonly pipeline: LogPipeline = LOG_PIPELINES.elasticsearch;
  /** The pipeline's index as a data source of the hub's Grafana. */
  public readonly datasource: GrafanaDatasource;

  public constructor(scope: Construct, id: string, props: ElasticLogStoreProps) {
    super(scope, id, props, { name: 'elasticsearch', namespace: LOG_PIPELINES.elasticsearch.namespace, after: [props.operator] });
    const where = this.node.path;
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '1536Mi' },
    });
    const heap = props.heapMiB ?? 512;
    const limit = mebibytes(resources.limits?.memory);
    if (!Number.isInteger(heap) || heap < 256 || (limit !== undefined && heap * 2 > limit)) {
      throw new ValidationError(where, 'heapMiB', heap, `a whole number of MiB from 256 to half the memory limit${limit !== undefined ? ` (${limit / 2})` : ''}`);
    }
    const kibanaResources = checkResources(where, 'kibanaResources', props.kibanaResources ?? {
      requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' },
    });
    const name = LOG_BACKEND_NAMES.elasticCluster;
    const plainHttp = { tls: { selfSignedCertificate: { disabled: true } } };
    new Elasticsearch(this.objects, 'Elasticsearch', {
      metadata: { name, namespace: this.namespace },
      spec: {
        version: ELASTIC_STACK_VERSION,
        http: plainHttp,
        nodeSets: [{
          name: 'default',
          count: 1,
          config: {
            'node.store.allow_mmap': false,
            'xpack.security.authc.anonymous.username': 'anonymous',
            'xpack.security.authc.anonymous.roles': 'superuser',
            'xpack.security.authc.anonymous.authz_exception': true,
          },
          podTemplate: {
            spec: {
              containers: [{
                name: 'elasticsearch',
                resources,
                env: [{ name: 'ES_JAVA_OPTS', value: `-Xms${heap}m -Xmx${heap}m` }],
              }],
            },
          },
          volumeClaimTemplates: [{
            // ECK mounts the claim of this name as the data directory.
            metadata: { name: 'elasticsearch-data' },
            spec: {
              accessModes: ['ReadWriteOnce'],
              storageClassName: checkLabelName(where, 'storageClass', props.storageClass),
              resources: { requests: { storage: StorageRequest.fromString(checkQuantity(where, 'volumeSize', props.volumeSize ?? '10Gi')) } },
            },
          }],
        }],
      },
    });
    new Kibana(this.objects, 'Kibana', {
      metadata: { name, namespace: this.namespace },
      spec: {
        version: ELASTIC_STACK_VERSION,
        count: 1,
        elasticsearchRef: { name },
        http: plainHttp,
        podTemplate: { spec: { containers: [{ name: 'kibana', resources: kibanaResources }] } },
      },
    });
    // Fluent Bit's es output stamps each record's time as @timestamp (its Time_Key default).
    this.datasource = new GrafanaDatasource(this.objects, 'Datasource', {
      name: 'Elasticsearch logs', uid: 'elasticsearch-logs', type: 'elasticsearch', url: this.pipeline.backend.url, namespace: this.namespace,
      jsonData: { index: this.pipeline.backend.index, timeField: '@timestamp' },
    });
    recordWiring(this, props.operator, 'operator');
    declareNoMetrics(this, 'Elasticsearch 9 has no Prometheus endpoint of its own; the workflow probe reads its index and store statistics');
  }
}
