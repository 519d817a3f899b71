import type { Measurement } from '../../constructs/results/run-plan';
import type { MeshVariant } from './variants';

/**
 * cAdvisor's container series of a set of pods: `container!=""` drops the pod-level cgroup
 * series, as the results document's usage does (constructs/results/prometheus-usage.ts).
 */
type Selector = string;

const ISTIO_SYSTEM = 'istio-system';
const LINKERD = 'linkerd';

/** Istio's injected proxy container (sidecar mode) and Linkerd's. */
const sidecarOf = (namespace: string, container: string): Selector => `namespace="${namespace}",container="${container}"`;
/** Pods of a Deployment or DaemonSet, by the name prefix Kubernetes gives their pods. */
const podsOf = (namespace: string, prefix: string): Selector => `namespace="${namespace}",pod=~"${prefix}-.*",container!=""`;

/** What carries a variant's traffic (its data plane) and what configures it (its control plane). */
interface Planes {
  readonly data: readonly Selector[];
  readonly control: readonly Selector[];
}

/**
 * Where each variant's proxies run. Sidecars are in the variant's namespace, the app's pods and
 * the k6 runners' alike (both ends of every request pay); ztunnel runs once per node in
 * istio-system, and a waypoint is the `waypoint` Deployment istiod creates in the namespace.
 * Without a mesh the only thing on the path is the CNI: Cilium's agent where it runs (no series,
 * so null, elsewhere).
 */
function planesOf(variant: MeshVariant, namespace: string): Planes {
  const istiod = [podsOf(ISTIO_SYSTEM, 'istiod')];
  const ztunnel = podsOf(ISTIO_SYSTEM, 'ztunnel');
  switch (variant.mesh?.mode) {
    case 'sidecar': return { data: [sidecarOf(namespace, 'istio-proxy')], control: istiod };
    case 'ambient': return { data: variant.mesh.waypoint ? [ztunnel, podsOf(namespace, 'waypoint')] : [ztunnel], control: istiod };
    case 'linkerd': return { data: [sidecarOf(namespace, 'linkerd-proxy')], control: [`namespace="${LINKERD}",container!=""`] };
    default: return { data: [podsOf('kube-system', 'cilium')], control: [] };
  }
}

/** `metric{a} or metric{b}`: the union of several selectors' series, each wrapped by `wrap`. */
const union = (selectors: readonly Selector[], wrap: (series: string) => string) => selectors.map(wrap).join(' or ');
const cpu = (selectors: readonly Selector[]) => union(selectors, (s) => `rate(container_cpu_usage_seconds_total{${s}}[$window])`);
const memory = (selectors: readonly Selector[]) => union(selectors, (s) => `container_memory_working_set_bytes{${s}}`);
/** Resolution of the memory subqueries; matches the usual 15 s scrape interval. */
const STEP = '15s';

/**
 * The figures the results document holds for a variant, read from Prometheus when its load ends:
 * its data plane's CPU (mean cores over the window) and peak memory, in total and per proxy, how
 * many proxies there were, and its control plane's CPU and peak memory. A variant without a
 * control plane has no control-plane figures; a query without series gives null.
 */
export function meshMeasurements(variant: MeshVariant, namespace: string): Measurement[] {
  const { data, control } = planesOf(variant, namespace);
  const figures: Measurement[] = [
    { name: 'dataPlaneCpuCores', unit: 'cores', query: `sum(${cpu(data)})` },
    { name: 'dataPlaneMemoryBytes', unit: 'bytes', query: `max_over_time(sum(${memory(data)})[$window:${STEP}])` },
    { name: 'dataPlaneProxies', unit: 'count', query: `max_over_time(count(${memory(data)})[$window:${STEP}])` },
    { name: 'dataPlaneCpuCoresPerProxy', unit: 'cores', query: `avg(${cpu(data)})` },
    { name: 'dataPlaneMemoryBytesPerProxy', unit: 'bytes', query: `max_over_time(avg(${memory(data)})[$window:${STEP}])` },
  ];
  if (control.length) {
    figures.push(
      { name: 'controlPlaneCpuCores', unit: 'cores', query: `sum(${cpu(control)})` },
      { name: 'controlPlaneMemoryBytes', unit: 'bytes', query: `max_over_time(sum(${memory(control)})[$window:${STEP}])` },
    );
  }
  return figures;
}
