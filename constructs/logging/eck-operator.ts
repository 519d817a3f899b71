import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { EckOperatorValues } from './values';

/** The operator's image at the pinned chart's app version (eck-operator 3.5.0). */
export const ECK_VERSION = '3.5.0';

export interface EckOperatorProps extends ComponentProps {
  /** The pinned eck-operator chart. */
  readonly chart: HelmChart;
  /**
   * Namespace the operator runs in.
   * @default 'elastic-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the operator.
   * @default 100m/150Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Elastic Cloud on Kubernetes: the operator and its CRDs (Elasticsearch, Kibana, ...). ECK and
 * the Elastic Stack images it runs are under the Elastic License 2.0, which allows a lab's own
 * use but is not an open-source licence (ADR 0125). It watches every namespace.
 */
export class EckOperator extends Component {
  public constructor(scope: Construct, id: string, props: EckOperatorProps) {
    super(scope, id, props, {
      name: 'eck-operator',
      namespace: props.namespace ?? 'elastic-system',
      // The Elasticsearch and Agent CRDs are larger than client-side apply's annotation limit.
      serverSideApply: true,
    });
    const values: EckOperatorValues = {
      image: { tag: ECK_VERSION },
      resources: checkResources(this.node.path, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '150Mi' }, limits: { cpu: '500m', memory: '512Mi' },
      }),
      // No usage reports to Kibana's telemetry from a lab.
      telemetry: { disabled: true },
    };
    this.installChart(props.chart, values);
    declareNoMetrics(this, 'the chart serves no operator metrics unless config.metrics.port is set; the lab measures the Elasticsearch it runs, not the operator');
  }
}
