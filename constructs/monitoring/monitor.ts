import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  PodMonitor,
  PodMonitorSpecPodMetricsEndpointsRelabelingsAction,
  PodMonitorSpecPodMetricsEndpointsScheme,
} from '../../imports/prometheus-podmonitor-monitoring.coreos.com';
import {
  ServiceMonitor,
  ServiceMonitorSpecEndpointsRelabelingsAction,
  ServiceMonitorSpecEndpointsScheme,
} from '../../imports/prometheus-servicemonitor-monitoring.coreos.com';
import type { MetricsEndpoint } from './metrics-endpoint';

/** The token every pod of Prometheus has mounted (kube-prometheus-stack automounts it). */
const PROMETHEUS_TOKEN_FILE = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * The ServiceMonitor (target `service`) or PodMonitor (target `pod`) of one declared endpoint,
 * named after its job, written into `namespace` and selecting the endpoint's namespace. A
 * relabeling sets `job` to the declared name, which dashboards and objectives select by.
 */
export function writeMonitor(scope: Construct, endpoint: MetricsEndpoint, namespace: string): ApiObject {
  const common = {
    path: endpoint.path,
    interval: endpoint.interval,
    ...(Object.keys(endpoint.params).length ? { params: toMutable(endpoint.params) } : {}),
    ...(endpoint.insecureSkipVerify ? { tlsConfig: { insecureSkipVerify: true } } : {}),
  };
  const metadata = { name: endpoint.job, namespace };
  const namespaceSelector = { matchNames: [endpoint.namespace] };
  const selector = { matchLabels: { ...endpoint.selector } };
  if (endpoint.target === 'service') {
    return new ServiceMonitor(scope, endpoint.job, {
      metadata,
      spec: {
        namespaceSelector,
        selector,
        endpoints: [{
          port: String(endpoint.port),
          ...common,
          scheme: endpoint.scheme === 'https' ? ServiceMonitorSpecEndpointsScheme.HTTPS : ServiceMonitorSpecEndpointsScheme.HTTP,
          ...(endpoint.prometheusToken ? { bearerTokenFile: PROMETHEUS_TOKEN_FILE } : {}),
          relabelings: [{ action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: endpoint.job }],
        }],
      },
    });
  }
  return new PodMonitor(scope, endpoint.job, {
    metadata,
    spec: {
      namespaceSelector,
      selector,
      podMetricsEndpoints: [{
        ...(typeof endpoint.port === 'number' ? { portNumber: endpoint.port } : { port: endpoint.port }),
        ...common,
        scheme: endpoint.scheme === 'https' ? PodMonitorSpecPodMetricsEndpointsScheme.HTTPS : PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
        relabelings: [{ action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: endpoint.job }],
      }],
    },
  });
}

function toMutable(params: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(params).map(([name, values]) => [name, [...values]]));
}
