import { Construct } from 'constructs';
import { GatewayClass } from '../../imports/gateway-api-gatewayclass-gateway.networking.k8s.io';
import { Component, ComponentProps } from '../argocd/component';
import { GitDirectorySource } from '../argocd/git-directory-source';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { GatewayApiCrds } from './gateway-api-crds';
import { ENVOY_GATEWAY } from './envoy-gateway-implementation';
import type { EnvoyGatewayValues } from './values';

export interface EnvoyGatewayProps extends ComponentProps {
  /** The pinned `gateway-helm` chart. */
  readonly chart: HelmChart;
  /** The Gateway API's CRDs; Envoy Gateway is synced after them and installs none of its own. */
  readonly gatewayApi: GatewayApiCrds;
  /**
   * Namespace of the controller.
   * @default 'envoy-gateway-system'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the controller.
   * @default 50m/128Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Envoy Gateway (`gateway-helm`): the controller that runs an Envoy proxy Deployment and
 * LoadBalancer Service per Gateway of its class, and the GatewayClass `envoy-gateway`.
 *
 * - The chart's `crds` subchart is turned off: it would install the Gateway API's experimental
 *   channel over the hub's standard one (ADR 0130). Envoy Gateway's own CRDs (EnvoyProxy and its
 *   policies) come instead from the same subchart's `crds/generated` folder at the release tag.
 * - Proxies run in their Gateway's namespace (`GatewayNamespace` mode), so an experiment's
 *   results charge each gateway's data plane to its own variant.
 *
 * @example
 * const eg = new EnvoyGateway(hub, 'envoy-gateway', { chart: env.charts.envoyGateway, gatewayApi });
 */
export class EnvoyGateway extends Component {
  /** The GatewayClass Gateways of this implementation name. */
  public readonly gatewayClassName: string;

  public constructor(scope: Construct, id: string, props: EnvoyGatewayProps) {
    super(scope, id, props, {
      after: [props.gatewayApi],
      name: 'envoy-gateway',
      namespace: props.namespace ?? 'envoy-gateway-system',
      // The EnvoyProxy CRD exceeds client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: EnvoyGatewayValues = {
      crds: { enabled: false },
      deployment: {
        envoyGateway: {
          resources: checkResources(where, 'resources', props.resources ?? {
            requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
          }),
        },
      },
      // Envoy Gateway's `EnvoyGateway` configuration: provider.kubernetes.deploy.type (v1.9 API).
      config: { envoyGateway: { provider: { type: 'Kubernetes', kubernetes: { deploy: { type: 'GatewayNamespace' } } } } },
    };
    this.installChart(props.chart, values);
    this.application.addSource(new GitDirectorySource({
      repoUrl: ENVOY_GATEWAY.repoUrl,
      tag: props.chart.version,
      path: 'charts/gateway-helm/charts/crds/crds/generated',
    }));
    this.gatewayClassName = ENVOY_GATEWAY.gatewayClassName;
    new GatewayClass(this.objects, 'GatewayClass', {
      metadata: { name: this.gatewayClassName },
      spec: { controllerName: ENVOY_GATEWAY.controllerName, description: 'Envoy Gateway: Envoy proxies in each Gateway\'s namespace' },
    });
    // The controller serves its own metrics on the container port `metrics` (19001,
    // deployment.ports of the v1.9.0 chart); its pod carries the chart's selector labels
    // app.kubernetes.io/name=gateway-helm and app.kubernetes.io/instance=<release>.
    scrape(this, {
      job: 'envoy-gateway', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'gateway-helm', 'app.kubernetes.io/instance': this.componentName }, port: 'metrics',
    });
  }
}
