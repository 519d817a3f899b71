import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { Resources } from '../k8s/resources';
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

  public constructor(scope: Construct, id: string, props: CrossplaneProvidersProps) {
    super(scope, id, props, { name: 'crossplane-providers', namespace: props.crossplane.namespace, after: [props.crossplane] });
    this.providers = props.packages.map((pkg) => new CrossplaneProvider(this.objects, pkg.kind, {
      package: pkg, namespace: this.namespace, resources: props.resources,
    }));
  }
}
