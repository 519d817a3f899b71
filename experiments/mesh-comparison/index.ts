import { HelloApp } from '../../constructs/apps/hello-app';
import { NamespaceOnlyIngress } from '../../constructs/apps/namespace-only-ingress';
import type { Experiment, ExperimentDefinition } from '../../constructs/experiment/experiment';
import type { MeshEnrollment } from '../../constructs/experiment/namespaces';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';

/** One way of running the same app, each a variant in its own namespace. */
export interface MeshVariant {
  /** The variant's name: its namespace suffix and its name in the results document. */
  readonly name: string;
  /** How the namespace joins a mesh; none for the baseline and the NetworkPolicy variant. */
  readonly mesh?: MeshEnrollment;
  /** Guard the app with a standard NetworkPolicy (enforced by the CNI, Cilium's eBPF on a Cilium environment). */
  readonly networkPolicy?: boolean;
}

/**
 * The variants, baseline first: `npm run compare` reports every other variant's latency as the
 * difference from the first. Istio's STRICT mTLS and Linkerd's `all-authenticated` policy are
 * the same promise: only meshed, authenticated callers get in.
 */
export const MESH_VARIANTS: readonly MeshVariant[] = [
  { name: 'no-mesh' },
  { name: 'istio-sidecar', mesh: { mode: 'sidecar', mtls: 'STRICT' } },
  { name: 'istio-ambient', mesh: { mode: 'ambient', mtls: 'STRICT' } },
  // Ambient with its L7 proxy: what a variant that needs HTTP routing or policy pays (ADR 0150).
  { name: 'istio-waypoint', mesh: { mode: 'ambient', mtls: 'STRICT', waypoint: true } },
  { name: 'linkerd', mesh: { mode: 'linkerd', mtls: 'STRICT' } },
  // No mesh, no proxy: L3/L4 isolation by the CNI alone (on the Cilium environment, Cilium's).
  { name: 'network-policy', networkPolicy: true },
];

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
    exp.runLoad(new K6Test(exp, `load-${variant.name}`, { target: app.http, script: mix, variant: variant.name }));
  }
}

/**
 * What each service mesh costs: the same hello app and the same k6 request mix without a mesh,
 * with Istio's sidecars, Istio ambient (ztunnel, and ztunnel with a waypoint), Linkerd, and a
 * plain NetworkPolicy, each in its own namespace and run in turn. The results document gives
 * each variant's latency (compare shows it against `no-mesh`), its data plane's CPU and memory
 * per pod and in total, the control plane's, and the cost per million requests (ADR 0152).
 */
export const meshComparison: ExperimentDefinition = {
  name: 'mesh-comparison',
  description: 'Latency and data-plane and control-plane cost of Istio sidecar, Istio ambient, Linkerd and a NetworkPolicy against no mesh',
  parameters: { users: 10, duration: '2m', thresholds: { p95LatencyMs: 500, errorRate: 0.05 } },
  // Five meshes' worth of pods come up before the first run.
  readyTimeout: '15m',
  build(exp) {
    buildMeshVariants(exp, MESH_VARIANTS);
  },
};
