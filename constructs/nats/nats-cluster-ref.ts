import type { IConstruct } from 'constructs';

/** What streams and clients know of a NATS cluster; {@link NatsCluster} implements it. */
export interface INatsCluster extends IConstruct {
  /** The Helm release, also the client Service's name. */
  readonly clusterName: string;
  /** The namespace of the servers and their Service. */
  readonly namespace: string;
  /** Servers in the cluster: the most replicas a stream can have. */
  readonly replicas: number;
  /** The client address, `nats://<service>.<namespace>.svc.cluster.local:4222`. */
  readonly url: string;
  /** Whether JetStream keeps streams on persistent volumes (file storage). */
  readonly persistent: boolean;
  /** The largest message a server accepts (`max_payload`), in bytes. */
  readonly maxPayload: number;
}
