import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { Resources } from '../k8s/resources';
import { CrossplaneProvider, ProviderPackage } from './provider';

export interface CrossplaneProvidersProps extends ComponentProps {
  /** The provider packages to install. */
  readonly packages: readonly ProviderPackage[];
  /**
   * The namespace Crossplane runs in.
   * @default 'crossplane-system'
   */
  readonly namespace?: string;
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
    const namespace = props.namespace ?? 'crossplane-system';
    super(scope, id, props, { name: 'crossplane-providers', namespace });
    this.providers = props.packages.map((pkg) => new CrossplaneProvider(this.objects, pkg.kind, {
      package: pkg, namespace, resources: props.resources,
    }));
  }
}
