import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { checkLabDuration, goDuration } from '../core/duration';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { GrafanaDatasource } from '../grafana/grafana-datasource';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { JAEGER_BADGER_CLAIM, JAEGER_SERVICE, TRACE_BACKENDS, TraceBackend } from './trace-backend';
import type { JaegerValues } from './values';

export interface JaegerProps extends ComponentProps {
  /** The pinned jaeger chart. */
  readonly chart: HelmChart;
  /** The StorageClass of the Badger volume. */
  readonly storageClass: string;
  /**
   * Size of the Badger volume.
   * @default '5Gi'
   */
  readonly size?: string;
  /**
   * How long spans are kept before Badger drops them.
   * @default '24h'
   */
  readonly retention?: string;
  /**
   * Requests and limits of the Jaeger process (collector, query and storage in one).
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** The Jaeger image's own user (chart 4.11.1 `jaeger.podSecurityContext.runAsUser`). */
const JAEGER_USER = 10001;
const BADGER_PATH = '/badger';
/** The store's name inside Jaeger's configuration. */
const STORE = 'badger_store';

/**
 * Jaeger v2 (chart jaeger 4.11.1, Jaeger 2.19.0): one Deployment running Jaeger's OpenTelemetry
 * Collector build with OTLP receivers, the query service and UI, and a Badger store on a volume
 * claim of the component's own folder. Jaeger v2 has no S3 store; Badger is its embedded
 * persistent one. The configuration is Jaeger's own (`userconfig`, passed with `--config`):
 * receivers, the `jaeger_storage` and `jaeger_query` extensions, the health check the chart's
 * probes call on 13133 at `/status`, and Prometheus metrics on 8888.
 */
export class Jaeger extends Component {
  /** The handle clients use: OTLP endpoint, query URL, measurement queries. */
  public readonly backend: TraceBackend = TRACE_BACKENDS.jaeger;
  /** Its Grafana data source, the handle dashboards use. */
  public readonly datasource: GrafanaDatasource;

  public constructor(scope: Construct, id: string, props: JaegerProps) {
    super(scope, id, props, { name: JAEGER_SERVICE.name, namespace: JAEGER_SERVICE.namespace });
    const where = this.node.path;
    const retention = goDuration(checkLabDuration(where, 'retention', props.retention ?? '24h'));
    const claim = new kplus.PersistentVolumeClaim(this.objects, 'Badger', {
      metadata: { name: JAEGER_BADGER_CLAIM, namespace: this.namespace },
      storageClassName: checkLabelName(where, 'storageClass', props.storageClass),
      storage: Size.gibibytes(gibibytes(where, checkQuantity(where, 'size', props.size ?? '5Gi'))),
      accessModes: [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
    });
    const config = {
      service: {
        extensions: ['jaeger_storage', 'jaeger_query', 'healthcheckv2'],
        pipelines: { traces: { receivers: ['otlp'], processors: ['batch'], exporters: ['jaeger_storage_exporter'] } },
        telemetry: {
          resource: { 'service.name': 'jaeger' },
          metrics: { level: 'detailed', readers: [{ pull: { exporter: { prometheus: { host: '0.0.0.0', port: JAEGER_SERVICE.metricsPort } } } }] },
        },
      },
      extensions: {
        healthcheckv2: { use_v2: true, http: { endpoint: '0.0.0.0:13133' } },
        jaeger_query: { storage: { traces: STORE } },
        jaeger_storage: {
          backends: {
            [STORE]: {
              badger: {
                directories: { keys: `${BADGER_PATH}/keys`, values: `${BADGER_PATH}/values` },
                ephemeral: false,
                ttl: { spans: retention },
              },
            },
          },
        },
      },
      receivers: { otlp: { protocols: { grpc: { endpoint: `0.0.0.0:${JAEGER_SERVICE.otlpGrpcPort}` }, http: { endpoint: '0.0.0.0:4318' } } } },
      processors: { batch: {} },
      exporters: { jaeger_storage_exporter: { trace_storage: STORE } },
    };
    const values: JaegerValues = {
      userconfig: config,
      jaeger: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
        }),
        securityContext: {
          runAsNonRoot: true, runAsUser: JAEGER_USER, runAsGroup: JAEGER_USER,
          allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] },
        },
        extraVolumes: [{ name: 'badger', persistentVolumeClaim: { claimName: claim.name } }],
        extraVolumeMounts: [{ name: 'badger', mountPath: BADGER_PATH }],
      },
    };
    this.installChart(props.chart, values);
    // Grafana's server proxies the queries to the store's query API.
    this.datasource = new GrafanaDatasource(this.objects, 'Datasource', {
      name: 'Jaeger', uid: 'jaeger', type: 'jaeger', url: this.backend.queryUrl, namespace: this.namespace,
    });
    // The chart's Deployment labels its pod app.kubernetes.io/name=jaeger, instance=<release> and
    // component=all-in-one, and opens 8888 without a port name (templates/jaeger/jaeger-deploy.yaml).
    scrape(this, {
      job: 'jaeger', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'jaeger', 'app.kubernetes.io/instance': this.componentName, 'app.kubernetes.io/component': 'all-in-one' },
      port: JAEGER_SERVICE.metricsPort,
    });
  }
}

/** Whole GiB of a quantity given in Gi (the one unit a volume size takes here). */
function gibibytes(where: string, size: string): number {
  const match = /^([1-9][0-9]*)Gi$/.exec(size);
  if (!match) throw new ValidationError(where, 'size', size, 'a whole number of Gi, such as 5Gi');
  return Number(match[1]);
}
