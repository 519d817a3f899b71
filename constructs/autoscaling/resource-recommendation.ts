import { Construct } from 'constructs';
import {
  VerticalPodAutoscaler as VpaL1,
  VerticalPodAutoscalerSpecUpdatePolicyUpdateMode,
} from '../../imports/vpa-autoscaling.k8s.io';
import type { IScalableApp } from './scalable-app';
import { Capabilities } from '../catalog/capabilities';
import { Experiment } from '../experiment/experiment';

export interface ResourceRecommendationProps {
  /** The app whose pods the recommender watches; the VerticalPodAutoscaler goes into its folder. */
  readonly app: IScalableApp;
}

/**
 * A VerticalPodAutoscaler in recommendation mode (`updateMode: Off`) on an app's Deployment: the
 * recommender writes target, lower and upper CPU and memory requests into its status and nothing
 * is applied, so it can sit beside an HPA or KEDA without the two fighting over the pods.
 */
export class ResourceRecommendation extends Construct {
  public readonly vpa: VpaL1;
  /** The VerticalPodAutoscaler's name (its Deployment's). */
  public readonly name: string;
  /** Its namespace (its app's). */
  public readonly namespace: string;

  public constructor(scope: Construct, id: string, props: ResourceRecommendationProps) {
    super(scope, id);
    Experiment.of(this).require(Capabilities.verticalPodAutoscaler);
    this.name = props.app.deployment.name;
    this.namespace = props.app.namespace;
    this.vpa = new VpaL1(props.app.objects, 'Vpa', {
      metadata: { name: props.app.deployment.name, namespace: props.app.namespace },
      spec: {
        targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: props.app.deployment.name },
        updatePolicy: { updateMode: VerticalPodAutoscalerSpecUpdatePolicyUpdateMode.OFF },
      },
    });
  }
}
