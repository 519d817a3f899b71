import { Construct } from 'constructs';
import {
  ObjectStore, ObjectStoreSpecConfigurationDataCompression, ObjectStoreSpecConfigurationWalCompression,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits, ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
} from '../../imports/barman-objectstore-barmancloud.cnpg.io';
import {
  ScheduledBackup, ScheduledBackupSpecBackupOwnerReference, ScheduledBackupSpecMethod,
} from '../../imports/cnpg-scheduledbackup-postgresql.cnpg.io';
import { ValidationError } from '../core/errors';
import { checkOneOf } from '../core/validation';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import type { S3Bucket } from '../seaweedfs/object-store';
import { BARMAN_CLOUD_PLUGIN } from './barman-cloud-plugin';

/** How a {@link PostgresCluster} is backed up: where to, how often, for how long. */
export interface PostgresBackupProps {
  /** The bucket WAL and base backups go to, under `<namespace>/<cluster>/`. */
  readonly bucket: S3Bucket;
  /**
   * When a base backup is taken: six cron fields, seconds first (CloudNativePG's format).
   * @default '0 0 3 * * *' (daily at 03:00)
   */
  readonly schedule?: string;
  /**
   * How long backups and WAL are kept: a whole number of days, weeks or months (`7d`, `4w`, `3m`).
   * @default '7d'
   */
  readonly retention?: string;
  /**
   * Compression of WAL and base backups.
   * @default 'gzip'
   */
  readonly compression?: 'gzip' | 'bzip2' | 'snappy';
  /**
   * Requests and limits of the plugin's sidecar in each instance pod.
   * @default 50m/64Mi requested, 500m/256Mi limit
   */
  readonly sidecarResources?: Resources;
}

/** What a restore needs to know of a cluster's backups. */
export interface PostgresBackupSource {
  /** The ObjectStore the cluster archives to, in its namespace. */
  readonly objectStoreName: string;
  /** The folder of the cluster's backups in the store: the cluster's name. */
  readonly serverName: string;
  readonly namespace: string;
  readonly bucket: S3Bucket;
}

/** A robfig/cron expression with seconds: six fields of digits, `*`, `/`, `,`, `-` or names. */
const SCHEDULE = /^([0-9A-Za-z*/,?-]+ ){5}[0-9A-Za-z*/,?-]+$/;

/**
 * A cluster's backups through the Barman Cloud plugin, written into the cluster's folder: the S3
 * credentials Secret (from OpenBao, through the hub's store), an `ObjectStore` pointing at the
 * bucket, and a `ScheduledBackup` that also takes a first backup as soon as the cluster is up.
 * The cluster names the plugin as its WAL archiver ({@link pluginEntry}).
 */
export class PostgresBackup extends Construct {
  public readonly source: PostgresBackupSource;
  /** The entry of the Cluster's `spec.plugins` that archives WAL to the store. */
  public readonly pluginEntry: { readonly name: string; readonly isWalArchiver: boolean; readonly parameters: Record<string, string> };

  public constructor(scope: Construct, id: string, props: PostgresBackupProps & { readonly where: string; readonly clusterName: string; readonly namespace: string }) {
    super(scope, id);
    const { where, clusterName, namespace } = props;
    const bucket = props.bucket;
    if (typeof bucket?.name !== 'string' || typeof bucket.store?.credentialsFor !== 'function') {
      throw new ValidationError(where, 'backup.bucket', bucket, 'a bucket of an object store, such as HUB_OBJECT_STORE.bucket(\'backups\')');
    }
    const schedule = props.schedule ?? '0 0 3 * * *';
    if (typeof schedule !== 'string' || !SCHEDULE.test(schedule)) {
      throw new ValidationError(where, 'backup.schedule', schedule, 'six cron fields, seconds first, such as "0 0 3 * * *"');
    }
    const retention = props.retention ?? '7d';
    if (typeof retention !== 'string' || !/^[1-9][0-9]*[dwm]$/.test(retention)) {
      throw new ValidationError(where, 'backup.retention', retention, 'a whole number of days, weeks or months, such as 7d, 4w or 3m');
    }
    const compression = checkOneOf(where, 'backup.compression', props.compression ?? 'gzip', ['gzip', 'bzip2', 'snappy'] as const);
    const sidecar = checkResources(where, 'backup.sidecarResources', props.sidecarResources ?? {
      requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    });

    const store = bucket.store;
    const credentials = store.credentialsFor(this, namespace);
    const objectStoreName = `${clusterName}-backups`;
    new ObjectStore(this, 'ObjectStore', {
      metadata: { name: objectStoreName, namespace },
      spec: {
        configuration: {
          // Barman adds the server name (the cluster's) below this path.
          destinationPath: `s3://${bucket.name}/${namespace}/`,
          endpointUrl: store.url,
          s3Credentials: {
            accessKeyId: { name: credentials.secretName, key: credentials.accessKeyKey },
            secretAccessKey: { name: credentials.secretName, key: credentials.secretKeyKey },
          },
          wal: { compression: compression as ObjectStoreSpecConfigurationWalCompression },
          data: { compression: compression as ObjectStoreSpecConfigurationDataCompression },
        },
        retentionPolicy: retention,
        instanceSidecarConfiguration: {
          resources: bindingResources(sidecar, ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits, ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests),
        },
      },
    });
    new ScheduledBackup(this, 'ScheduledBackup', {
      metadata: { name: clusterName, namespace },
      spec: {
        cluster: { name: clusterName },
        schedule,
        // A first backup at once: point-in-time recovery needs a base backup to start from.
        immediate: true,
        method: ScheduledBackupSpecMethod.PLUGIN,
        pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN },
        // Backups go with the schedule, not with the cluster's Application.
        backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
      },
    });
    this.source = { objectStoreName, serverName: clusterName, namespace, bucket };
    this.pluginEntry = { name: BARMAN_CLOUD_PLUGIN, isWalArchiver: true, parameters: { barmanObjectName: objectStoreName } };
  }
}
