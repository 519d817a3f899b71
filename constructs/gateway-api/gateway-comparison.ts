import { HelloApp } from '../apps/hello-app';
import type { Experiment } from '../experiment/experiment';
import type { K6Script } from '../loadgen/k6-script';
import { Gateway } from './gateway';
import { GatewayLoadTest } from './gateway-load-test';
import type { GatewayImplementation } from './implementation';
import type { GatewayProtocol } from './listeners';

const PROTOCOLS: readonly GatewayProtocol[] = ['http', 'https'];

/**
 * The parts of a gateway comparison (ADR 0133), for experiments that compare different sets of
 * implementations with the same method: one backend in the experiment's main namespace; per
 * implementation (keyed by the short name its namespace and variants carry) a Gateway in its own
 * namespace with a route to the backend under `/app`; and per gateway and protocol a
 * {@link GatewayLoadTest} stage running `script` from the main namespace, variant
 * `<short>-<protocol>`.
 */
export function buildGatewayComparison(exp: Experiment, gateways: Readonly<Record<string, GatewayImplementation>>, script: K6Script): void {
  const main = exp.namespace();
  // Two pods, so that no gateway is held back by one backend pod's CPU limit.
  const backend = new HelloApp(exp, 'backend', {
    namespace: main, replicas: 2,
    resources: { requests: { cpu: '50m', memory: '16Mi' }, limits: { cpu: '500m', memory: '64Mi' } },
  });
  for (const [short, implementation] of Object.entries(gateways)) {
    const gateway = new Gateway(exp, `gateway-${short}`, { namespace: exp.namespace(short), implementation });
    // The app behind a path prefix: every gateway rewrites it the same way.
    const route = gateway.route(backend.http, { path: '/app', name: 'backend' });
    for (const protocol of PROTOCOLS) {
      // One stage per variant, so the loads do not compete; k6 runs beside the backend, the
      // same for every gateway. Each variant also reports its gateway's own CPU and memory.
      exp.runLoad(new GatewayLoadTest(exp, `load-${short}-${protocol}`, {
        route, protocol, script, variant: `${short}-${protocol}`, namespace: main,
      }));
    }
  }
}
