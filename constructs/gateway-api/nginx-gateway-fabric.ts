import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { GatewayApiCrds } from './gateway-api-crds';
import type { NginxGatewayFabricValues } from './values';

export interface NginxGatewayFabricProps extends ComponentProps {
  /** The pinned `nginx-gateway-fabric` chart. */
  readonly chart: HelmChart;
  /** The Gateway API's CRDs; NGINX Gateway Fabric is synced after them. */
  readonly gatewayApi: GatewayApiCrds;
  /**
   * Namespace of the control plane.
   * @default 'nginx-gateway'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the control plane.
   * @default 50m/128Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * Requests and limits of each NGINX data plane pod, unless its Gateway sets its own.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly dataPlaneResources?: Resources;
}

/**
 * NGINX Gateway Fabric (`nginx-gateway-fabric`, OCI chart 2.6.7): the control plane, the
 * GatewayClass `nginx` its chart creates, and its own CRDs (gateway.nginx.org, from the chart's
 * `crds/` folder, which holds no Gateway API CRD: ADR 0130). Experimental Gateway API features
 * stay off (`gwAPIExperimentalFeatures.enable: false`, the default), so the standard channel
 * suffices.
 */
export class NginxGatewayFabric extends Component {
  public constructor(scope: Construct, id: string, props: NginxGatewayFabricProps) {
    super(scope, id, props, {
      after: [props.gatewayApi],
      name: 'nginx-gateway-fabric',
      namespace: props.namespace ?? 'nginx-gateway',
      // Its NginxProxy CRD exceeds client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: NginxGatewayFabricValues = {
      nginxGateway: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
        }),
        gwAPIExperimentalFeatures: { enable: false },
      },
      nginx: {
        container: {
          resources: checkResources(where, 'dataPlaneResources', props.dataPlaneResources ?? {
            requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
          }),
        },
      },
    };
    this.installChart(props.chart, values);
    // The control plane serves its metrics on `nginxGateway.metrics.port` (9113, container port
    // `metrics`); its pod carries the chart's selector labels, app.kubernetes.io/name (the chart's
    // name) and app.kubernetes.io/instance (the release).
    scrape(this, {
      job: 'nginx-gateway-fabric', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'nginx-gateway-fabric', 'app.kubernetes.io/instance': this.componentName }, port: 'metrics',
    });
  }
}
