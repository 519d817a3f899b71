import type { Capability } from '../catalog/capability';
import type { Measurement } from '../results/run-plan';
import { Capabilities } from '../catalog/capabilities';
import { serviceHost } from '../core/service-host';

/** The pod label a log pipeline's collector selects: only pods that carry it are shipped. */
export const LOG_PIPELINE_LABEL = 'illmlab.xyz/log-pipeline';

/** The log backends the lab can run. */
export type LogBackendKind = 'loki' | 'elasticsearch';

/** How a pipeline's backend is queried and sized by a workflow step. */
export interface LogBackendApi {
  readonly kind: LogBackendKind;
  /** The backend's HTTP API, plain HTTP inside the cluster. */
  readonly url: string;
  /** For Elasticsearch: the index its collector writes to; for Loki: the label holding the pipeline. */
  readonly index?: string;
}

/**
 * A log pipeline of the hub: a collector that ships the logs of labelled pods to a backend. Hubs
 * build the collector and backend from it ({@link Loki}, {@link Alloy}, {@link FluentBit}, ...),
 * experiments aim log generators at it: both sides read names and addresses from this one handle,
 * because an experiment is built once for every hub and cannot be handed the hub's components.
 */
export class LogPipeline {
  public constructor(
    /** The pipeline's name, the value of {@link LOG_PIPELINE_LABEL} its collector selects. */
    public readonly name: string,
    /** The hub capability that runs it; an experiment that uses the pipeline requires it. */
    public readonly capability: Capability,
    /** The namespace its backend and collector run in: a variant using it is charged for it. */
    public readonly namespace: string,
    /** How its backend is queried. */
    public readonly backend: LogBackendApi,
    /**
     * Figures of the pipeline that Prometheus holds (its components are scraped), evaluated at
     * the end of a variant's window (`$window`).
     */
    public readonly measurements: readonly Measurement[],
  ) {}

  /** The labels a pod carries to have its logs shipped by this pipeline. */
  public get podLabels(): Readonly<Record<string, string>> {
    return { [LOG_PIPELINE_LABEL]: this.name };
  }

  public toString(): string {
    return this.name;
  }
}

/** Loki's Service in monolithic mode is the release's name; its HTTP port is 3100 (chart 18.11.0). */
const LOKI = { release: 'loki', namespace: 'logs-loki', port: 3100 } as const;
/** ECK names an Elasticsearch's HTTP Service `<name>-es-http`, port 9200. */
const ELASTIC = { cluster: 'logs', namespace: 'logs-elastic', port: 9200, index: 'lab-logs' } as const;

/** The lab's log pipelines, each a capability a hub installs on demand (ADR 0124). */
export const LOG_PIPELINES = {
  /** Grafana Alloy shipping to Loki (monolithic, chunks in the lab's S3 store). */
  loki: new LogPipeline('loki', Capabilities.lokiLogs, LOKI.namespace, {
    kind: 'loki', url: `http://${serviceHost(LOKI.release, LOKI.namespace)}:${LOKI.port}`,
  }, [
    // What Loki's distributor took in over the window: the lines as Alloy pushed them.
    { name: 'backendBytesReceived', unit: 'bytes', query: 'sum(increase(loki_distributor_bytes_received_total{job="loki"}[$window]))' },
  ]),
  /** Fluent Bit shipping to Elasticsearch (ECK), with Kibana beside it. */
  elasticsearch: new LogPipeline('elasticsearch', Capabilities.elasticLogs, ELASTIC.namespace, {
    kind: 'elasticsearch', url: `http://${serviceHost(`${ELASTIC.cluster}-es-http`, ELASTIC.namespace)}:${ELASTIC.port}`, index: ELASTIC.index,
  }, [
    // What Fluent Bit's outputs sent over the window: the lines with the pods' metadata it adds.
    { name: 'backendBytesReceived', unit: 'bytes', query: 'sum(increase(fluentbit_output_proc_bytes_total{job="fluent-bit"}[$window]))' },
  ]),
} as const;

/** Names the hub's log components use, shared with {@link LOG_PIPELINES}. */
export const LOG_BACKEND_NAMES = { lokiRelease: LOKI.release, lokiPort: LOKI.port, elasticCluster: ELASTIC.cluster, elasticIndex: ELASTIC.index } as const;
