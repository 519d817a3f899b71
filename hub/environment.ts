import { ValidationError } from '../constructs/core/errors';
import { checkDomain, checkLabelName, checkOneOf, checkRepositoryUrl } from '../constructs/core/validation';
import { AddressPool, AddressPoolProps } from '../constructs/network/address-pool';
import { EXPERIMENT_NAMES } from '../experiments';
import { CHARTS, ChartCatalog } from './chart-catalog';

/** The Git repository ArgoCD pulls dist/ from. */
export interface GitRepository {
  /** Clone URL, https or ssh. */
  readonly url: string;
  /** Branch, tag or commit ArgoCD tracks. */
  readonly revision: string;
}

/** How stateful hub components keep their data. */
export type StorageMode =
  /** A PersistentVolumeClaim of the environment's storage class. */
  | 'volume-claim'
  /** A directory on the node, kept across cluster re-creation (Kind with a host mount). */
  | 'host-path';

export interface EnvironmentProps {
  /** The environment's name: a Kubernetes name, and its folder dist/hub/NAME. */
  readonly name: string;
  /** The repository and revision ArgoCD pulls. */
  readonly repository: GitRepository;
  /** The base DNS domain served inside the lab, e.g. `k8s.local`. */
  readonly domain: string;
  /** The LoadBalancer address pool and the fixed addresses reserved in it. */
  readonly addressPool: AddressPoolProps;
  /** The StorageClass of persistent volumes. */
  readonly storageClass: string;
  /**
   * How stateful hub components keep their data.
   * @default 'volume-claim'
   */
  readonly storage?: StorageMode;
  /**
   * Chart versions that differ from the lab's pinned catalog.
   * @default - the pinned versions of {@link CHARTS}
   */
  readonly chartVersions?: Partial<Record<keyof ChartCatalog, string>>;
  /**
   * Names of the experiments this environment runs; the hub's app-of-apps includes only these.
   * @default - none
   */
  readonly experiments?: readonly string[];
}

/**
 * One cluster the lab runs on, holding every fact the manifests need. It is the single source of
 * those facts: constructs receive it and never restate a URL, domain, address or version.
 */
export class Environment {
  public readonly name: string;
  public readonly repository: GitRepository;
  public readonly domain: string;
  public readonly addressPool: AddressPool;
  public readonly storageClass: string;
  public readonly storage: StorageMode;
  public readonly charts: ChartCatalog;
  public readonly experiments: readonly string[];

  public constructor(props: EnvironmentProps) {
    const where = `environment ${JSON.stringify(props.name)}`;
    this.name = checkLabelName(where, 'name', props.name);
    checkRepositoryUrl(where, 'repository.url', props.repository?.url);
    if (!props.repository.revision || /\s/.test(props.repository.revision)) {
      throw new ValidationError(where, 'repository.revision', props.repository.revision,
        'a branch, tag or commit without spaces, such as HEAD or main');
    }
    this.repository = { url: props.repository.url, revision: props.repository.revision };
    this.domain = checkDomain(where, 'domain', props.domain);
    this.storageClass = checkLabelName(where, 'storageClass', props.storageClass);
    this.storage = checkOneOf(where, 'storage', props.storage ?? 'volume-claim', ['volume-claim', 'host-path']);
    this.addressPool = new AddressPool(where, props.addressPool);
    this.experiments = [...(props.experiments ?? [])];
    for (const [i, experiment] of this.experiments.entries()) {
      if (!EXPERIMENT_NAMES.includes(experiment)) {
        throw new ValidationError(where, 'experiments', experiment, `known experiments: ${EXPERIMENT_NAMES.join(', ')}`);
      }
      if (this.experiments.indexOf(experiment) !== i) {
        throw new ValidationError(where, 'experiments', experiment, 'each experiment once');
      }
    }

    const charts: Record<string, unknown> = { ...CHARTS };
    for (const [key, version] of Object.entries(props.chartVersions ?? {})) {
      const pinned = (CHARTS as Record<string, (typeof CHARTS)[keyof typeof CHARTS]>)[key];
      if (!pinned) {
        throw new ValidationError(where, `chartVersions.${key}`, version, `known charts: ${Object.keys(CHARTS).join(', ')}`);
      }
      charts[key] = pinned.withVersion(version as string);
    }
    this.charts = charts as ChartCatalog;
  }

  /** The environment's folder under dist/. */
  public get distPath(): string {
    return `hub/${this.name}`;
  }
}
