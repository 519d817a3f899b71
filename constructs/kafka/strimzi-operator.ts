import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { StrimziOperatorValues } from './values';

export interface StrimziOperatorProps extends ComponentProps {
  /** The pinned strimzi-kafka-operator chart. */
  readonly chart: HelmChart;
  /**
   * Namespace the operator runs in.
   * @default 'strimzi-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the cluster operator.
   * @default 100m/256Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Strimzi's cluster operator and its CRDs (Kafka, KafkaNodePool, KafkaTopic, ...). It watches every
 * namespace, so any experiment can run a {@link KafkaCluster} in its own.
 *
 * @example
 * const strimzi = new StrimziOperator(hub, 'strimzi', { chart: env.charts.strimzi });
 */
export class StrimziOperator extends Component {
  public constructor(scope: Construct, id: string, props: StrimziOperatorProps) {
    super(scope, id, props, {
      name: 'strimzi',
      namespace: props.namespace ?? 'strimzi-system',
      // The Kafka CRD is larger than client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: StrimziOperatorValues = {
      watchAnyNamespace: true,
      watchNamespaces: [],
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' },
      }),
    };
    this.installChart(props.chart, values);
    // The cluster operator serves /metrics on its container port `http` (8080) and its pod is
    // labelled strimzi.io/kind=cluster-operator whatever the release (chart 1.2.0,
    // templates/060-Deployment-strimzi-cluster-operator.yaml; Strimzi's example PodMonitor
    // cluster-operator-metrics selects the same).
    scrape(this, {
      job: 'strimzi-cluster-operator', target: 'pod', namespace: this.namespace,
      selector: { 'strimzi.io/kind': 'cluster-operator', name: 'strimzi-cluster-operator' }, port: 'http',
    });
  }
}
