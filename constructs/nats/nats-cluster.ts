import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { serviceHost } from '../core/service-host';
import { ValidationError } from '../core/errors';
import { checkInteger, checkQuantity } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import { JetStreamStream, JetStreamStreamOptions } from './jetstream-stream';
import type { INatsCluster } from './nats-cluster-ref';
import type { NatsValues } from './values';

export interface NatsClusterProps extends ComponentProps {
  /** The pinned nats chart. */
  readonly chart: HelmChart;
  /**
   * The release's name: the client Service, the StatefulSet and the Application.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace of the servers.
   * @default 'nats'
   */
  readonly namespace?: string;
  /**
   * Servers; with more than one they form a cluster and streams can be replicated. JetStream's
   * Raft groups need a majority, so 2 servers tolerate no more failures than 1.
   * @default 3
   */
  readonly replicas?: number;
  /**
   * Size of each server's JetStream file store: its persistent volume claim and JetStream's limit.
   * @default '10Gi'
   */
  readonly storageSize?: string;
  /**
   * StorageClass of the claims.
   * @default - the cluster's default StorageClass
   */
  readonly storageClass?: string;
  /**
   * Requests and limits of each server's `nats` container.
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
}

/** NATS' default `max_payload` (1 MiB), which the chart leaves as it is. */
const NATS_MAX_PAYLOAD = 1_048_576;
/** The client port of the chart's Service. */
const CLIENT_PORT = 4222;

/**
 * A NATS cluster with JetStream on persistent volumes, installed with the pinned nats chart into
 * an experiment's namespace: a StatefulSet of servers, their client Service and Prometheus'
 * exporter beside each server. Streams are declared with {@link addStream} and created by the
 * hub's nack controller.
 *
 * @example
 * const nats = new NatsCluster(experiment, 'nats', { chart: CHARTS.nats, namespace, replicas: 3 });
 * const orders = nats.addStream('orders', { replicas: 3 });
 * nats.url; // 'nats://nats.<namespace>.svc.cluster.local:4222'
 */
export class NatsCluster extends Component implements INatsCluster {
  public readonly clusterName: string;
  public readonly replicas: number;
  public readonly persistent = true;
  public readonly maxPayload = NATS_MAX_PAYLOAD;
  /** The servers' metrics (the chart's prometheus-nats-exporter), for dashboards. */
  public readonly metrics: MetricsEndpoint;
  private readonly streams = new Map<string, JetStreamStream>();

  public constructor(scope: Construct, id: string, props: NatsClusterProps) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? 'nats' });
    const where = this.node.path;
    this.clusterName = this.componentName;
    this.replicas = checkInteger(where, 'replicas', props.replicas ?? 3, 1, 9);
    const storageSize = checkQuantity(where, 'storageSize', props.storageSize ?? '10Gi');
    if (!/^[0-9]+(Mi|Gi|Ti)$/.test(storageSize)) {
      throw new ValidationError(where, 'storageSize', storageSize, 'a whole number of Mi, Gi or Ti: it is both the claim\'s size and JetStream\'s max_file_store');
    }
    const values: NatsValues = {
      config: {
        cluster: { enabled: this.replicas > 1, replicas: this.replicas },
        jetstream: {
          enabled: true,
          fileStore: {
            enabled: true,
            pvc: { enabled: true, size: storageSize, ...(props.storageClass ? { storageClassName: props.storageClass } : {}) },
            maxSize: storageSize,
          },
          memoryStore: { enabled: false },
        },
      },
      container: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
        }),
      },
      promExporter: { enabled: true },
      // Load generators bring their own nats-box; an idle one would only add to the namespace's use.
      natsBox: { enabled: false },
    };
    // Every server of the StatefulSet has these requests and its own claim; the chart reads the
    // count from config.cluster.replicas, away from both.
    this.installChart(props.chart, values, {
      replicatedValues: { 'container.resources': this.replicas, 'config.jetstream.fileStore.pvc': this.replicas },
    });
    // The chart runs prometheus-nats-exporter beside each server on container port `prom-metrics`
    // (7777), with JetStream figures (-jsz=all), and labels the server pods app.kubernetes.io/name=nats,
    // instance=<release>, component=nats (chart 2.14.2: files/stateful-set/prom-exporter-container.yaml,
    // "nats.selectorLabels").
    this.metrics = scrapeFromOwnFolder(this, {
      job: `${this.clusterName}-nats`, target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'nats', 'app.kubernetes.io/instance': this.componentName, 'app.kubernetes.io/component': 'nats' },
      port: 'prom-metrics',
    });
  }

  public get url(): string {
    return `nats://${serviceHost(this.clusterName, this.namespace)}:${CLIENT_PORT}`;
  }

  /** Declares a JetStream stream on this cluster and returns its handle. */
  public addStream(name: string, options: JetStreamStreamOptions = {}): JetStreamStream {
    if (this.streams.has(name)) {
      throw new ValidationError(this.node.path, 'addStream name', name, `the stream is already declared on cluster "${this.clusterName}"; each stream is declared once`);
    }
    const stream = new JetStreamStream(this.objects, `stream-${name}`, { cluster: this, streamName: name, ...options });
    this.streams.set(name, stream);
    return stream;
  }
}
