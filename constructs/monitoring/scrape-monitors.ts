import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
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
import { customResourceAfter } from '../argocd/sync-order';
import { LabError } from '../core/errors';
import type { MetricsEndpoint } from './metrics-endpoint';
import { scrapeEndpointsIn } from './metrics-declarations';

export interface ScrapeMonitorsProps {
  /** The namespace the monitors are written to (the monitoring stack's). */
  readonly namespace: string;
  /** The construct tree whose components' declarations are turned into monitors (a hub). */
  readonly declarationsOf: IConstruct;
}

/**
 * The ServiceMonitors and PodMonitors of every endpoint the components below `declarationsOf`
 * declared. They live in the monitoring stack's namespace and select their targets' namespace,
 * so no component needs Prometheus' CRDs before it syncs. Each sets the `job` label to the
 * declared job name, which dashboards and SLOs select by.
 */
export class ScrapeMonitors extends Construct {
  /** The monitors written, for ordering. */
  public readonly monitors: readonly ApiObject[];

  public constructor(scope: Construct, id: string, props: ScrapeMonitorsProps) {
    super(scope, id);
    const seen = new Map<string, string>();
    const monitors: ApiObject[] = [];
    for (const { component, endpoint } of scrapeEndpointsIn(props.declarationsOf)) {
      const other = seen.get(endpoint.job);
      if (other !== undefined) {
        throw new LabError(`${component.node.path}: metrics job "${endpoint.job}" is declared twice (also by ${other}); each job name once`);
      }
      seen.set(endpoint.job, component.node.path);
      const monitor = endpoint.target === 'service'
        ? serviceMonitor(this, endpoint, props.namespace)
        : podMonitor(this, endpoint, props.namespace);
      customResourceAfter(monitor);
      monitors.push(monitor);
    }
    this.monitors = monitors;
  }
}

function serviceMonitor(scope: Construct, endpoint: MetricsEndpoint, namespace: string): ApiObject {
  return new ServiceMonitor(scope, endpoint.job, {
    metadata: { name: endpoint.job, namespace },
    spec: {
      namespaceSelector: { matchNames: [endpoint.namespace] },
      selector: { matchLabels: { ...endpoint.selector } },
      endpoints: [{
        port: String(endpoint.port),
        path: endpoint.path,
        interval: endpoint.interval,
        scheme: endpoint.scheme === 'https' ? ServiceMonitorSpecEndpointsScheme.HTTPS : ServiceMonitorSpecEndpointsScheme.HTTP,
        ...(endpoint.insecureSkipVerify ? { tlsConfig: { insecureSkipVerify: true } } : {}),
        relabelings: [{ action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: endpoint.job }],
      }],
    },
  });
}

function podMonitor(scope: Construct, endpoint: MetricsEndpoint, namespace: string): ApiObject {
  return new PodMonitor(scope, endpoint.job, {
    metadata: { name: endpoint.job, namespace },
    spec: {
      namespaceSelector: { matchNames: [endpoint.namespace] },
      selector: { matchLabels: { ...endpoint.selector } },
      podMetricsEndpoints: [{
        ...(typeof endpoint.port === 'number' ? { portNumber: endpoint.port } : { port: endpoint.port }),
        path: endpoint.path,
        interval: endpoint.interval,
        scheme: endpoint.scheme === 'https' ? PodMonitorSpecPodMetricsEndpointsScheme.HTTPS : PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
        ...(endpoint.insecureSkipVerify ? { tlsConfig: { insecureSkipVerify: true } } : {}),
        relabelings: [{ action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: endpoint.job }],
      }],
    },
  });
}
