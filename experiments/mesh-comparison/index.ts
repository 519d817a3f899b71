import { HelloApp } from '../../constructs/apps/hello-app';
import { NamespaceOnlyIngress } from '../../constructs/apps/namespace-only-ingress';
import type { Experiment, ExperimentDefinition } from '../../constructs/experiment/experiment';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';
import { meshMeasurements } from './measurements';
import { MESH_VARIANTS, MeshVariant } from './variants';

/** Builds the variants into an experiment: the same app, the same request mix, one stage each. */
export function buildMeshVariants(exp: Experiment, variants: readonly MeshVariant[]): void {
  const apps = variants.map((variant) => {
    const namespace = exp.namespace(variant.name, variant.mesh ? { mesh: variant.mesh } : {});
    const app = new HelloApp(exp, `app-${variant.name}`, { namespace });
    if (variant.networkPolicy) new NamespaceOnlyIngress(exp, `policy-${variant.name}`, { app });
    return { variant, app };
  });
  const endpoints = apps[0].app.endpoints;
  const mix = K6Script.fromScenario({
    requests: [
      { name: 'root', method: 'GET', endpoint: endpoints.root, weight: 70 },
      { name: 'health', method: 'GET', endpoint: endpoints.health, weight: 20 },
      { name: 'post', method: 'POST', endpoint: endpoints.root, weight: 10, body: { message: exp.experimentName } },
    ],
  });
  // One stage per variant: the loads never compete for the node, and each variant's window
  // holds only its own traffic, which is what the shared data planes' (ztunnel's) figures need.
  for (const { variant, app } of apps) {
    exp.runLoad(new K6Test(exp, `load-${variant.name}`, {
      target: app.http, script: mix, variant: variant.name, measurements: meshMeasurements(variant, app.namespace),
    }));
  }
}

/**
 * What each service mesh costs: the same hello app and the same k6 request mix without a mesh,
 * with Istio's sidecars, Istio ambient (ztunnel), ambient with a waypoint, Linkerd, and a plain
 * NetworkPolicy, each in its own namespace and run in turn. The results document gives
 * each variant's latency (compare shows it against `no-mesh`), its data plane's CPU and memory
 * per pod and in total, the control plane's, and the cost per million requests (ADR 0152).
 */
export const meshComparison: ExperimentDefinition = {
  name: 'mesh-comparison',
  description: 'Latency and data-plane and control-plane cost of Istio sidecar, Istio ambient with and without a waypoint, Linkerd and a NetworkPolicy against no mesh',
  parameters: { users: 10, duration: '2m', thresholds: { p95LatencyMs: 500, errorRate: 0.05 } },
  // Every variant's pods, and on a fresh hub three control planes, come up before the first run.
  readyTimeout: '15m',
  build(exp) {
    buildMeshVariants(exp, MESH_VARIANTS);
  },
};
