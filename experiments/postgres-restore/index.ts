import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { PostgresRestoreTest } from '../../constructs/loadgen/postgres-restore';
import { PostgresCluster } from '../../constructs/postgres/postgres-cluster';
import { BACKUPS_BUCKET, HUB_OBJECT_STORE } from '../../constructs/seaweedfs/hub-object-store';

/**
 * What a PostgreSQL backup is worth when it is needed: a one-instance cluster archives its WAL and
 * takes base backups through the Barman Cloud plugin to the hub's `backups` bucket. Each run
 * writes 100,000 rows, takes a backup, writes a row a second for a minute, restores into a new
 * cluster and checks the rows: the results have the time to restore and the data lost (rows and
 * seconds of writes, the RPO), which WAL archiving bounds (ADR 0118).
 */
export const postgresRestore: ExperimentDefinition = {
  name: 'postgres-restore',
  description: 'Time to restore a PostgreSQL cluster from its S3 backups, and the data lost, after a known data set is written',
  // Bounds each step: a backup and a recovery of a small database take a few minutes.
  parameters: { duration: '10m' },
  build(exp) {
    const namespace = exp.namespace();
    const pg = new PostgresCluster(exp, 'pg', {
      namespace,
      instances: 1,
      storageSize: '2Gi',
      backup: { bucket: HUB_OBJECT_STORE.bucket(BACKUPS_BUCKET), schedule: '0 0 3 * * *', retention: '7d' },
    });
    exp.runLoad(new PostgresRestoreTest(exp, 'restore', { cluster: pg, rows: 100_000, writeSeconds: 60, storageSize: '2Gi' }));
  },
};
