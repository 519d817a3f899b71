import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { PgbenchTest } from '../../constructs/loadgen/pgbench';
import { PostgresCluster } from '../../constructs/postgres/postgres-cluster';
import { PostgresPooler } from '../../constructs/postgres/postgres-pooler';

/** Client connections of both variants. */
const CLIENTS = 20;

/**
 * Two comparisons against one baseline, the same pgbench TPC-B-like load (20 clients, a new
 * connection per transaction) run three times in turn: `direct` straight at a one-instance
 * cluster's primary, `pooled` through a transaction-mode PgBouncer pooler in front of it, and
 * `synchronous-3` straight at the primary of a three-instance cluster whose commits wait for one
 * standby (ADR 0117). PostgreSQL forks a backend per direct connection while the pooler reuses a
 * few server connections; a synchronous commit adds a network round trip to a standby. Each run
 * recreates the tables at scale 10. The replicated cluster has its own namespace, so each
 * variant is charged only the instances it ran against.
 */
export const postgresPgbench: ExperimentDefinition = {
  name: 'postgres-pgbench',
  description: 'pgbench transactions per second and latency against PostgreSQL: direct, through a PgBouncer pooler, and with synchronous replication to a standby',
  parameters: { duration: '2m' },
  build(exp) {
    const namespace = exp.namespace();
    const pg = new PostgresCluster(exp, 'pg', {
      namespace,
      instances: 1,
      storageSize: '2Gi',
      // Room for every direct client and the pooler's server connections.
      parameters: { max_connections: 100, shared_buffers: '128MB' },
    });
    const pooler = new PostgresPooler(exp, 'pooler', { cluster: pg, poolMode: 'transaction', poolSize: 10 });
    // Three instances, each commit confirmed by any one standby before it returns.
    const replicated = new PostgresCluster(exp, 'pg-sync', {
      namespace: exp.namespace('sync'),
      instances: 3,
      storageSize: '2Gi',
      parameters: { max_connections: 100, shared_buffers: '128MB' },
      synchronous: { standbys: 1, method: 'any', dataDurability: 'required' },
    });
    // One after the other, so the variants do not compete for CPU.
    const variants = [['direct', pg, pg.readWrite], ['pooled', pg, pooler.endpoint], ['synchronous-3', replicated, replicated.readWrite]] as const;
    for (const [variant, cluster, target] of variants) {
      exp.runLoad(new PgbenchTest(exp, `bench-${variant}`, {
        name: `bench-${variant}`, cluster, target, variant, clients: CLIENTS, duration: '2m', scale: 10, mode: 'tpcb-like', connectPerTransaction: true,
      }));
    }
  },
};
