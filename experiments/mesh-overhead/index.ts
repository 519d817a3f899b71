import { HelloApp } from '../../constructs/apps/hello-app';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';

/**
 * What the service mesh costs in latency: the same hello app twice, in a plain namespace and in
 * one enrolled in the mesh (a sidecar in every pod, mutual TLS required), and the same k6 request
 * mix against each from its own namespace, one after the other so they do not compete. The run's
 * two summaries differ only by the mesh: client and server sidecars and mTLS on every request.
 */
export const meshOverhead: ExperimentDefinition = {
  name: 'mesh-overhead',
  description: 'Latency the Istio sidecar mesh with strict mTLS adds to the same app under the same load',
  parameters: { users: 10, duration: '60s', thresholds: { p95LatencyMs: 500, errorRate: 0.1 } },
  build(exp) {
    const plain = new HelloApp(exp, 'app-plain', { namespace: exp.namespace() });
    const meshed = new HelloApp(exp, 'app-meshed', { namespace: exp.namespace('meshed', { mesh: { mtls: 'STRICT' } }) });
    // One mix for both targets: the endpoints are the same app's.
    const mix = K6Script.fromScenario({
      requests: [
        { name: 'root', method: 'GET', endpoint: plain.endpoints.root, weight: 70 },
        { name: 'health', method: 'GET', endpoint: plain.endpoints.health, weight: 20 },
        { name: 'post', method: 'POST', endpoint: plain.endpoints.root, weight: 10, body: { message: 'mesh-overhead' } },
      ],
    });
    // Each load runs in its target's namespace: the meshed one from inside the mesh, as strict mTLS requires.
    // Each is its own variant in the results document and side by side on the dashboard.
    exp.runLoad(new K6Test(exp, 'load-plain', { target: plain.http, script: mix, variant: 'plain' }));
    exp.runLoad(new K6Test(exp, 'load-meshed', { target: meshed.http, script: mix, variant: 'meshed' }));
  },
};
