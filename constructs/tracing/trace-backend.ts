import { Capabilities } from '../catalog/capabilities';
import type { Capability } from '../catalog/capability';
import { serviceHost } from '../core/service-host';

/** The trace stores the lab can run. */
export type TraceBackendKind = 'tempo' | 'jaeger';

/**
 * A trace store as its clients see it: where OTLP goes, where traces are read, and the queries
 * that measure it. A backend is a hub capability that every hub names the same way, so objects
 * built once for every hub (an experiment's collector) can be wired to it by this handle.
 */
export interface TraceBackend {
  readonly kind: TraceBackendKind;
  /** The hub capability that runs it; a client in an experiment requires it. */
  readonly capability: Capability;
  /** Its namespace on every hub. */
  readonly namespace: string;
  /** Its Service's name. */
  readonly serviceName: string;
  /** `host:port` of its OTLP gRPC receiver. */
  readonly otlpGrpcEndpoint: string;
  /** The Service port of its query API. */
  readonly queryPort: number;
  /** Base URL of its query API, without a trailing slash. */
  readonly queryUrl: string;
  /** PromQL: spans per second it accepted over `$window`. */
  readonly spansAcceptedQuery: string;
  /** PromQL: bytes its storage took for traces over `$window`. */
  readonly storedBytesQuery: string;
}

/** Tempo 2.10 (chart tempo 2.2.4): Service `tempo`, OTLP gRPC 4317, HTTP API and metrics 3200. */
export const TEMPO_SERVICE = { name: 'tempo', namespace: 'tempo', otlpGrpcPort: 4317, httpPort: 3200 } as const;
/** Jaeger 2.19 (chart jaeger 4.11.1): Service `jaeger`, OTLP gRPC 4317, query UI and API 16686, metrics 8888. */
export const JAEGER_SERVICE = { name: 'jaeger', namespace: 'jaeger', otlpGrpcPort: 4317, queryPort: 16686, metricsPort: 8888 } as const;
/** The volume claim Jaeger's Badger store lives on. */
export const JAEGER_BADGER_CLAIM = 'jaeger-badger';

/**
 * Each backend's handle. The queries rest on: Tempo's distributor counter
 * `tempo_distributor_spans_received_total` and the ingester's `tempo_ingester_flush_size_bytes`
 * histogram (bytes of blocks flushed to the object store); Jaeger v2, an OpenTelemetry Collector
 * build, counts spans its OTLP receiver accepted in `otelcol_receiver_accepted_spans_total`; its
 * Badger files are on a volume claim whose use the kubelet reports as
 * `kubelet_volume_stats_used_bytes` (not for host-path provisioners, where the figure is null).
 */
export const TRACE_BACKENDS: { readonly [K in TraceBackendKind]: TraceBackend } = {
  tempo: {
    kind: 'tempo',
    capability: Capabilities.tempo,
    namespace: TEMPO_SERVICE.namespace,
    serviceName: TEMPO_SERVICE.name,
    otlpGrpcEndpoint: `${serviceHost(TEMPO_SERVICE.name, TEMPO_SERVICE.namespace)}:${TEMPO_SERVICE.otlpGrpcPort}`,
    queryPort: TEMPO_SERVICE.httpPort,
    queryUrl: `http://${serviceHost(TEMPO_SERVICE.name, TEMPO_SERVICE.namespace)}:${TEMPO_SERVICE.httpPort}`,
    spansAcceptedQuery: `sum(rate(tempo_distributor_spans_received_total{namespace="${TEMPO_SERVICE.namespace}"}[$window]))`,
    storedBytesQuery: `sum(increase(tempo_ingester_flush_size_bytes_sum{namespace="${TEMPO_SERVICE.namespace}"}[$window]))`,
  },
  jaeger: {
    kind: 'jaeger',
    capability: Capabilities.jaeger,
    namespace: JAEGER_SERVICE.namespace,
    serviceName: JAEGER_SERVICE.name,
    otlpGrpcEndpoint: `${serviceHost(JAEGER_SERVICE.name, JAEGER_SERVICE.namespace)}:${JAEGER_SERVICE.otlpGrpcPort}`,
    queryPort: JAEGER_SERVICE.queryPort,
    queryUrl: `http://${serviceHost(JAEGER_SERVICE.name, JAEGER_SERVICE.namespace)}:${JAEGER_SERVICE.queryPort}`,
    spansAcceptedQuery: `sum(rate(otelcol_receiver_accepted_spans_total{namespace="${JAEGER_SERVICE.namespace}"}[$window]))`,
    storedBytesQuery: `sum(max_over_time(kubelet_volume_stats_used_bytes{namespace="${JAEGER_SERVICE.namespace}",persistentvolumeclaim="${JAEGER_BADGER_CLAIM}"}[$window]))`
      + ` - sum(min_over_time(kubelet_volume_stats_used_bytes{namespace="${JAEGER_SERVICE.namespace}",persistentvolumeclaim="${JAEGER_BADGER_CLAIM}"}[$window]))`,
  },
};
