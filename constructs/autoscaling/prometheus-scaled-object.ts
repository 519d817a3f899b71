import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkNumber } from '../core/validation';
import type { PrometheusQuery } from './prometheus-query';
import { KedaScaledObject, KedaScaledObjectProps } from './keda-scaled-object';

export interface PrometheusScaledObjectProps extends KedaScaledObjectProps {
  /** What is scaled on: a typed query handle, such as {@link requestRate} of the load sent to the app. */
  readonly metric: PrometheusQuery;
  /** The query's value one replica takes: KEDA aims at ceil(value / threshold) replicas. */
  readonly threshold: number;
}

/**
 * A KEDA ScaledObject with one Prometheus trigger: KEDA creates and drives an HPA whose external
 * metric is the query's value per replica (trigger type `prometheus`, metadata `serverAddress`,
 * `query`, `threshold`; keda.sh/v1alpha1 ScaledObject, KEDA 2.20).
 */
export class PrometheusScaledObject extends KedaScaledObject {
  public constructor(scope: Construct, id: string, props: PrometheusScaledObjectProps) {
    super(scope, id, props, (where) => {
      const threshold = checkNumber(where, 'threshold', props.threshold, 0.001, 1e9);
      const metric = props.metric;
      if (typeof metric?.query !== 'string' || !/^https?:\/\/[^\s]+$/.test(metric.serverAddress ?? '')) {
        throw new ValidationError(where, 'metric', metric?.query, 'a PrometheusQuery handle such as requestRate(k6), with an http(s) serverAddress');
      }
      return {
        type: 'prometheus',
        // KEDA reads trigger metadata as strings.
        metadata: { serverAddress: metric.serverAddress, query: metric.query, threshold: String(threshold) },
      };
    });
  }
}
