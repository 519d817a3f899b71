import type { IConstruct } from 'constructs';

/** Where clients reach a {@link Valkey} server: its Service's address and port. */
export interface ValkeyEndpoint {
  /** The Service's name. */
  readonly serviceName: string;
  /** The Service's namespace. */
  readonly namespace: string;
  /** `<service>.<namespace>.svc.cluster.local`. */
  readonly host: string;
  readonly port: number;
  /** The server's image, which also carries `valkey-cli` and `valkey-benchmark`. */
  readonly image: string;
  /** The construct that serves it, for the wiring diagrams. */
  readonly server: IConstruct;
  /** The Prometheus job of its exporter's series (redis_exporter's `redis_*` metrics). */
  readonly metricsJob: string;
  /** The namespaces whose pods serve it. */
  readonly servingNamespaces: readonly string[];
}

/** Valkey's port, which the chart's Service also listens on by default. */
export const VALKEY_PORT = 6379;
