import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import type { IScalableApp } from './scalable-app';
import { Capabilities } from '../catalog/capabilities';
import { checkInteger } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { checkReplicaRange, ReplicaRange } from './replica-range';

export interface CpuAutoscalerProps extends ReplicaRange {
  /** The app whose Deployment is scaled; the HPA goes into its folder. */
  readonly app: IScalableApp;
  /**
   * Average CPU use the HPA holds, in percent of the pods' CPU request.
   * @default 70
   */
  readonly cpuUtilization?: number;
}

/**
 * A HorizontalPodAutoscaler (cdk8s-plus) on an app's CPU: the Kubernetes controller adds pods
 * when their average CPU use exceeds the target share of their request. The Deployment then
 * leaves `replicas` unset, so ArgoCD does not undo the HPA's choice. Needs metrics-server.
 */
export class CpuAutoscaler extends Construct {
  public readonly hpa: kplus.HorizontalPodAutoscaler;

  public constructor(scope: Construct, id: string, props: CpuAutoscalerProps) {
    super(scope, id);
    const where = this.node.path;
    const { min, max } = checkReplicaRange(where, props);
    const utilization = checkInteger(where, 'cpuUtilization', props.cpuUtilization ?? 70, 10, 100);
    Experiment.of(this).require(Capabilities.metricsServer);
    this.hpa = new kplus.HorizontalPodAutoscaler(props.app.objects, 'Hpa', {
      metadata: { name: props.app.deployment.name, namespace: props.app.namespace },
      target: props.app.deployment,
      minReplicas: min,
      maxReplicas: max,
      metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(utilization))],
      // Kubernetes' own defaults (autoscaling/v2 HPA behavior), which cdk8s-plus replaces with
      // slower ones of its own: the HPA then follows load as fast as the one KEDA creates does,
      // so the variants differ by their signal only.
      scaleUp: {
        strategy: kplus.ScalingStrategy.MAX_CHANGE,
        stabilizationWindow: Duration.seconds(0),
        policies: [
          { replicas: kplus.Replicas.percent(100), duration: Duration.seconds(15) },
          { replicas: kplus.Replicas.absolute(4), duration: Duration.seconds(15) },
        ],
      },
      scaleDown: {
        strategy: kplus.ScalingStrategy.MAX_CHANGE,
        stabilizationWindow: Duration.minutes(5),
        policies: [{ replicas: kplus.Replicas.percent(100), duration: Duration.seconds(15) }],
      },
    });
  }
}
