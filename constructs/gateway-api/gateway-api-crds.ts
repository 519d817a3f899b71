import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { GitDirectorySource } from '../argocd/git-directory-source';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { GATEWAY_API_RELEASE } from './release';

export interface GatewayApiCrdsProps extends ComponentProps {
  /**
   * The namespace of the Application; the CRDs themselves are cluster-scoped.
   * @default 'gateway-api'
   */
  readonly namespace?: string;
}

/**
 * The Gateway API's CRDs, standard channel, as one hub component (ADR 0130): every gateway
 * implementation the lab installs comes after it and has its own copy of these CRDs turned off,
 * so no two Applications own the same CRD. The files are applied from the Gateway API's
 * repository at the release tag ({@link GATEWAY_API_RELEASE}), not copied into dist/.
 *
 * @example
 * const crds = new GatewayApiCrds(hub, 'gateway-api');
 * new EnvoyGateway(hub, 'envoy-gateway', { chart, gatewayApi: crds });
 */
export class GatewayApiCrds extends Component {
  /** The installed release's version, such as `v1.6.1`. */
  public readonly version: string;
  /** `standard`: the experimental channel is not installed (ADR 0130). */
  public readonly channel: string;

  public constructor(scope: Construct, id: string, props: GatewayApiCrdsProps = {}) {
    super(scope, id, props, {
      name: 'gateway-api',
      namespace: props.namespace ?? 'gateway-api',
      // HTTPRoute's CRD alone exceeds the annotation limit of client-side apply.
      serverSideApply: true,
    });
    this.application.addSource(new GitDirectorySource({
      repoUrl: GATEWAY_API_RELEASE.repoUrl,
      tag: GATEWAY_API_RELEASE.version,
      path: GATEWAY_API_RELEASE.path,
      include: GATEWAY_API_RELEASE.crdFiles,
    }));
    this.version = GATEWAY_API_RELEASE.version;
    this.channel = GATEWAY_API_RELEASE.channel;
    declareNoMetrics(this, 'it installs CustomResourceDefinitions only, no process; each implementation serves its own metrics');
  }
}
