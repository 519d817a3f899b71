import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import type { Crossplane } from './crossplane';
import { CrossplaneProvider, ProviderPackage } from './provider';

export interface CrossplaneProvidersProps extends ComponentProps {
  /** The provider packages to install. */
  readonly packages: readonly ProviderPackage[];
  /** Crossplane's core: the providers run in its namespace and come after it. */
  readonly crossplane: Crossplane;
  /**
   * Requests and limits of each provider's pod.
   * @default - the provider's defaults
   */
  readonly resources?: Resources;
}

/** The Crossplane providers of the hub, in their own Application after Crossplane's core. */
export class CrossplaneProviders extends Component {
  public readonly providers: readonly CrossplaneProvider[];
  /** Each provider's metrics, in the order of {@link providers}. */
  public readonly metrics: readonly MetricsEndpoint[];

  public constructor(scope: Construct, id: string, props: CrossplaneProvidersProps) {
    super(scope, id, props, { name: 'crossplane-providers', namespace: props.crossplane.namespace, after: [props.crossplane] });
    this.providers = props.packages.map((pkg) => new CrossplaneProvider(this.objects, pkg.kind, {
      package: pkg, namespace: this.namespace, resources: props.resources,
    }));
    // Crossplane 2.3.4's package manager gives every provider pod a container port `metrics`
    // (8080) and the label pkg.crossplane.io/provider=<Provider name> (internal/controller/pkg/
    // runtime: runtime.go, podSelectors).
    this.metrics = this.providers.map((provider) => scrape(this, {
      job: `crossplane-${provider.providerName}`, target: 'pod', namespace: this.namespace,
      selector: { 'pkg.crossplane.io/provider': provider.providerName }, port: 'metrics',
    }));
  }
}
