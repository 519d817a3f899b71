import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Component, ComponentProps } from './component';
import { ARGOCD_NAMESPACE } from './constants';
import type { HelmChart } from '../helm/helm-chart';
import type { Resources } from '../k8s/resources';
import { checkDomain } from '../core/validation';
import { addressRequest } from '../metallb/address-request';
import type { LoadBalancerAddress } from '../network/address-pool';
import { scrape } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { ArgoCdValues } from './values';

export interface ArgoCdProps extends ComponentProps {
  /** The pinned argo-cd chart; the bootstrap install must use the same version. */
  readonly chart: HelmChart;
  /**
   * The environment's domain; the UI and API are `argocd-server.argocd.<domain>`, the name the
   * hub's DNS gives the server's Service, and ArgoCD's `url` (SSO callbacks, links in
   * notifications) follows from it.
   */
  readonly domain: string;
  /**
   * The fixed address of the API server's LoadBalancer service.
   * @default - a ClusterIP service only
   */
  readonly address?: LoadBalancerAddress;
}

const WEBHOOK_SECRET = { name: 'argocd-webhook-secret', key: 'webhook.github.secret' } as const;

const SMALL: Resources = { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };
const MEDIUM: Resources = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } };

/**
 * Health of Application objects, which ArgoCD no longer assesses by default: without it, sync
 * waves between the app-of-apps' children would not wait for a child to become healthy.
 */
const APPLICATION_HEALTH = [
  'hs = { status = "Progressing", message = "" }',
  'if obj.status ~= nil and obj.status.health ~= nil then',
  '  hs.status = obj.status.health.status',
  '  if obj.status.health.message ~= nil then hs.message = obj.status.health.message end',
  'end',
  'return hs',
  '',
].join('\n');

/**
 * ArgoCD managing itself after the bootstrap install: the same chart and release name, so the
 * Application adopts what `helm install` created. Dex is off (the lab has no SSO); the server's
 * TLS certificate comes from cert-manager, not the chart.
 */
export class ArgoCd extends Component {
  /** The in-cluster URL of the API server, for webhooks. */
  public readonly serverUrl = `https://${serviceHost('argocd-server', ARGOCD_NAMESPACE)}`;
  /** The name of the Secret the API server reads its TLS certificate from. */
  public readonly tlsSecretName = 'argocd-server-tls';
  /**
   * The Secret and key ArgoCD checks GitHub webhook signatures with. It lives outside
   * `argocd-secret`, which the chart owns, and must carry the label `app.kubernetes.io/part-of:
   * argocd` for ArgoCD to read it.
   */
  public readonly webhookSecret = WEBHOOK_SECRET;
  /** The host name of the UI and API. */
  public readonly hostname: string;
  /** The API server's metrics (gRPC and HTTP requests), for objectives on the API. */
  public readonly serverMetrics: MetricsEndpoint;
  /** The application controller's metrics (`argocd_app_info`: sync and health of every Application). */
  public readonly controllerMetrics: MetricsEndpoint;

  public constructor(scope: Construct, id: string, props: ArgoCdProps) {
    super(scope, id, props, {
      name: 'argocd',
      namespace: ARGOCD_NAMESPACE,
      serverSideApply: true,
      // Deleting the Application (or the root above it) must not take ArgoCD down with it.
      cascadeDelete: false,
    });
    const where = this.node.path;
    // The chart writes argocd-cm's url as https://<global.domain> (argo-cd 10.1.1, _helpers.tpl
    // "argo-cd.config.cm.presets"); its default is the example domain argocd.example.com.
    const hostname = `argocd-server.${ARGOCD_NAMESPACE}.${checkDomain(where, 'domain', props.domain)}`;
    const values: ArgoCdValues = {
      global: { domain: hostname },
      configs: {
        cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH },
        // A reference (`$secret:key`), not the secret: its value comes from OpenBao.
        secret: { githubSecret: `$${WEBHOOK_SECRET.name}:${WEBHOOK_SECRET.key}` },
      },
      dex: { enabled: false },
      controller: { resources: MEDIUM },
      repoServer: { resources: MEDIUM },
      applicationSet: { resources: SMALL },
      notifications: { resources: SMALL },
      redis: { resources: SMALL },
      server: {
        resources: SMALL,
        certificate: { enabled: false },
        service: props.address
          ? { type: 'LoadBalancer', annotations: addressRequest(props.address) }
          : { type: 'ClusterIP' },
      },
    };
    this.installChart(props.chart, values);
    this.hostname = hostname;

    // Argo CD 3.4 serves metrics on its own ports, named `metrics` in the argo-cd 10.1.1 chart
    // (8083 on the API server, 8082 on the application controller); the chart labels each pod
    // app.kubernetes.io/name=<its component> (templates/_helpers.tpl "argo-cd.labels").
    this.serverMetrics = scrape(this, {
      job: 'argocd-server', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'argocd-server' }, port: 'metrics',
    });
    this.controllerMetrics = scrape(this, {
      job: 'argocd-application-controller', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'argocd-application-controller' }, port: 'metrics',
    });
  }
}
