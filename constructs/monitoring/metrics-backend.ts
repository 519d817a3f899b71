import { Construct } from 'constructs';
import { Capabilities } from '../catalog/capabilities';
import { Experiment } from '../experiment/experiment';
import { serviceUrl, type HttpEndpoint, type HttpTarget } from '../loadgen/http-target';
import { checkOneOf } from '../core/validation';
import { HUB_VICTORIA_METRICS_SERVICE } from '../victoria-metrics/victoria-metrics';
import { HUB_PROMETHEUS_SERVICE } from './monitoring-stack';

/** The metrics stores a hub can run; each answers the Prometheus query API. */
export type MetricsBackendKind = 'prometheus' | 'victoria-metrics';

/** The stores of {@link MetricsBackendKind}, in the order experiments compare them. */
export const METRICS_BACKEND_KINDS: readonly MetricsBackendKind[] = ['prometheus', 'victoria-metrics'];

/**
 * PromQL that measures a store's ingestion over a variant's window (`$window` is the window as
 * a Prometheus duration): each returns one sample, read at the window's end.
 */
export interface IngestionQueries {
  /** CPU cores the store's container used on average. */
  readonly cpuCores: string;
  /** The most memory (working set) the store's container held. */
  readonly peakMemoryBytes: string;
  /** Bytes the store holds on disk at the window's end. */
  readonly diskBytes: string;
  /** How fast its data on disk grew, bytes per second. */
  readonly diskGrowthBytesPerSecond: string;
  /** Samples it stored per second. */
  readonly samplesPerSecond: string;
  /** Series it holds in memory (Prometheus' head; VictoriaMetrics' series of the current hour). */
  readonly activeSeries: string;
}

/** A metrics store as a query load and the results see it. */
export interface IMetricsBackend extends Construct {
  readonly kind: MetricsBackendKind;
  /** Its Prometheus-compatible query API. */
  readonly query: HttpTarget;
  /** How its ingestion is measured. */
  readonly ingestion: IngestionQueries;
}

/** The API paths every store of {@link MetricsBackendKind} answers. */
export const QUERY_API = {
  instant: { path: '/api/v1/query', methods: ['GET', 'POST'], description: 'a PromQL instant query' },
  range: { path: '/api/v1/query_range', methods: ['GET', 'POST'], description: 'a PromQL range query' },
} as const satisfies Record<string, HttpEndpoint>;

/** cAdvisor's series of one container, as kube-prometheus-stack's kubelet monitor labels them. */
function containerSelector(namespace: string, pod: string, container: string): string {
  return `namespace="${namespace}",pod=~"${pod}",container="${container}"`;
}

/**
 * How each store is found and measured. Prometheus: kube-prometheus-stack 88.5.3 names its
 * Prometheus `kube-prometheus-stack-prometheus`, whose StatefulSet's pods are
 * `prometheus-<name>-<n>` with the container `prometheus`; its own metrics carry the Service's
 * name as `job`. VictoriaMetrics: chart 0.45.0's container is `vmsingle` in a StatefulSet named
 * after the Service, scraped as job `victoria-metrics` (constructs/victoria-metrics).
 */
const BACKENDS: { readonly [K in MetricsBackendKind]: { readonly service: { readonly name: string; readonly namespace: string; readonly port: number }; readonly ingestion: IngestionQueries } } = {
  prometheus: {
    service: HUB_PROMETHEUS_SERVICE,
    ingestion: ingestionQueries(
      containerSelector(HUB_PROMETHEUS_SERVICE.namespace, `prometheus-${HUB_PROMETHEUS_SERVICE.name}-[0-9]+`, 'prometheus'),
      `job="${HUB_PROMETHEUS_SERVICE.name}",namespace="${HUB_PROMETHEUS_SERVICE.namespace}"`,
      {
        // The head's chunks on disk, the write-ahead log and the compacted blocks.
        disk: (s) => `sum(prometheus_tsdb_head_chunks_storage_size_bytes{${s}}) + sum(prometheus_tsdb_wal_storage_size_bytes{${s}}) + sum(prometheus_tsdb_storage_blocks_bytes{${s}})`,
        samples: (s) => `sum(rate(prometheus_tsdb_head_samples_appended_total{${s}}[$window]))`,
        series: (s) => `sum(prometheus_tsdb_head_series{${s}})`,
      },
    ),
  },
  'victoria-metrics': {
    service: HUB_VICTORIA_METRICS_SERVICE,
    ingestion: ingestionQueries(
      containerSelector(HUB_VICTORIA_METRICS_SERVICE.namespace, `${HUB_VICTORIA_METRICS_SERVICE.name}-[0-9]+`, 'vmsingle'),
      'job="victoria-metrics"',
      {
        disk: (s) => `sum(vm_data_size_bytes{${s}})`,
        samples: (s) => `sum(rate(vm_rows_added_to_storage_total{${s}}[$window]))`,
        series: (s) => `sum(vm_cache_entries{${s},type="storage/hour_metric_ids"})`,
      },
    ),
  },
};

function ingestionQueries(
  container: string, self: string,
  own: { disk: (s: string) => string; samples: (s: string) => string; series: (s: string) => string },
): IngestionQueries {
  const disk = own.disk(self);
  return {
    cpuCores: `sum(rate(container_cpu_usage_seconds_total{${container}}[$window]))`,
    peakMemoryBytes: `max_over_time(sum(container_memory_working_set_bytes{${container}})[$window:])`,
    diskBytes: disk,
    diskGrowthBytesPerSecond: `deriv((${disk})[$window:])`,
    samplesPerSecond: own.samples(self),
    activeSeries: own.series(self),
  };
}

export interface HubMetricsBackendProps {
  /** Which of the hub's stores. */
  readonly kind: MetricsBackendKind;
}

/**
 * One of the hub's metrics stores, seen from an experiment: experiments are built once for every
 * hub, so they reach the store by the name every hub gives it, and require the capability that
 * installs it (VictoriaMetrics; Prometheus is part of every hub's core).
 *
 * @example
 * const vm = new HubMetricsBackend(exp, 'victoria-metrics', { kind: 'victoria-metrics' });
 */
export class HubMetricsBackend extends Construct implements IMetricsBackend {
  public readonly kind: MetricsBackendKind;
  public readonly query: HttpTarget;
  public readonly ingestion: IngestionQueries;

  public constructor(scope: Construct, id: string, props: HubMetricsBackendProps) {
    const experiment = Experiment.of(scope);
    super(scope, id);
    this.kind = checkOneOf(this.node.path, 'kind', props.kind, METRICS_BACKEND_KINDS);
    const { service, ingestion } = BACKENDS[this.kind];
    if (this.kind === 'victoria-metrics') experiment.require(Capabilities.victoriaMetrics);
    this.query = {
      owner: this,
      serviceName: service.name,
      namespace: service.namespace,
      port: service.port,
      url: serviceUrl(service.name, service.namespace, service.port),
      endpoints: Object.values(QUERY_API),
    };
    this.ingestion = ingestion;
  }
}
