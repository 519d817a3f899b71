import { ValidationError } from '../core/errors';
import { checkInteger } from '../core/validation';
import type { Measurement } from '../results/run-plan';
import type { ConsumerLag } from '../kafka/kafka-cluster';
import type { IScalableApp } from './scalable-app';

/** Seconds between the points at which the queries read the replica series. */
const STEP_SECONDS = 5;

export interface ScalingMeasurementOptions {
  /**
   * The fewest pods its autoscaler keeps: a count above it is a scale-out. For a fixed-size
   * Deployment, its replica count (it never scales out, so the time to first scale-out is null).
   */
  readonly minReplicas: number;
  /** Pods of the fixed-size baseline, against which pod-seconds are compared. */
  readonly baselineReplicas: number;
}

/**
 * How an app's Deployment followed its variant's load, as PromQL over kube-state-metrics'
 * `kube_deployment_status_replicas` (pods the Deployment has, ready or not), each an instant query
 * at the end of the variant's window (`$window`), read at 5 s points ({@link STEP_SECONDS}):
 *
 * - `timeToFirstScaleOutSeconds`: from the window's start to the first point with more pods than
 *   `minReplicas`; null when it never scaled out;
 * - `timeToSteadyStateSeconds`: from the window's start to the first point after which the count
 *   stayed at its final value; 0 when it never changed;
 * - `peakReplicas` and `finalReplicas`; `overshootReplicas`, the peak less the final count;
 * - `podSeconds`: pods times seconds over the window;
 * - `podSecondsVsFixed`: pod-seconds over those of the fixed baseline's `baselineReplicas` pods
 *   for the same window (the fixed variant's is 1).
 *
 * kube-state-metrics' own series labels (its pod, instance) change when it restarts, so each
 * point takes the largest value over the series of the Deployment. Resolution is the scrape
 * interval of kube-state-metrics, at best {@link STEP_SECONDS}.
 */
export function scalingMeasurements(where: string, app: IScalableApp, options: ScalingMeasurementOptions): Measurement[] {
  const min = checkInteger(where, 'minReplicas', options?.minReplicas, 1, 20);
  const baseline = checkInteger(where, 'baselineReplicas', options?.baselineReplicas, 1, 20);
  const name = app.deployment.name;
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(app.namespace)) {
    throw new ValidationError(where, 'app', `${app.namespace}/${name}`, 'a Deployment with a Kubernetes name in a namespace');
  }
  const series = `kube_deployment_status_replicas{namespace="${app.namespace}",deployment="${name}"}`;
  const replicas = `max(${series})`;
  const points = (expr: string) => `(${expr})[$window:${STEP_SECONDS}s]`;
  // The time of the window's first point: timestamp() of an expression is the evaluation time.
  const start = `min_over_time(${points('timestamp(vector(0))')})`;
  // The count at the window's end, pinned there inside the subqueries (`@` applies to selectors).
  const final = `max(${series} @ end())`;
  return [
    {
      name: 'timeToFirstScaleOutSeconds', unit: 'seconds',
      query: `min_over_time(${points(`timestamp(${replicas} > ${min})`)}) - ${start}`,
    },
    {
      name: 'timeToSteadyStateSeconds', unit: 'seconds',
      // The last point that differs from the final count, plus one step; when none differs, 0
      // (only if the series exists at all, so a missing kube-state-metrics gives null).
      query: `(max_over_time(${points(`timestamp(${replicas} != scalar(${final}))`)}) + ${STEP_SECONDS} - ${start}) or (0 * ${replicas})`,
    },
    { name: 'peakReplicas', unit: 'count', query: `max_over_time(${points(replicas)})` },
    { name: 'finalReplicas', unit: 'count', query: replicas },
    { name: 'overshootReplicas', unit: 'count', query: `max_over_time(${points(replicas)}) - ${replicas}` },
    { name: 'podSeconds', unit: 'seconds', query: `sum_over_time(${points(replicas)}) * ${STEP_SECONDS}` },
    {
      name: 'podSecondsVsFixed', unit: 'ratio',
      query: `sum_over_time(${points(replicas)}) / (${baseline} * count_over_time(${points('vector(1)')}))`,
    },
  ];
}

/**
 * How far a consumer group fell behind during the variant's window, from the Kafka Exporter's lag
 * series ({@link ConsumerLag}), read at the same 5 s points:
 *
 * - `peakConsumerLag`: the most records the group had not consumed at any point;
 * - `finalConsumerLag`: those left at the window's end (0 when the consumers caught up).
 *
 * Both are null when the exporter reported nothing for the group.
 */
export function consumerLagMeasurements(where: string, lag: ConsumerLag): Measurement[] {
  if (typeof lag?.query !== 'string' || !lag.query.startsWith('sum(')) {
    throw new ValidationError(where, 'consumerLag', lag, 'the lag of a consumer group, as KafkaCluster.consumerLag(group) gives it');
  }
  return [
    { name: 'peakConsumerLag', unit: 'count', query: `max_over_time((${lag.query})[$window:${STEP_SECONDS}s])` },
    { name: 'finalConsumerLag', unit: 'count', query: lag.query },
  ];
}
