import type { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { serviceHost } from '../core/service-host';
import { checkLabelName } from '../core/validation';
import { IOpenBaoSecretStore, OpenBaoSecret } from '../external-secrets/openbao-secret';
import type { IObjectStore, S3Bucket, S3CredentialsSecret } from './object-store';

/**
 * The hub's ClusterSecretStore as experiments reach it: every hub names it `openbao` and reads
 * OpenBao's KV mount `secret` through it (ExternalSecrets and OpenBao constructs; a test checks
 * that a hub's objects match).
 */
export const HUB_SECRET_STORE: IOpenBaoSecretStore = { storeName: 'openbao', kvMount: 'secret' };

/**
 * The bucket of PostgreSQL backups: the hub creates it with the Barman Cloud plugin, the
 * capability of every cluster with backups (hub/catalog.ts).
 */
export const BACKUPS_BUCKET = 'backups';

/** Buckets experiments may use: each is created on a hub that runs what the experiment requires. */
const HUB_BUCKETS: readonly string[] = [BACKUPS_BUCKET];

/**
 * The hub's SeaweedFS as experiments reach it. An experiment is built once for every hub, so it
 * cannot be handed the hub's `SeaweedFs`; like Prometheus' address (HUB_PROMETHEUS_SERVICE), the
 * store's address, key pair and bucket are the same on every hub, and a test checks them against
 * a hub. Credentials reach an experiment's namespace through the hub's ClusterSecretStore, from the
 * OpenBao secret the store itself reads (`seaweedfs/s3`): nothing secret is in Git.
 */
export const HUB_OBJECT_STORE: IObjectStore = {
  endpoint: `${serviceHost('seaweedfs-all-in-one', 'seaweedfs')}:8333`,
  url: `http://${serviceHost('seaweedfs-all-in-one', 'seaweedfs')}:8333`,
  insecure: true,
  bucket(name: string): S3Bucket {
    if (!HUB_BUCKETS.includes(name)) {
      throw new ValidationError('hub object store', 'bucket', name, `a bucket experiments use: ${HUB_BUCKETS.join(', ')}`);
    }
    return { name, store: HUB_OBJECT_STORE };
  },
  credentialsFor(scope: Construct, namespace: string): S3CredentialsSecret {
    checkLabelName(scope.node.path, 'credentials namespace', namespace);
    const secret = new OpenBaoSecret(scope, `S3Credentials-${namespace}`, {
      store: HUB_SECRET_STORE,
      name: 'seaweedfs-s3-credentials',
      namespace,
      data: {
        accessKey: { key: 'seaweedfs/s3', property: 'access-key' },
        secretKey: { key: 'seaweedfs/s3', property: 'secret-key' },
      },
    });
    return { secretName: secret.secretName, namespace, accessKeyKey: 'accessKey', secretKeyKey: 'secretKey' };
  },
};
