import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Pooler, PoolerSpecTemplateSpecContainersResourcesLimits, PoolerSpecTemplateSpecContainersResourcesRequests, PoolerSpecType } from '../../imports/cnpg-pooler-postgresql.cnpg.io';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkOneOf } from '../core/validation';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { PostgresCluster } from './postgres-cluster';
import { POSTGRES_PORT, PostgresEndpoint } from './postgres-endpoint';

/** When PgBouncer hands a server connection back to the pool. */
export type PgBouncerPoolMode = 'session' | 'transaction';

export interface PostgresPoolerProps {
  /** The cluster whose primary it pools connections to. */
  readonly cluster: PostgresCluster;
  /**
   * Name of the Pooler and its Service; it must differ from every cluster's name.
   * @default '<cluster>-pooler'
   */
  readonly name?: string;
  /**
   * PgBouncer pods.
   * @default 1
   */
  readonly instances?: number;
  /**
   * `transaction` shares server connections between clients at each transaction's end;
   * `session` keeps one per client connection.
   * @default 'transaction'
   */
  readonly poolMode?: PgBouncerPoolMode;
  /**
   * Server connections per database and user (`default_pool_size`).
   * @default 20
   */
  readonly poolSize?: number;
  /**
   * Client connections PgBouncer accepts (`max_client_conn`).
   * @default 1000
   */
  readonly maxClientConnections?: number;
  /**
   * Requests and limits of each PgBouncer container.
   * @default 100m/64Mi requested, 500m/128Mi limit
   */
  readonly resources?: Resources;
}

/**
 * A CloudNativePG Pooler: PgBouncer pods in front of a cluster's primary, written into the
 * cluster's folder (and synced with it). {@link endpoint} is its handle; clients use the cluster's database and owner
 * (the pooler authenticates them through the cluster, so no password is set here).
 */
export class PostgresPooler extends Construct {
  public readonly poolerName: string;
  public readonly poolMode: PgBouncerPoolMode;
  /** The pooler's Service, read-write like the primary behind it. */
  public readonly endpoint: PostgresEndpoint;
  /** PgBouncer's metrics. */
  public readonly metrics: MetricsEndpoint;

  public constructor(scope: Construct, id: string, props: PostgresPoolerProps) {
    super(scope, id);
    const where = this.node.path;
    const cluster = props.cluster;
    const name = checkLabelName(where, 'name', props.name ?? `${cluster.clusterName}-pooler`);
    if (name === cluster.clusterName) {
      throw new ValidationError(where, 'name', name, 'a name other than its cluster\'s: CloudNativePG refuses a Pooler named like a Cluster');
    }
    const instances = checkInteger(where, 'instances', props.instances ?? 1, 1, 9);
    this.poolMode = checkOneOf(where, 'poolMode', props.poolMode ?? 'transaction', ['session', 'transaction'] as const);
    const poolSize = checkInteger(where, 'poolSize', props.poolSize ?? 20, 1, 10_000);
    const maxClients = checkInteger(where, 'maxClientConnections', props.maxClientConnections ?? 1000, 1, 100_000);
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' },
    });
    this.poolerName = name;
    const namespace = cluster.namespace;
    this.endpoint = {
      ...cluster.readWrite, kind: 'pooler', serviceName: name, host: serviceHost(name, namespace), port: POSTGRES_PORT,
    };

    new Pooler(cluster.objects, `Pooler-${name}`, {
      metadata: { name, namespace },
      spec: {
        cluster: { name: cluster.clusterName },
        instances,
        type: PoolerSpecType.RW,
        pgbouncer: {
          poolMode: this.poolMode as any,
          parameters: { default_pool_size: String(poolSize), max_client_conn: String(maxClients) },
        },
        // The operator fills in the pgbouncer container's image and command and merges this
        // template into the pod: resources, and a pod that must not run as root (CloudNativePG's
        // PgBouncer image runs as a numeric non-root user).
        template: {
          spec: {
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: 'pgbouncer',
              resources: bindingResources(resources, PoolerSpecTemplateSpecContainersResourcesLimits, PoolerSpecTemplateSpecContainersResourcesRequests),
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            }],
          },
        },
      } as any,
    });

    // PgBouncer's exporter listens on container port `metrics` (9127); the operator labels the
    // pods cnpg.io/poolerName=<pooler> (CloudNativePG 1.30 docs, "Connection pooling", Monitoring).
    this.metrics = scrapeFromOwnFolder(cluster, {
      job: `${name}-pgbouncer`, target: 'pod', namespace, selector: { 'cnpg.io/poolerName': name }, port: 'metrics',
    });
  }
}
