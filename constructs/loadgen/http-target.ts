import { serviceHost } from '../core/service-host';
import type { IConstruct } from 'constructs';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A path a target really serves, and the methods it answers there. */
export interface HttpEndpoint {
  readonly path: string;
  readonly methods: readonly HttpMethod[];
  /** What the endpoint returns, for summaries and docs. */
  readonly description: string;
}

/**
 * Something that serves HTTP inside the cluster, as a load generator needs it: the handle an app
 * construct exposes from its Service, so no load generator is given a URL typed by hand.
 */
export interface HttpTarget {
  /** The construct behind the target (an app), for wiring and checks. */
  readonly owner: IConstruct;
  /** The Service's name. */
  readonly serviceName: string;
  /** The Service's namespace. */
  readonly namespace: string;
  /** The Service's port. */
  readonly port: number;
  /** Base URL inside the cluster, without a trailing slash: `http://<service>.<namespace>.svc.cluster.local:<port>`. */
  readonly url: string;
  /** The endpoints the target serves. */
  readonly endpoints: readonly HttpEndpoint[];
}

/** The in-cluster base URL of a Service port. */
export function serviceUrl(serviceName: string, namespace: string, port: number): string {
  return `http://${serviceHost(serviceName, namespace)}:${port}`;
}
