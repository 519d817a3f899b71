import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { CHARTS } from '../catalog/charts';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import { VALKEY_PORT, ValkeyEndpoint } from './valkey-endpoint';
import type { ValkeyValues } from './values';

/** The Valkey release the lab runs: the pinned chart's appVersion (valkey 0.11.0). */
export const VALKEY_VERSION = '9.1.1';
/** The redis_exporter the chart's metrics sidecar runs (its default in chart 0.11.0). */
const EXPORTER_TAG = 'v1.79.0';
/** The chart's pod runs as uid and gid 1000 (`podSecurityContext` in its defaults). */
const CHART_USER = 1000;

export interface ValkeyProps extends ComponentProps {
  /**
   * Name of the release, its Deployment and its Service.
   * @default - the construct's id
   */
  readonly name?: string;
  /**
   * Namespace of the server.
   * @default 'valkey'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the server's container.
   * @default 250m/256Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * Size of a volume claim for the data; without it the data lives in the pod's emptyDir and
   * goes with the pod, as a cache's may.
   * @default - no volume claim
   */
  readonly storageSize?: string;
  /**
   * StorageClass of the data volume; only with `storageSize`.
   * @default - the cluster's default StorageClass
   */
  readonly storageClass?: string;
  /**
   * The pinned chart.
   * @default CHARTS.valkey
   */
  readonly chart?: HelmChart;
}

/**
 * One standalone Valkey server installed with the official chart (valkey 0.11.0): no
 * authentication, no replicas, its image pinned to {@link VALKEY_VERSION}. Clients reach it through
 * {@link endpoint}; its redis_exporter sidecar is scraped. It is a part of the experiment that
 * creates it, so a hub runs Valkey only while such an experiment is enabled.
 *
 * @example
 * const cache = new Valkey(exp, 'valkey', { namespace: exp.namespace() });
 * exp.runLoad(new ValkeyBenchmark(exp, 'bench', { target: cache.endpoint, payloadBytes: 128 }));
 */
export class Valkey extends Component {
  /** The address and port of its Service. */
  public readonly endpoint: ValkeyEndpoint;
  /** The exporter's metrics. */
  public readonly metrics: MetricsEndpoint;

  public constructor(scope: Construct, id: string, props: ValkeyProps = {}) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? 'valkey' });
    const where = this.node.path;
    const name = checkLabelName(where, 'name', this.componentName);
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const storageSize = props.storageSize === undefined ? undefined : checkQuantity(where, 'storageSize', props.storageSize);
    if (props.storageClass !== undefined && storageSize === undefined) {
      throw new ValidationError(where, 'storageClass', props.storageClass, 'only together with storageSize: without it the data is in an emptyDir');
    }
    const storageClass = props.storageClass === undefined ? undefined : checkLabelName(where, 'storageClass', props.storageClass);
    const image = `docker.io/valkey/valkey:${VALKEY_VERSION}`;

    const values: ValkeyValues = {
      // The chart would name everything `<release>-valkey` unless the release holds "valkey".
      fullnameOverride: name,
      image: { tag: VALKEY_VERSION },
      resources,
      // The init container only writes the configuration file.
      initResources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '32Mi' } },
      service: { port: VALKEY_PORT },
      dataStorage: storageSize === undefined
        ? { enabled: false }
        : { enabled: true, requestedSize: storageSize, ...(storageClass ? { className: storageClass } : {}) },
      metrics: {
        enabled: true,
        exporter: {
          image: { tag: EXPORTER_TAG },
          resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
          // The chart gives the sidecar no security context of its own.
          securityContext: {
            runAsNonRoot: true, runAsUser: CHART_USER, allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] },
          },
        },
      },
    };
    this.installChart(props.chart ?? CHARTS.valkey, values);

    // The exporter sidecar listens on container port `metrics` (9121); the pod carries the chart's
    // selector labels app.kubernetes.io/name=valkey and app.kubernetes.io/instance=<release>
    // (chart 0.11.0, templates/deploy_valkey.yaml and _helpers.tpl). The chart's own PodMonitor
    // stays off: the monitor goes into this part's folder like every experiment part's.
    this.metrics = scrapeFromOwnFolder(this, {
      job: `${name}-valkey`, target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'valkey', 'app.kubernetes.io/instance': name }, port: 'metrics',
    });
    this.endpoint = {
      serviceName: name, namespace: this.namespace, host: serviceHost(name, this.namespace),
      port: VALKEY_PORT, image, server: this, metricsJob: this.metrics.job, servingNamespaces: [this.namespace],
    };
  }
}
