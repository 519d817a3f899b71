import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { serviceHost } from '../core/service-host';
import { checkInteger } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import type { HelmChart } from '../helm/helm-chart';
import type { HttpTarget } from '../loadgen/http-target';
import type { Measurement } from '../results/run-plan';
import { checkResources, Resources } from '../k8s/resources';
import { scrape, scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import { TRACE_BACKENDS, TraceBackend } from './trace-backend';
import type { OtelCollectorValues } from './values';

/** The collector image with the receivers, processors and exporters a Kubernetes collector needs, pinned to the chart's app version. */
export const OTEL_COLLECTOR_IMAGE = { repository: 'otel/opentelemetry-collector-k8s', tag: '0.158.0' } as const;
/** OTLP gRPC, as the chart names and numbers the port. */
const OTLP_GRPC_PORT = 4317;
/** The collector's own metrics (chart port `metrics`). */
const METRICS_PORT = 8888;

/** Where a collector is told to send OTLP: what a trace generator is aimed at. */
export interface OtlpTarget {
  /** The construct behind the target, for wiring. */
  readonly owner: Construct;
  /** `host:port` of its OTLP gRPC receiver. */
  readonly otlpGrpcEndpoint: string;
  /** Its namespace. */
  readonly namespace: string;
  /** Namespaces whose usage a load through it is charged: its own and its backend's. */
  readonly servingNamespaces: readonly string[];
  /** The trace store at the end of the path. */
  readonly backend: TraceBackend;
  /** What a load through it measures when its variant ends: the collector's and the store's figures. */
  readonly measurements: readonly Measurement[];
}

export interface OtelCollectorProps extends ComponentProps {
  /** The pinned opentelemetry-collector chart. */
  readonly chart: HelmChart;
  /** The namespace it runs in. */
  readonly namespace: string;
  /**
   * Name of its Application, folder, Helm release and Service.
   * @default 'otel-collector'
   */
  readonly name?: string;
  /** The trace store it exports to: `TRACE_BACKENDS.tempo` or `TRACE_BACKENDS.jaeger`. */
  readonly exporter: TraceBackend;
  /**
   * Collector pods.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Requests and limits of each collector.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * An OpenTelemetry Collector (chart opentelemetry-collector 0.170.0, collector 0.158.0) as a
 * Deployment that receives OTLP over gRPC and HTTP and exports traces over OTLP to one trace store,
 * a typed choice. Its whole configuration is written here (`alternateConfig`, which the chart
 * does not merge with its defaults): the OTLP receiver, a memory limiter at 80 % of the memory
 * limit, batching, the exporter, the health check the chart's probes call, and its own metrics on
 * 8888. The chart's Jaeger and Zipkin ports are closed. In an experiment it requires the store's
 * capability, so the hub installs the store.
 */
export class OtelCollector extends Component implements OtlpTarget {
  public readonly owner: Construct = this;
  public readonly otlpGrpcEndpoint: string;
  public readonly servingNamespaces: readonly string[];
  public readonly backend: TraceBackend;
  public readonly measurements: readonly Measurement[];
  /**
   * The query API of the store behind this collector, as a load generator's target (trace
   * lookups). Its owner is the collector: the store is a hub component, outside the experiment.
   */
  public readonly storeQuery: HttpTarget;

  public constructor(scope: Construct, id: string, props: OtelCollectorProps) {
    super(scope, id, props, { name: props.name ?? 'otel-collector', namespace: props.namespace });
    const where = this.node.path;
    const backend = props.exporter;
    if (!Object.values(TRACE_BACKENDS).includes(backend)) {
      throw new ValidationError(where, 'exporter', (backend as { kind?: string })?.kind ?? backend,
        `one of TRACE_BACKENDS (${Object.keys(TRACE_BACKENDS).join(', ')})`);
    }
    const replicas = checkInteger(where, 'replicas', props.replicas ?? 1, 1, 10);
    const name = this.componentName;
    const exporter = `otlp/${backend.kind}`;
    const config = {
      receivers: {
        otlp: { protocols: { grpc: { endpoint: `\${env:MY_POD_IP}:${OTLP_GRPC_PORT}` }, http: { endpoint: '${env:MY_POD_IP}:4318' } } },
      },
      processors: {
        memory_limiter: { check_interval: '5s', limit_percentage: 80, spike_limit_percentage: 25 },
        batch: {},
      },
      // Plain gRPC inside the cluster: the stores serve OTLP without TLS.
      exporters: { [exporter]: { endpoint: backend.otlpGrpcEndpoint, tls: { insecure: true } } },
      extensions: { health_check: { endpoint: '${env:MY_POD_IP}:13133' } },
      service: {
        extensions: ['health_check'],
        telemetry: { metrics: { readers: [{ pull: { exporter: { prometheus: { host: '${env:MY_POD_IP}', port: METRICS_PORT } } } }] } },
        pipelines: { traces: { receivers: ['otlp'], processors: ['memory_limiter', 'batch'], exporters: [exporter] } },
      },
    };
    const values: OtelCollectorValues = {
      mode: 'deployment',
      // The Service takes the component's name, whatever the release's.
      fullnameOverride: name,
      image: { ...OTEL_COLLECTOR_IMAGE },
      replicaCount: replicas,
      alternateConfig: config,
      ports: {
        'jaeger-compact': { enabled: false }, 'jaeger-thrift': { enabled: false }, 'jaeger-grpc': { enabled: false },
        zipkin: { enabled: false }, metrics: { enabled: true },
      },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
      }),
      // The image's user is 10001 (its Dockerfile); nothing is written to its root filesystem.
      securityContext: {
        runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001,
        allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] },
      },
    };
    this.installChart(props.chart, values);
    this.backend = backend;
    this.otlpGrpcEndpoint = `${serviceHost(name, this.namespace)}:${OTLP_GRPC_PORT}`;
    this.servingNamespaces = [...new Set([this.namespace, backend.namespace])].sort();
    // Collector 0.158 counts spans its exporters failed to send (after retries) in
    // otelcol_exporter_send_failed_spans_total; the store's own figures come with its handle.
    this.measurements = [
      { name: 'spansAcceptedPerSecond', unit: 'per-second', query: backend.spansAcceptedQuery },
      { name: 'storedBytes', unit: 'bytes', query: backend.storedBytesQuery },
      { name: 'spansFailedToExport', unit: 'count', query: `sum(increase(otelcol_exporter_send_failed_spans_total{namespace="${this.namespace}"}[$window]))` },
    ];
    this.storeQuery = {
      owner: this, serviceName: backend.serviceName, namespace: backend.namespace, port: backend.queryPort, url: backend.queryUrl,
      endpoints: [{ path: '/api/traces', methods: ['GET'], description: 'a trace by id, or a search' }],
    };
    const experiment = Experiment.tryOf(this);
    experiment?.require(backend.capability);
    // The chart labels the pod app.kubernetes.io/name=opentelemetry-collector and
    // app.kubernetes.io/instance=<release> ("opentelemetry-collector.selectorLabels").
    const endpoint = {
      job: name, target: 'pod' as const, namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'opentelemetry-collector', 'app.kubernetes.io/instance': name }, port: 'metrics',
    };
    // An experiment's parts are not seen by the hub's monitoring stack: their monitors go into their own folder.
    if (experiment) scrapeFromOwnFolder(this, endpoint);
    else scrape(this, endpoint);
  }
}
