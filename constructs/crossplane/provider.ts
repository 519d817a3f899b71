import { Construct } from 'constructs';
import {
  DeploymentRuntimeConfig,
  DeploymentRuntimeConfigSpecDeploymentTemplateSpecTemplateSpecContainersResourcesLimits as RuntimeLimits,
  DeploymentRuntimeConfigSpecDeploymentTemplateSpecTemplateSpecContainersResourcesRequests as RuntimeRequests,
} from '../../imports/crossplane-runtimeconfig-pkg.crossplane.io';
import { Provider } from '../../imports/crossplane-provider-pkg.crossplane.io';
import { ProviderConfig as HelmProviderConfig, ProviderConfigSpecCredentialsSource as HelmCredentialsSource } from '../../imports/provider-helm-helm.crossplane.io';
import {
  ProviderConfig as KubernetesProviderConfig,
  ProviderConfigSpecCredentialsSource as KubernetesCredentialsSource,
} from '../../imports/provider-kubernetes-kubernetes.crossplane.io';
import { customResourceAfter } from '../argocd/sync-order';
import { ValidationError } from '../core/errors';
import { checkOneOf } from '../core/validation';
import { bindingResources, checkResources, Resources } from '../k8s/resources';

/** The providers the lab installs, and how each one's ProviderConfig is written. */
export type ProviderKind = 'kubernetes' | 'helm';
const PROVIDER_KINDS: readonly ProviderKind[] = ['kubernetes', 'helm'];

/** A Crossplane provider package pinned to a version. */
export interface ProviderPackage {
  readonly kind: ProviderKind;
  /** The OCI reference with its tag, e.g. `xpkg.crossplane.io/crossplane-contrib/provider-helm:v1.4.0`. */
  readonly image: string;
}

export interface CrossplaneProviderProps {
  /** The pinned package. */
  readonly package: ProviderPackage;
  /** The namespace Crossplane runs its providers in. */
  readonly namespace: string;
  /**
   * Requests and limits of the provider's pod.
   * @default 50m/128Mi requested, 500m/512Mi limit
   */
  readonly resources?: Resources;
}

/**
 * A Crossplane provider with its runtime (service account, resources) and a ProviderConfig named `default` that uses the pod's own identity.
 * Object waves order them: runtime and RBAC, then the package, then the config, whose CRD only
 * exists once the package is installed (ADR 0011).
 */
export class CrossplaneProvider extends Construct {
  /** The provider's name, e.g. `provider-helm`; also its service account's. */
  public readonly providerName: string;

  public constructor(scope: Construct, id: string, props: CrossplaneProviderProps) {
    super(scope, id);
    const where = this.node.path;
    const kind = checkOneOf(where, 'package.kind', props.package.kind, PROVIDER_KINDS);
    const match = /^[a-z0-9.-]+(\/[a-z0-9._-]+)+\/(provider-[a-z0-9-]+):(v[0-9][0-9A-Za-z.+-]*)$/.exec(props.package.image);
    if (!match) {
      throw new ValidationError(where, 'package.image', props.package.image,
        'a provider package with a pinned version tag, such as xpkg.crossplane.io/crossplane-contrib/provider-helm:v1.4.0');
    }
    this.providerName = match[2];
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' },
    });

    new DeploymentRuntimeConfig(this, 'RuntimeConfig', {
      metadata: { name: this.providerName },
      spec: {
        serviceAccountTemplate: { metadata: { name: this.providerName } },
        deploymentTemplate: {
          spec: {
            selector: {},
            template: {
              spec: {
                securityContext: { runAsNonRoot: true },
                containers: [{ name: 'package-runtime', resources: bindingResources(resources, RuntimeLimits, RuntimeRequests) }],
              },
            },
          },
        },
      },
    });

    // No rights beyond what Crossplane's RBAC manager gives every provider over its own
    // resources: nothing in the lab uses the providers yet, and cluster-admin would make their
    // service accounts the widest grant of the hub (ADR 0073). A use grants what it needs.

    const provider = new Provider(this, 'Provider', {
      metadata: { name: this.providerName },
      spec: { package: props.package.image, runtimeConfigRef: { name: this.providerName } },
    });
    // After its runtime config, which the package manager reads when it starts the provider.
    customResourceAfter(provider);

    const configMetadata = { name: 'default' };
    // The provider acts with its own service account.
    // Its CRD is installed by the provider package, so it comes after the Provider.
    const config = kind === 'kubernetes'
      ? new KubernetesProviderConfig(this, 'Config', {
        metadata: configMetadata, spec: { credentials: { source: KubernetesCredentialsSource.INJECTED_IDENTITY } },
      })
      : new HelmProviderConfig(this, 'Config', {
        metadata: configMetadata, spec: { credentials: { source: HelmCredentialsSource.INJECTED_IDENTITY } },
      });
    customResourceAfter(config, [provider]);
  }
}
