import type { Measurement } from '../results/run-plan';
import type { DataPlane } from './implementation';

/**
 * What a gateway's own proxies used while a variant's load ran, apart from everything else in
 * its namespaces (the load generator, the backend): the mean CPU in cores and the peak memory of
 * the data plane's pods. The pods are those of the data plane's Deployment, which both
 * implementations name like its Service (`<deployment>-<replica set>-<pod>`); the series are
 * cAdvisor's, as the results document's own usage queries read them (`container!=""` drops the
 * pod-level series).
 */
export function dataPlaneMeasurements(namespace: string, dataPlane: DataPlane): Measurement[] {
  const selector = `namespace="${dataPlane.namespace ?? namespace}",pod=~"${dataPlane.serviceName}-[a-z0-9]+-[a-z0-9]+",container!=""`;
  return [
    { name: 'gatewayCpuCores', unit: 'cores', query: `sum(rate(container_cpu_usage_seconds_total{${selector}}[$window]))` },
    { name: 'gatewayMemoryPeakBytes', unit: 'bytes', query: `max_over_time(sum(container_memory_working_set_bytes{${selector}})[$window:15s])` },
  ];
}
