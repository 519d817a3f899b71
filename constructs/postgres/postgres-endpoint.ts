/** A database in a {@link PostgresCluster} and the role that owns it. */
export interface PostgresDatabase {
  /** The database's name. */
  readonly name: string;
  /** The role that owns it. */
  readonly owner: string;
  /**
   * The `kubernetes.io/basic-auth` Secret CloudNativePG generates for the owner (keys `username`,
   * `password`, `host`, `port`, `dbname`, `uri`): it lives only in the cluster, never in Git.
   */
  readonly secretName: string;
}

/** Where clients reach a PostgreSQL database: a cluster's service or a pooler in front of it. */
export interface PostgresEndpoint {
  /** What serves it, for messages and results: `cluster` or `pooler`. */
  readonly kind: 'cluster' | 'pooler';
  /** The Service's name. */
  readonly serviceName: string;
  /** The Service's namespace. */
  readonly namespace: string;
  /** `<service>.<namespace>.svc.cluster.local`. */
  readonly host: string;
  readonly port: number;
  /** Whether it accepts writes (the primary) or only reads (the replicas). */
  readonly access: 'read-write' | 'read-only';
  /** The database and its owner's credentials. */
  readonly database: PostgresDatabase;
  /** The cluster's read-write service, where schema changes go whatever this endpoint is. */
  readonly primaryHost: string;
  /** The namespace whose pods serve it: the cluster's, and a pooler's too. */
  readonly servingNamespaces: readonly string[];
}

/** PostgreSQL's port; CloudNativePG's services and PgBouncer poolers listen on it. */
export const POSTGRES_PORT = 5432;
