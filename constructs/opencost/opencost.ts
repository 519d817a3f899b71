import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { MonitoringStack } from '../monitoring/monitoring-stack';
import type { OpenCostValues } from './values';

export interface OpenCostProps extends ComponentProps {
  /** The pinned opencost chart. */
  readonly chart: HelmChart;
  /** The Prometheus OpenCost reads usage from and whose scrapes carry its own metrics. */
  readonly monitoring: MonitoringStack;
  /** The cluster's name in OpenCost's reports: the environment's. */
  readonly clusterId: string;
  /**
   * Namespace.
   * @default 'opencost'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the cost exporter.
   * @default 20m/128Mi requested, 500m/512Mi limit
   */
  readonly exporterResources?: Resources;
  /**
   * Requests and limits of the UI.
   * @default 10m/32Mi requested, 100m/64Mi limit
   */
  readonly uiResources?: Resources;
}

const RELEASE = 'opencost';

/**
 * OpenCost: measured cost per namespace and workload, from the hub's Prometheus (usage from
 * cAdvisor and kube-state-metrics, prices from its own exported metrics, which that Prometheus
 * scrapes too). It sits beside `npm run cost`, which prices what the manifests request.
 */
export class OpenCost extends Component {
  /** The in-cluster URL of OpenCost's API (allocation queries). */
  public readonly apiUrl: string;

  public constructor(scope: Construct, id: string, props: OpenCostProps) {
    super(scope, id, props, {
      name: RELEASE,
      namespace: props.namespace ?? RELEASE,
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const prometheus = props.monitoring.prometheusService;
    const values: OpenCostValues = {
      opencost: {
        exporter: {
          defaultClusterId: checkLabelName(where, 'clusterId', props.clusterId),
          resources: checkResources(where, 'exporterResources', props.exporterResources ?? {
            requests: { cpu: '20m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
          }),
        },
        ui: {
          resources: checkResources(where, 'uiResources', props.uiResources ?? {
            requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' },
          }),
        },
        // The chart brings no Prometheus; it builds http://<serviceName>.<namespaceName>:<port>.
        prometheus: {
          internal: { enabled: true, serviceName: prometheus.name, namespaceName: prometheus.namespace, port: prometheus.port },
        },
      },
    };
    this.installChart(props.chart, values);
    this.apiUrl = `http://${serviceHost(RELEASE, namespace)}:9003`;
    recordWiring(this, props.monitoring, 'usage metrics');
    // Its price and allocation metrics are served on the exporter's API port (Service port `http`, 9003).
    scrape(this, {
      job: 'opencost',
      target: 'service',
      namespace,
      selector: { 'app.kubernetes.io/name': 'opencost', 'app.kubernetes.io/instance': RELEASE },
      port: 'http',
      interval: '1m',
    });
  }
}
