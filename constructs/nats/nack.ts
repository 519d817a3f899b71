import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { NackValues } from './values';

export interface NackProps extends ComponentProps {
  /** The pinned nack chart. */
  readonly chart: HelmChart;
  /**
   * Namespace of the controller.
   * @default 'nack-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the controller.
   * @default 20m/32Mi requested, 200m/128Mi limit
   */
  readonly resources?: Resources;
}

/** The controller's image names no user; it runs as this one (it writes only to its emptyDir). */
const CONTROLLER_USER = 65532;

/**
 * nack's JetStream controller and its CRDs (Stream, Consumer, ...): it creates JetStream streams
 * and consumers on the NATS servers each resource names. It is given no server of its own: with
 * `jetstream.nats.url` unset the chart starts it with `-crd-connect` (nack 0.34.0,
 * templates/deployment-jetstream-controller.yml), so one controller serves the NATS clusters
 * of every experiment, each {@link JetStreamStream} carrying its cluster's address (ADR 0141).
 */
export class Nack extends Component {
  public constructor(scope: Construct, id: string, props: NackProps) {
    super(scope, id, props, { name: 'nack', namespace: props.namespace ?? 'nack-system' });
    const where = this.node.path;
    const values: NackValues = {
      // No `jetstream.nats.url`: the chart then starts the controller with -crd-connect.
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '20m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' },
      }),
      securityContext: { runAsNonRoot: true, runAsUser: CONTROLLER_USER, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    };
    this.installChart(props.chart, values);
    declareNoMetrics(this, 'the JetStream controller serves no metrics unless run in its experimental control-loop mode; '
      + 'the streams it creates are measured on the NATS servers\' own exporter');
  }
}
