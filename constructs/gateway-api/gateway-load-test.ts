import type { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkOneOf } from '../core/validation';
import { K6Test, K6TestProps } from '../loadgen/k6-test';
import { dataPlaneMeasurements } from './data-plane-measurements';
import { GatewayRoute } from './gateway-route';
import type { GatewayProtocol } from './listeners';

export interface GatewayLoadTestProps extends Omit<K6TestProps, 'target'> {
  /** The route the load goes through. */
  readonly route: GatewayRoute;
  /** The listener it uses: plain HTTP or HTTPS. */
  readonly protocol: GatewayProtocol;
}

/**
 * A k6 load through one listener of a gateway's route, whose variant also reports what the
 * gateway's own proxies used (`gatewayCpuCores`, `gatewayMemoryPeakBytes`; see
 * {@link dataPlaneMeasurements}) beside the namespaces' usage every variant has.
 */
export class GatewayLoadTest extends K6Test {
  /** The listener it uses. */
  public readonly protocol: GatewayProtocol;

  public constructor(scope: Construct, id: string, props: GatewayLoadTestProps) {
    const where = `${scope.node.path}/${id}`;
    if (!(props.route instanceof GatewayRoute)) {
      // Named by its type: an app's handle holds its construct, which does not print.
      throw new ValidationError(where, 'route', typeof props.route, 'a GatewayRoute, as gateway.route(...) returns it');
    }
    const protocol = checkOneOf(where, 'protocol', props.protocol, ['http', 'https']);
    const { route, ...rest } = props;
    super(scope, id, {
      ...rest,
      target: route.target(protocol),
      measurements: [...(rest.measurements ?? []), ...dataPlaneMeasurements(route.parent.namespace, route.parent.dataPlane)],
    });
    this.protocol = protocol;
  }
}
