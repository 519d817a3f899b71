import type * as kplus from 'cdk8s-plus-30';
import type { LabChart } from '../../charts/lab-chart';

/**
 * A workload an autoscaler can be put on: its Deployment and the folder its scaling objects go
 * into (the app's own, so they come and go with it). {@link HelloApp} is one.
 */
export interface IScalableApp {
  readonly deployment: kplus.Deployment;
  /** The app's folder of dist/. */
  readonly objects: LabChart;
  readonly namespace: string;
}
