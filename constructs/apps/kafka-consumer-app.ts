import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import type { IScalableApp } from '../autoscaling/scalable-app';
import { Component, ComponentProps } from '../argocd/component';
import { checkConsumerGroup } from '../kafka/consumer-group';
import { checkInteger } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import type { KafkaTopic } from '../kafka/kafka-topic';
import { kafkaImage } from '../kafka/versions';
import { declareNoMetrics } from '../monitoring/metrics-declarations';

/** The Kafka images run as this user (Strimzi's `kafka` user). */
const KAFKA_USER = 1001;
const KAFKA_BIN = '/opt/kafka/bin';
/** Kafka's own group id rule, as far as the lab uses it. */

export interface KafkaConsumerAppProps extends ComponentProps {
  /**
   * The part's name: its folder, Application suffix and Deployment.
   * @default - the construct id
   */
  readonly name?: string;
  /** The namespace the consumers run in. */
  readonly namespace: string;
  /** The topic it reads: its cluster's address and the Kafka version come from this handle. */
  readonly topic: KafkaTopic;
  /**
   * The consumer group every pod joins; KEDA measures the lag of this group.
   * @default - the part's name
   */
  readonly consumerGroup?: string;
  /**
   * Records one pod handles per second: the work a record costs, so that one pod cannot keep up
   * with a larger producer and the group's lag grows until more pods share the partitions.
   */
  readonly recordsPerSecond: number;
  /**
   * Pods in the group, or `'autoscaled'` to leave the count to KEDA or an HPA (the Deployment
   * then sets none, so ArgoCD does not undo their choice).
   * @default 1
   */
  readonly replicas?: number | 'autoscaled';
  /**
   * Requests and limits of each pod (a JVM with a 128 MiB heap).
   * @default 100m/256Mi requested, 500m/384Mi limit
   */
  readonly resources?: Resources;
}

/**
 * A long-running Kafka consumer group to scale: a Deployment of Kafka's console consumer (Strimzi's
 * image of the topic's cluster version) whose pods each hand at most `recordsPerSecond` records a
 * second to their processing loop. The console consumer commits offsets as it polls, so the group's
 * lag is the backlog the pods have not yet taken, which is what a {@link KafkaLagScaledObject}
 * scales on. Implements {@link IScalableApp}.
 */
export class KafkaConsumerApp extends Component implements IScalableApp {
  public readonly deployment: kplus.Deployment;
  /** The topic it reads. */
  public readonly topic: KafkaTopic;
  /** The group its pods join. */
  public readonly consumerGroup: string;
  /** Records one pod handles per second. */
  public readonly recordsPerSecond: number;
  /** Pods when not autoscaled. */
  public readonly replicas: number | 'autoscaled';

  public constructor(scope: Construct, id: string, props: KafkaConsumerAppProps) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const topic = props.topic;
    const group = checkConsumerGroup(where, 'consumerGroup', props.consumerGroup ?? name);
    this.recordsPerSecond = checkInteger(where, 'recordsPerSecond', props.recordsPerSecond, 1, 100_000);
    this.replicas = props.replicas === 'autoscaled' ? 'autoscaled' : checkInteger(where, 'replicas', props.replicas ?? 1, 1, 20);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '384Mi' },
    });
    this.topic = topic;
    this.consumerGroup = group;

    const tmp = kplus.Volume.fromEmptyDir(this.objects, 'Tmp', 'tmp');
    this.deployment = new kplus.Deployment(this.objects, 'Deployment', {
      metadata: { name, namespace: this.namespace },
      ...(this.replicas === 'autoscaled' ? {} : { replicas: this.replicas }),
      securityContext: { ensureNonRoot: true, user: KAFKA_USER },
      volumes: [tmp],
    });
    this.deployment.addContainer({
      name: 'consumer',
      image: kafkaImage(topic.cluster.version),
      // The tag is pinned, so a cached image is the same image.
      imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
      command: ['/bin/bash', '-c', CONSUMER_SCRIPT],
      envVariables: {
        BOOTSTRAP_SERVERS: kplus.EnvValue.fromValue(topic.bootstrapServers),
        TOPIC: kplus.EnvValue.fromValue(topic.topicName),
        CONSUMER_GROUP: kplus.EnvValue.fromValue(group),
        RECORDS_PER_SECOND: kplus.EnvValue.fromValue(String(this.recordsPerSecond)),
        // kafka-run-class.sh's default heap (256 MiB) is more than a console consumer needs.
        KAFKA_HEAP_OPTS: kplus.EnvValue.fromValue('-Xms64m -Xmx128m'),
        // The tools write their logs here; the root filesystem stays read-only.
        LOG_DIR: kplus.EnvValue.fromValue('/tmp'),
      },
      resources,
      securityContext: restrictedContainer(KAFKA_USER, 0),
      volumeMounts: [{ path: '/tmp', volume: tmp }],
    });
    if (this.replicas === 'autoscaled') this.deployment.markHasAutoscaler();
    recordWiring(this, topic.cluster, 'consumes');
    declareNoMetrics(this, 'the console consumer serves no metrics: its group\'s lag is read from the brokers '
      + '(KEDA\'s Kafka scaler) and its pods\' use from the kubelet\'s container metrics');
  }
}

/**
 * The consumer's loop. The console consumer runs in a process substitution, so the shell (PID 1)
 * can pass SIGTERM on to it and the consumer leaves its group at once on scale-in instead of
 * after the session timeout. The loop takes `RECORDS_PER_SECOND` lines (one per record), then
 * waits a second: the stand-in for each record's work. While the loop waits, the pipe fills and
 * the consumer stops polling, so committed offsets follow the records taken, give or take the
 * pipe's buffer and one poll's records. When the consumer exits, `read` sees the end of the
 * stream and the container exits, so the pod restarts.
 */
const CONSUMER_SCRIPT = [
  `exec 3< <(exec ${KAFKA_BIN}/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$TOPIC" --group "$CONSUMER_GROUP")`,
  'consumer=$!',
  'trap \'kill -TERM "$consumer" 2>/dev/null; while kill -0 "$consumer" 2>/dev/null; do sleep 0.2; done; exit 0\' TERM',
  'while :; do',
  '  n=0',
  '  while [ "$n" -lt "$RECORDS_PER_SECOND" ]; do',
  '    IFS= read -r -u 3 _ || exit 1',
  '    n=$((n + 1))',
  '  done',
  '  sleep 1',
  'done',
  '',
].join('\n');
