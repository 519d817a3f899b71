import { Construct } from 'constructs';
import {
  RabbitmqCluster as RabbitmqClusterL1,
  RabbitmqClusterSpecPersistenceStorage,
  RabbitmqClusterSpecResourcesLimits as Limits,
  RabbitmqClusterSpecResourcesRequests as Requests,
} from '../../imports/rabbitmq-cluster-rabbitmq.com';
import { Component, ComponentProps } from '../argocd/component';
import { Capabilities } from '../catalog/capabilities';
import { serviceHost } from '../core/service-host';
import { ValidationError } from '../core/errors';
import { checkInteger, checkPinnedImage, checkQuantity } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { IRabbitmqCluster } from './rabbitmq-cluster-ref';
import { RabbitmqQueue, RabbitmqQueueOptions } from './rabbitmq-queue';

export interface RabbitmqClusterProps extends ComponentProps {
  /**
   * The RabbitmqCluster's name: its Service, its pods' prefix and its Application.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace of the cluster.
   * @default 'rabbitmq'
   */
  readonly namespace?: string;
  /**
   * Nodes. Quorum queues and streams replicate over them; an odd number keeps a majority
   * when one is lost.
   * @default 3
   */
  readonly replicas?: number;
  /**
   * Size of each node's persistent volume claim.
   * @default '10Gi'
   */
  readonly storageSize?: string;
  /**
   * StorageClass of the claims.
   * @default - the cluster's default StorageClass
   */
  readonly storageClass?: string;
  /**
   * Requests and limits of each node's `rabbitmq` container.
   * @default 250m/1Gi requested, 1 CPU/2Gi limit
   */
  readonly resources?: Resources;
  /**
   * The broker image, pinned.
   * @default 'rabbitmq:4.2.6-management'
   */
  readonly image?: string;
}

/** RabbitMQ's default largest message (`max_message_size`, 16 MiB since 3.8). */
const RABBITMQ_MAX_MESSAGE = 16 * 1024 * 1024;
const AMQP_PORT = 5672;
const STREAM_PORT = 5552;

/**
 * A RabbitMQ cluster run by the hub's RabbitMQ cluster operator: one RabbitmqCluster with
 * persistent volumes and the stream plugin, in an experiment's namespace. The operator writes
 * its Service (`<name>`, AMQP on 5672, streams on 5552, Prometheus on 15692) and its default
 * user's Secret (`<name>-default-user`), which clients read credentials from: no password
 * passes through Git. Queues are declared with {@link addQueue}.
 *
 * @example
 * const rabbit = new RabbitmqCluster(experiment, 'rabbitmq', { namespace, replicas: 3 });
 * const orders = rabbit.addQueue('orders', { type: 'quorum' });
 * rabbit.amqpAddress; // 'rabbitmq.<namespace>.svc.cluster.local:5672'
 */
export class RabbitmqCluster extends Component implements IRabbitmqCluster {
  public readonly clusterName: string;
  public readonly replicas: number;
  /** Nodes keep messages on persistent volumes. */
  public readonly persistent = true;
  /** The largest message body a node accepts, in bytes. */
  public readonly maxMessageBytes = RABBITMQ_MAX_MESSAGE;
  /** The nodes' metrics (the rabbitmq_prometheus plugin), for dashboards. */
  public readonly metrics: MetricsEndpoint;
  private readonly queues = new Map<string, RabbitmqQueue>();

  public constructor(scope: Construct, id: string, props: RabbitmqClusterProps = {}) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? 'rabbitmq' });
    const where = this.node.path;
    // The cluster operator reconciles it: an experiment with one needs the operator on its hub.
    Experiment.tryOf(this)?.require(Capabilities.rabbitmqClusterOperator);
    this.clusterName = this.componentName;
    this.replicas = checkInteger(where, 'replicas', props.replicas ?? 3, 1, 9);
    const storageSize = checkQuantity(where, 'storageSize', props.storageSize ?? '10Gi');
    const image = checkPinnedImage(where, 'image', props.image ?? 'rabbitmq:4.2.6-management');
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' },
    });
    if (resources.limits.cpu === undefined) {
      throw new ValidationError(where, 'resources.limits.cpu', undefined, 'a CPU limit: the operator sizes the Erlang schedulers from it');
    }

    new RabbitmqClusterL1(this.objects, 'Cluster', {
      metadata: { name: this.clusterName, namespace: this.namespace },
      spec: {
        replicas: this.replicas,
        image,
        persistence: {
          storage: RabbitmqClusterSpecPersistenceStorage.fromString(storageSize),
          ...(props.storageClass ? { storageClassName: props.storageClass } : {}),
        },
        resources: bindingResources(resources, Limits, Requests),
        // Streams need their plugin; the operator then opens port 5552 on the Service.
        rabbitmq: { additionalPlugins: ['rabbitmq_stream'] },
      },
    });
    // Every node serves /metrics on container port `prometheus` (15692); the operator labels the
    // pods app.kubernetes.io/name=<cluster>, component=rabbitmq (cluster-operator v2.22.3,
    // internal/metadata/label.go and internal/resource/statefulset.go).
    this.metrics = scrapeFromOwnFolder(this, {
      job: `${this.clusterName}-rabbitmq`, target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': this.clusterName, 'app.kubernetes.io/component': 'rabbitmq' }, port: 'prometheus',
    });
  }

  /** The AMQP 0-9-1 address, `<service>.<namespace>.svc.cluster.local:5672`. */
  public get amqpAddress(): string {
    return `${serviceHost(this.clusterName, this.namespace)}:${AMQP_PORT}`;
  }

  /** The stream protocol's address, `<service>.<namespace>.svc.cluster.local:5552`. */
  public get streamAddress(): string {
    return `${serviceHost(this.clusterName, this.namespace)}:${STREAM_PORT}`;
  }

  /** The Secret the operator writes with the default user's `username` and `password`. */
  public get defaultUserSecret(): string {
    return `${this.clusterName}-default-user`;
  }

  /** Declares a queue or stream and returns its handle. */
  public addQueue(name: string, options: RabbitmqQueueOptions): RabbitmqQueue {
    if (this.queues.has(name)) {
      throw new ValidationError(this.node.path, 'addQueue name', name, `the queue is already declared on cluster "${this.clusterName}"; each queue is declared once`);
    }
    const queue = new RabbitmqQueue(this.objects, `queue-${name}`, { cluster: this, queueName: name, ...options });
    this.queues.set(name, queue);
    return queue;
  }
}
