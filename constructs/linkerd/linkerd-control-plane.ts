import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { GatewayApiCrds } from '../gateway-api/gateway-api-crds';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { LINKERD_NAMESPACE, LINKERD_NAMESPACE_LABELS, LinkerdCrds } from './linkerd-crds';
import type { LinkerdIdentity } from './linkerd-identity';
import type { LinkerdControlPlaneValues, LinkerdResources } from './values';

export interface LinkerdControlPlaneProps extends ComponentProps {
  /** The pinned `linkerd-control-plane` chart. */
  readonly chart: HelmChart;
  /** Linkerd's CRDs; synced first. */
  readonly crds: LinkerdCrds;
  /** The certificates and trust roots the control plane reads; synced first. */
  readonly identity: LinkerdIdentity;
  /**
   * The hub's Gateway API CRDs (standard channel); synced first. The policy controller lists and
   * watches HTTPRoute and GRPCRoute `v1` at start (NOTES.md, linkerd-control-plane 2026.4.4), and
   * `LinkerdCrds` leaves them out (`installGatewayAPI: false`).
   */
  readonly gatewayApi: GatewayApiCrds;
  /**
   * Requests and limits of each controller (identity, destination, proxy injector, SP validator,
   * policy controller).
   * @default 10m/32Mi requested, 500m/256Mi limit
   */
  readonly controllerResources?: Resources;
  /**
   * Requests and limits of every proxy Linkerd injects: the data plane the mesh comparison measures.
   * @default 10m/20Mi requested, 1 CPU/256Mi limit
   */
  readonly proxyResources?: Resources;
}

/** Control-plane Deployments whose pods carry a Linkerd proxy: identity, destination, proxy injector. */
const PROXIED_CONTROLLERS = 3;

/** Labels of the control plane's pods (linkerd-control-plane 2026.4.4 templates). */
const CONTROL_PLANE_POD_LABELS = { 'linkerd.io/control-plane-ns': LINKERD_NAMESPACE };

/**
 * Linkerd's control plane (the `linkerd-control-plane` chart, one replica of each controller).
 * Its identity issuer and webhook certificates come from {@link LinkerdIdentity} (cert-manager),
 * so the chart generates no certificate and a render is the same every time. Every proxy runs
 * as a Kubernetes native sidecar, so that a Job's pod (a k6 runner) ends with its main container.
 *
 * @example
 * const linkerd = new LinkerdControlPlane(hub, 'linkerd-control-plane', { chart, crds, identity, gatewayApi });
 */
export class LinkerdControlPlane extends Component {
  /** Requests and limits of each proxy Linkerd injects. */
  public readonly proxyResources: Resources;

  public constructor(scope: Construct, id: string, props: LinkerdControlPlaneProps) {
    // Checked before `super`, which orders the Application after it.
    if (!(props.gatewayApi instanceof GatewayApiCrds)) {
      throw new ValidationError(`${scope.node.path ? `${scope.node.path}/` : ''}${id}`, 'gatewayApi',
        (props.gatewayApi as { node?: { path: string } } | undefined)?.node?.path ?? props.gatewayApi,
        'the hub\'s GatewayApiCrds (Capabilities.gatewayApi): the policy controller watches HTTPRoute and GRPCRoute');
    }
    super(scope, id, props, {
      after: [props.crds, props.identity, props.gatewayApi],
      name: 'linkerd-control-plane',
      namespace: LINKERD_NAMESPACE,
      namespaceLabels: { ...LINKERD_NAMESPACE_LABELS },
    });
    const where = this.node.path;
    const controller = linkerdResources(checkResources(where, 'controllerResources', props.controllerResources ?? {
      requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    }));
    this.proxyResources = checkResources(where, 'proxyResources', props.proxyResources ?? {
      requests: { cpu: '10m', memory: '20Mi' }, limits: { cpu: '1', memory: '256Mi' },
    });
    const proxy = linkerdResources(this.proxyResources);
    const webhooks = props.identity.webhooks;
    const values: LinkerdControlPlaneValues = {
      controllerReplicas: 1,
      // The heartbeat CronJob reports to Linkerd's version check service; the lab does not.
      disableHeartBeat: true,
      identity: { externalCA: true, issuer: { scheme: 'kubernetes.io/tls' } },
      proxyInjector: { externalSecret: true, injectCaFrom: webhooks['linkerd-proxy-injector'].injectCaFrom },
      profileValidator: { externalSecret: true, injectCaFrom: webhooks['linkerd-sp-validator'].injectCaFrom },
      policyValidator: { externalSecret: true, injectCaFrom: webhooks['linkerd-policy-validator'].injectCaFrom },
      // Beta in the chart; needs Kubernetes 1.29 or later, which every environment runs.
      proxy: { nativeSidecar: true, resources: proxy },
      policyController: { resources: controller },
      identityResources: controller,
      destinationResources: controller,
      proxyInjectorResources: controller,
      spValidatorResources: controller,
    };
    // Each of the identity, destination and proxy-injector Deployments (controllerReplicas pods
    // each) runs a proxy sized by `proxy.resources` when no per-component override is set
    // (templates/identity.yaml, destination.yaml, proxy-injector.yaml at edge-26.4.4, the source
    // of chart 2026.4.4); the pods the injector meshes are counted where they run (ADR 0158).
    this.installChart(props.chart, values, { replicatedValues: { 'proxy.resources': PROXIED_CONTROLLERS * values.controllerReplicas } });
    // Every controller serves its metrics on the container port `admin-http` at /metrics
    // (templates/destination.yaml, identity.yaml, proxy-injector.yaml, 2026.4.4).
    scrape(this, {
      job: 'linkerd-control-plane', target: 'pod', namespace: this.namespace,
      selector: CONTROL_PLANE_POD_LABELS, port: 'admin-http',
    });
  }
}

/** The lab's requests and limits in Linkerd's form (`cpu.request`, `memory.limit`, ...). */
function linkerdResources(resources: Resources): LinkerdResources {
  return {
    cpu: { request: resources.requests.cpu, limit: resources.limits.cpu ?? '' },
    memory: { request: resources.requests.memory, limit: resources.limits.memory },
  };
}
