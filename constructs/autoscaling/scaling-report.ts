import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { Experiment } from '../experiment/experiment';
import type { ILoadGenerator, LoadSteps, RunContext } from '../experiment/load-generator';
import type { Measurement } from '../results/run-plan';
import { kubectlStep } from '../experiment/steps';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { ResourceRecommendation } from './resource-recommendation';
import type { IScalableApp } from './scalable-app';
import type { ConsumerLag } from '../kafka/kafka-cluster';
import { consumerLagMeasurements, scalingMeasurements } from './scaling-measurements';

export interface ScalingReportProps extends ComponentProps {
  /** The app whose scaling is reported. */
  readonly app: IScalableApp;
  /** The VPA on the app, whose recommendation the report reads. */
  readonly recommendation: ResourceRecommendation;
  /** The variant it reports for: that of the load it runs beside. */
  readonly variant: string;
  /** The fewest pods the app's autoscaler keeps; for a fixed-size app, its count. */
  readonly minReplicas: number;
  /** Pods of the variant that is the cost baseline (the fixed size). */
  readonly baselineReplicas: number;
  /**
   * The lag of the consumer group the app is, for a Kafka consumer: adds the peak and the final
   * lag over the variant's window to the figures.
   * @default - no lag figures
   */
  readonly consumerLag?: ConsumerLag;
  /**
   * The part's name: its folder, Application suffix and workflow templates.
   * @default - the construct id
   */
  readonly name?: string;
}

/**
 * What a variant's results say about its scaling, added to the stage of its load
 * (`exp.runLoad(load, report)`): the scaling figures of {@link scalingMeasurements} (and, for a
 * Kafka consumer, {@link consumerLagMeasurements}) as PromQL the results step evaluates at the
 * end of the variant's window, and the VPA's recommendation read
 * with kubectl when the run ends (summary format `vpa`, {@link vpaSummary}). It puts no load on
 * anything: its run step only checks that the VerticalPodAutoscaler is there.
 */
export class ScalingReport extends Component implements ILoadGenerator {
  public readonly loadName: string;
  public readonly takesRunParameters = false;
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'vpa';
  public readonly measurements: readonly Measurement[];
  private readonly recommendation: ResourceRecommendation;

  public constructor(scope: Construct, id: string, props: ScalingReportProps) {
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.app.namespace });
    const where = this.node.path;
    this.loadName = this.componentName;
    this.variant = experiment.variantName(where, 'variant', props.variant);
    this.measuredNamespaces = [this.namespace];
    this.recommendation = props.recommendation;
    this.measurements = [
      ...scalingMeasurements(where, props.app, { minReplicas: props.minReplicas, baselineReplicas: props.baselineReplicas }),
      ...(props.consumerLag ? consumerLagMeasurements(where, props.consumerLag) : []),
    ];
    declareNoMetrics(this, 'it only reads: kube-state-metrics\' replica series and the VPA object\'s status');
    experiment.grantRunner(this, this.componentName, [
      { apiGroup: 'autoscaling.k8s.io', resource: 'verticalpodautoscalers', verbs: ['get'], resourceNames: [props.recommendation.name] },
    ]);
  }

  public loadSteps(_run: RunContext): LoadSteps {
    const get = (...args: string[]) => kubectlStep('get', 'verticalpodautoscalers.autoscaling.k8s.io', this.recommendation.name,
      '--namespace', this.recommendation.namespace, ...args);
    return {
      run: [{ name: 'vpa', template: get() }],
      summary: get('--output=json'),
    };
  }
}
