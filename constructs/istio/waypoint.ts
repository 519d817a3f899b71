import { Construct } from 'constructs';
import { Gateway } from '../../imports/gateway-api-gateway-gateway.networking.k8s.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { checkLabelName } from '../core/validation';

export interface WaypointProps {
  /** The ambient namespace whose services the waypoint serves. */
  readonly namespace: string;
}

/**
 * An Istio waypoint: a Gateway API `Gateway` of class `istio-waypoint` with the HBONE listener on
 * 15008, from which istiod deploys an Envoy for the namespace's services (istio.io, "Configure
 * waypoint proxies", 1.30). A namespace labelled `istio.io/use-waypoint: waypoint` sends its
 * services' traffic through it, which gives ambient mode L7 routing, policy and per-request
 * telemetry. Needs the Gateway API's standard-channel CRDs (v1.6.1 pinned) on the hub.
 *
 * @example
 * new Waypoint(meshNamespace, 'Waypoint', { namespace: 'mesh-comparison-istio-waypoint' });
 */
export class Waypoint extends Construct {
  /** The Gateway's name, which the namespace label names; istiod names its Deployment after it. */
  public static readonly NAME = 'waypoint';

  public readonly gateway: Gateway;

  public constructor(scope: Construct, id: string, props: WaypointProps) {
    super(scope, id);
    const namespace = checkLabelName(this.node.path, 'namespace', props.namespace);
    this.gateway = new Gateway(this, 'Gateway', {
      metadata: {
        name: Waypoint.NAME,
        namespace,
        // `service`: the waypoint takes traffic addressed to the namespace's services, as istioctl's default.
        labels: { 'istio.io/waypoint-for': 'service' },
        annotations: { [SYNC_WAVE_ANNOTATION]: '-1' },
      },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    });
  }
}
