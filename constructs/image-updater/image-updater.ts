import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { HelmSource } from '../argocd/sources';
import { ValidationError } from '../core/errors';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import type { ImageUpdaterRegistry, ImageUpdaterValues } from './values';

export interface ImageUpdaterProps extends ComponentProps {
  /** The pinned argocd-image-updater chart. */
  readonly chart: HelmChart;
  /**
   * Registries it reads tags from.
   * @default - GitHub's registry (ghcr.io), anonymously, as the default registry
   */
  readonly registries?: readonly ImageUpdaterRegistry[];
  /**
   * Requests and limits.
   * @default 50m/64Mi requested, 100m/128Mi limit
   */
  readonly resources?: Resources;
}

const GHCR: ImageUpdaterRegistry = { name: 'ghcr', api_url: 'https://ghcr.io', prefix: 'ghcr.io', default: true };

/**
 * ArgoCD Image Updater, beside ArgoCD in its namespace: it follows new tags of the lab's images
 * and updates the Applications that opt in, so CI does not have to write to Git.
 */
export class ImageUpdater extends Component {
  public constructor(scope: Construct, id: string, props: ImageUpdaterProps) {
    const where = `${scope.node.path}/${id}`;
    const registries = props.registries ?? [GHCR];
    const defaults = registries.filter((r) => r.default).map((r) => r.name);
    if (defaults.length > 1) {
      throw new ValidationError(where, 'registries', defaults, 'at most one registry marked default');
    }
    for (const [i, r] of registries.entries()) {
      if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/.*)?$/.test(r.api_url)) {
        throw new ValidationError(where, `registries[${i}].api_url`, r.api_url, 'an https URL of the registry API, such as https://ghcr.io');
      }
    }
    const values: ImageUpdaterValues = {
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '100m', memory: '128Mi' },
      }),
      config: { registries },
    };
    super(scope, id, props, {
      name: 'argocd-image-updater',
      namespace: ARGOCD_NAMESPACE,
      helm: new HelmSource({ chart: props.chart, values, releaseName: 'argocd-image-updater' }),
      serverSideApply: true,
    });
  }
}
