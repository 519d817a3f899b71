import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { PgbenchTest } from '../../constructs/loadgen/pgbench';
import { PostgresCluster } from '../../constructs/postgres/postgres-cluster';
import { PostgresPooler } from '../../constructs/postgres/postgres-pooler';

/** Client connections of both variants. */
const CLIENTS = 20;

/**
 * What PgBouncer buys clients that connect for every transaction: one PostgreSQL instance, the
 * same pgbench TPC-B-like load (20 clients, a new connection per transaction) run twice, first
 * straight at the primary's service, then through a transaction-mode PgBouncer pooler. The two
 * summaries differ only by the pooler: PostgreSQL forks a backend per direct connection, while
 * the pooler reuses a few server connections. Each run recreates the tables at scale 10.
 */
export const postgresPgbench: ExperimentDefinition = {
  name: 'postgres-pgbench',
  description: 'pgbench transactions per second and latency against PostgreSQL, direct and through a PgBouncer pooler',
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
    // One after the other, so the variants do not compete for the one instance.
    for (const [variant, target] of [['direct', pg.readWrite], ['pooled', pooler.endpoint]] as const) {
      exp.runLoad(new PgbenchTest(exp, `bench-${variant}`, {
        name: `bench-${variant}`, cluster: pg, target, variant, clients: CLIENTS, duration: '2m', scale: 10, mode: 'tpcb-like', connectPerTransaction: true,
      }));
    }
  },
};
