import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { VerticalPodAutoscalerValues } from './values';

export interface VerticalPodAutoscalerProps extends ComponentProps {
  /** The pinned vertical-pod-autoscaler chart. */
  readonly chart: HelmChart;
  /**
   * Namespace it runs in.
   * @default 'vpa'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the recommender.
   * @default 50m/128Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * The Vertical Pod Autoscaler in recommendation mode: only the recommender runs, writing CPU and
 * memory recommendations into each VerticalPodAutoscaler's status. Without the updater and the
 * admission controller no pod is evicted or resized, so a VPA never disturbs a measured run.
 */
export class VerticalPodAutoscaler extends Component {
  public constructor(scope: Construct, id: string, props: VerticalPodAutoscalerProps) {
    super(scope, id, props, { name: 'vertical-pod-autoscaler', namespace: props.namespace ?? 'vpa' });
    const values: VerticalPodAutoscalerValues = {
      admissionController: { enabled: false },
      updater: { enabled: false },
      // One replica: the chart's two are for failover, which a lab does not need.
      recommender: {
        enabled: true,
        replicas: 1,
        resources: checkResources(this.node.path, 'resources', props.resources ?? {
          requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
        }),
      },
    };
    this.installChart(props.chart, values);
    // Chart 0.11.0 has no metrics Service or monitor for the recommender (no such key in its values).
    declareNoMetrics(this, 'chart 0.11.0 exposes no metrics Service or monitor for the recommender; '
      + 'its output is the recommendations in each VerticalPodAutoscaler\'s status');
  }
}
