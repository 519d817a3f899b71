import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Cluster, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests } from '../../imports/cnpg-cluster-postgresql.cnpg.io';
import { Component, ComponentProps } from '../argocd/component';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkOneOf, checkQuantity } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import { POSTGRES_PORT, PostgresDatabase, PostgresEndpoint } from './postgres-endpoint';
import { checkPostgresParameters } from './postgres-parameters';
import { PostgresBackup, PostgresBackupProps, PostgresBackupSource } from './postgres-backup';

/** The PostgreSQL image every cluster runs unless it names another: CloudNativePG's own, PostgreSQL 18.1. */
export const DEFAULT_POSTGRES_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie';

/** Synchronous replication: a commit waits for this many standbys to confirm it. */
export interface SynchronousReplication {
  /**
   * Standbys that must confirm each commit; at most the cluster's instances less one.
   * @default 1
   */
  readonly standbys?: number;
  /**
   * `any`: any of the standbys (quorum); `first`: the first ones by priority.
   * @default 'any'
   */
  readonly method?: 'any' | 'first';
  /**
   * `required`: writes stop while too few standbys are up; `preferred`: the primary goes on alone.
   * @default 'required'
   */
  readonly dataDurability?: 'required' | 'preferred';
}

export interface PostgresClusterProps extends ComponentProps {
  /**
   * Name of the Cluster: its pods, services (`<name>-rw`, `<name>-ro`) and the owner's Secret
   * (`<name>-app`) are named after it.
   * @default - the construct's id
   */
  readonly name?: string;
  /**
   * Namespace of the cluster.
   * @default 'postgres'
   */
  readonly namespace?: string;
  /**
   * PostgreSQL instances: one primary and the rest streaming replicas.
   * @default 1
   */
  readonly instances?: number;
  /**
   * Size of each instance's data volume.
   * @default '1Gi'
   */
  readonly storageSize?: string;
  /**
   * StorageClass of the data volumes. Experiments are built once for every hub, so an experiment
   * leaves it to the cluster's default class; a hub's own database passes its environment's.
   * @default - the cluster's default StorageClass
   */
  readonly storageClass?: string;
  /**
   * Requests and limits of each instance's postgres container.
   * @default 250m/512Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * PostgreSQL parameters (`max_connections`, `shared_buffers`, ...); those the operator manages
   * are refused.
   * @default - CloudNativePG's defaults
   */
  readonly parameters?: Readonly<Record<string, string | number>>;
  /**
   * Synchronous replication; needs at least two instances.
   * @default - asynchronous replication
   */
  readonly synchronous?: SynchronousReplication;
  /**
   * The database created at bootstrap and its owner.
   * @default { name: 'app', owner: 'app' }
   */
  readonly database?: { readonly name: string; readonly owner: string };
  /**
   * The PostgreSQL image, pinned to a version (its tag starts with the major version).
   * @default DEFAULT_POSTGRES_IMAGE
   */
  readonly imageName?: string;
  /**
   * Continuous backup through the Barman Cloud plugin: WAL archiving and scheduled base backups
   * to an S3 bucket (ADR 0116).
   * @default - no backups
   */
  readonly backup?: PostgresBackupProps;
}

/**
 * A PostgreSQL cluster run by CloudNativePG: one primary and `instances - 1` streaming replicas,
 * with a database and its owner created at bootstrap. Clients reach it through typed handles: the
 * read-write service ({@link readWrite}), the read-only one ({@link readOnly}), or a PgBouncer
 * {@link PostgresPooler} in front of it; the owner's password is in the Secret CloudNativePG generates
 * ({@link database}), never in Git. Each instance's metrics exporter is scraped.
 *
 * @example
 * const pg = new PostgresCluster(exp, 'pg', { namespace: exp.namespace(), instances: 3, synchronous: { standbys: 1 } });
 * const pooler = new PostgresPooler(exp, 'pooler', { cluster: pg, poolMode: 'transaction' });
 */
export class PostgresCluster extends Component {
  /** The Cluster resource's name. */
  public readonly clusterName: string;
  public readonly instances: number;
  /** The database created at bootstrap, its owner and the owner's Secret. */
  public readonly database: PostgresDatabase;
  /** The primary, through the `<name>-rw` service. */
  public readonly readWrite: PostgresEndpoint;
  /** The replicas, through the `<name>-ro` service (none answer on a one-instance cluster). */
  public readonly readOnly: PostgresEndpoint;
  /** The PostgreSQL image, which also carries pgbench and psql. */
  public readonly imageName: string;
  /** The metrics of every instance. */
  public readonly metrics: MetricsEndpoint;
  /** Where its backups are, when it has them: what a restore reads. */
  public readonly backup?: PostgresBackupSource;

  public constructor(scope: Construct, id: string, props: PostgresClusterProps = {}) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? 'postgres' });
    const where = this.node.path;
    const name = this.componentName;
    const namespace = this.namespace;
    // CloudNativePG reconciles the cluster: an experiment that has one needs it on its hub.
    Experiment.tryOf(this)?.require(Capabilities.cloudNativePg);

    // Services are `<name>-rw` and the like; 50 leaves room for them and for pod names.
    if (name.length > 50) throw new ValidationError(where, 'name', name, 'at most 50 characters: services and pods add suffixes to it');
    this.clusterName = name;
    this.instances = checkInteger(where, 'instances', props.instances ?? 1, 1, 9);
    const storageSize = checkQuantity(where, 'storageSize', props.storageSize ?? '1Gi');
    const storageClass = props.storageClass === undefined ? undefined : checkLabelName(where, 'storageClass', props.storageClass);
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const parameters = checkPostgresParameters(where, 'parameters', props.parameters ?? {});
    const synchronous = props.synchronous === undefined ? undefined : checkSynchronous(where, props.synchronous, this.instances);
    const dbName = checkLabelName(where, 'database.name', props.database?.name ?? 'app');
    const owner = checkLabelName(where, 'database.owner', props.database?.owner ?? 'app');
    this.imageName = checkPostgresImage(where, props.imageName ?? DEFAULT_POSTGRES_IMAGE);

    // CloudNativePG names the owner's Secret `<cluster>-app` whatever the owner is called.
    this.database = { name: dbName, owner, secretName: `${name}-app` };
    const endpoint = (suffix: string, access: PostgresEndpoint['access']): PostgresEndpoint => ({
      kind: 'cluster', serviceName: `${name}-${suffix}`, namespace, host: serviceHost(`${name}-${suffix}`, namespace),
      port: POSTGRES_PORT, access, database: this.database, servingNamespaces: [namespace],
      primaryHost: serviceHost(`${name}-rw`, namespace),
    });
    this.readWrite = endpoint('rw', 'read-write');
    this.readOnly = endpoint('ro', 'read-only');

    let plugins: PostgresBackup['pluginEntry'][] = [];
    if (props.backup !== undefined) {
      // The plugin archives and backs up; the hub installs it for experiments whose clusters use it.
      Experiment.tryOf(this)?.require(Capabilities.barmanCloud);
      const backup = new PostgresBackup(this.objects, 'Backup', { ...props.backup, where, clusterName: name, namespace });
      this.backup = backup.source;
      plugins = [backup.pluginEntry];
    }

    new Cluster(this.objects, 'Cluster', {
      metadata: { name, namespace },
      spec: {
        instances: this.instances,
        imageName: this.imageName,
        storage: { size: storageSize, ...(storageClass ? { storageClass } : {}) },
        resources: bindingResources(resources, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests),
        bootstrap: { initdb: { database: dbName, owner } },
        ...(plugins.length ? { plugins } : {}),
        postgresql: {
          ...(Object.keys(parameters).length ? { parameters } : {}),
          ...(synchronous ? { synchronous } : {}),
        },
      } as any,
    });

    // Every instance runs an exporter on container port `metrics` (9187); its pods carry
    // cnpg.io/cluster=<name> and cnpg.io/podRole=instance (CloudNativePG 1.30 docs, "Monitoring").
    // The monitor goes in the cluster's own folder: experiments cannot write into a hub's.
    this.metrics = scrapeFromOwnFolder(this, {
      job: `${name}-postgres`, target: 'pod', namespace,
      selector: { 'cnpg.io/cluster': name, 'cnpg.io/podRole': 'instance' }, port: 'metrics',
    });
  }
}

function checkSynchronous(where: string, sync: SynchronousReplication, instances: number) {
  if (instances < 2) {
    throw new ValidationError(where, 'synchronous', JSON.stringify(sync), `needs at least two instances (instances is ${instances}): a standby must confirm each commit`);
  }
  return {
    method: checkOneOf(where, 'synchronous.method', sync.method ?? 'any', ['any', 'first'] as const),
    number: checkInteger(where, 'synchronous.standbys', sync.standbys ?? 1, 1, instances - 1),
    dataDurability: checkOneOf(where, 'synchronous.dataDurability', sync.dataDurability ?? 'required', ['required', 'preferred'] as const),
  };
}

/** CloudNativePG reads the major version from the tag, so it must start with one; no `latest`. */
function checkPostgresImage(where: string, image: string): string {
  const tag = typeof image === 'string' && !image.includes('@') ? image.slice(image.lastIndexOf(':') + 1) : '';
  if (typeof image !== 'string' || !image.includes(':') || !/^1[3-9](\.\d+)?(-[a-z0-9.-]+)?$/.test(tag)) {
    throw new ValidationError(where, 'imageName', image, 'an image pinned to a tag starting with a PostgreSQL major version from 13 to 19, such as 18.1-system-trixie');
  }
  return image;
}
