import { Construct } from 'constructs';
import { ScaledObject, ScaledObjectSpecTriggers } from '../../imports/keda-scaledobject-keda.sh';
import { Capabilities } from '../catalog/capabilities';
import { checkInteger } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { checkReplicaRange, ReplicaRange } from './replica-range';
import type { IScalableApp } from './scalable-app';

/** What every KEDA ScaledObject of the lab takes besides its trigger. */
export interface KedaScaledObjectProps extends ReplicaRange {
  /** The app whose Deployment is scaled; the ScaledObject goes into its folder. */
  readonly app: IScalableApp;
  /**
   * Seconds between KEDA's checks of the trigger.
   * @default 5
   */
  readonly pollingIntervalSeconds?: number;
}

/**
 * A KEDA ScaledObject (keda.sh/v1alpha1, KEDA 2.20) on an app's Deployment, with one trigger:
 * KEDA creates and drives the HPA, so the Deployment leaves `replicas` unset, as under a plain
 * HPA, and the experiment needs KEDA on its hub. Subclasses check their own props and give the
 * trigger, as a function of the checked replica range.
 */
export abstract class KedaScaledObject extends Construct {
  public readonly scaledObject: ScaledObject;

  protected constructor(
    scope: Construct, id: string, props: KedaScaledObjectProps,
    trigger: (where: string, range: { readonly min: number; readonly max: number }) => ScaledObjectSpecTriggers,
  ) {
    super(scope, id);
    const where = this.node.path;
    const range = checkReplicaRange(where, props);
    const spec = trigger(where, range);
    const polling = checkInteger(where, 'pollingIntervalSeconds', props.pollingIntervalSeconds ?? 5, 1, 300);
    Experiment.of(this).require(Capabilities.keda);
    props.app.deployment.markHasAutoscaler();
    this.scaledObject = new ScaledObject(props.app.objects, 'ScaledObject', {
      metadata: { name: props.app.deployment.name, namespace: props.app.namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: props.app.deployment.name },
        minReplicaCount: range.min,
        maxReplicaCount: range.max,
        pollingInterval: polling,
        triggers: [spec],
      },
    });
  }
}
