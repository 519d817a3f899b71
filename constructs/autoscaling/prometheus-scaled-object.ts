import { Construct } from 'constructs';
import { ScaledObject } from '../../imports/keda-scaledobject-keda.sh';
import type { IScalableApp } from './scalable-app';
import { Capabilities } from '../catalog/capabilities';
import { ValidationError } from '../core/errors';
import { checkInteger, checkNumber } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import type { PrometheusQuery } from './prometheus-query';
import { checkReplicaRange, ReplicaRange } from './replica-range';

export interface PrometheusScaledObjectProps extends ReplicaRange {
  /** The app whose Deployment is scaled; the ScaledObject goes into its folder. */
  readonly app: IScalableApp;
  /** What is scaled on: a typed query handle, such as {@link requestRate} of the load sent to the app. */
  readonly metric: PrometheusQuery;
  /** The query's value one replica takes: KEDA aims at ceil(value / threshold) replicas. */
  readonly threshold: number;
  /**
   * Seconds between KEDA's queries.
   * @default 5
   */
  readonly pollingIntervalSeconds?: number;
}

/**
 * A KEDA ScaledObject with one Prometheus trigger: KEDA creates and drives an HPA whose external
 * metric is the query's value per replica (trigger type `prometheus`, metadata `serverAddress`,
 * `query`, `threshold`; keda.sh/v1alpha1 ScaledObject, KEDA 2.20). The Deployment leaves
 * `replicas` unset, as under a plain HPA.
 */
export class PrometheusScaledObject extends Construct {
  public readonly scaledObject: ScaledObject;

  public constructor(scope: Construct, id: string, props: PrometheusScaledObjectProps) {
    super(scope, id);
    const where = this.node.path;
    const { min, max } = checkReplicaRange(where, props);
    const threshold = checkNumber(where, 'threshold', props.threshold, 0.001, 1e9);
    const polling = checkInteger(where, 'pollingIntervalSeconds', props.pollingIntervalSeconds ?? 5, 1, 300);
    const metric = props.metric;
    if (typeof metric?.query !== 'string' || !/^https?:\/\/[^\s]+$/.test(metric.serverAddress ?? '')) {
      throw new ValidationError(where, 'metric', metric?.query, 'a PrometheusQuery handle such as requestRate(k6), with an http(s) serverAddress');
    }
    Experiment.of(this).require(Capabilities.keda);
    props.app.deployment.markHasAutoscaler();
    this.scaledObject = new ScaledObject(props.app.objects, 'ScaledObject', {
      metadata: { name: props.app.deployment.name, namespace: props.app.namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: props.app.deployment.name },
        minReplicaCount: min,
        maxReplicaCount: max,
        pollingInterval: polling,
        triggers: [{
          type: 'prometheus',
          // KEDA reads trigger metadata as strings.
          metadata: { serverAddress: metric.serverAddress, query: metric.query, threshold: String(threshold) },
        }],
      },
    });
  }
}
