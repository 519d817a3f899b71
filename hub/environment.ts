import { ValidationError } from '../constructs/core/errors';
import { CHARTS, ChartCatalog } from '../constructs/catalog/charts';
import { checkDomain, checkKnownKeys, checkLabelName, checkOneOf } from '../constructs/core/validation';
import type { ExperimentDefinition } from '../constructs/experiment/experiment';
import { AddressPool, AddressPoolProps } from '../constructs/network/address-pool';
import { KubernetesVersion } from '../constructs/core/kubernetes-version';
import { Capacity, CapacityProps } from './capacity';

/** How stateful hub components keep their data. */
export type StorageMode =
  /** A PersistentVolumeClaim of the environment's storage class. */
  | 'volume-claim'
  /** A directory on the node, kept across cluster re-creation (Kind with a host mount). */
  | 'host-path';

const STORAGE_MODES: readonly StorageMode[] = ['volume-claim', 'host-path'];

/**
 * The hub services with a fixed LoadBalancer address. Every environment reserves one for each,
 * so that DNS records, bookmarks and the router's forwarding never move.
 */
export const HUB_ADDRESS_OWNERS = ['dns', 'argocd', 'openbao', 'istio-gateway', 'grafana'] as const;

/** A hub service with a fixed address. */
export type HubAddressOwner = (typeof HUB_ADDRESS_OWNERS)[number];

/** How the cluster of an environment is made (what `bootstrap/` sets it up with). */
export type ClusterKind =
  /** Kind on a workstation: the synth writes the Kind cluster config. */
  | 'kind'
  /** Machines set up outside the lab (Talos, a cloud): only the ArgoCD install is written. */
  | 'external';

const CLUSTER_KINDS: readonly ClusterKind[] = ['kind', 'external'];

/** The cluster's network plugin (CNI). */
export type ClusterCni =
  /** What the cluster comes with (Kind's kindnet, Talos's Flannel). */
  | 'default'
  /** Cilium, installed by the lab before anything else; Kind is created without its own CNI (ADR 0153). */
  | 'cilium';

const CLUSTER_CNIS: readonly ClusterCni[] = ['default', 'cilium'];

export interface EnvironmentProps {
  /** The environment's name: a Kubernetes name, and its folder dist/hub/NAME. */
  readonly name: string;
  /**
   * The Kubernetes minor version the cluster runs, such as `1.34`. Charts whose pinned
   * `kubeVersion` excludes it are refused at synth. (The objects the lab writes stay on the
   * stable 1.30 API, which newer clusters serve unchanged.)
   */
  readonly kubernetesVersion: string;
  /** How the cluster is made. */
  readonly cluster: ClusterKind;
  /** The base DNS domain served inside the lab, e.g. `k8s.local`. */
  readonly domain: string;
  /** The LoadBalancer address pool and the fixed address of every hub service. */
  readonly addressPool: AddressPoolProps<HubAddressOwner>;
  /** The StorageClass of persistent volumes. */
  readonly storageClass: string;
  /**
   * The nodes and what each can give pods. A hub whose requests (its core, the capabilities
   * and the experiments it enables) exceed it is refused at synth.
   */
  readonly capacity: CapacityProps;
  /**
   * How stateful hub components keep their data.
   * @default 'volume-claim'
   */
  readonly storage?: StorageMode;
  /**
   * The cluster's network plugin.
   * @default 'default'
   */
  readonly cni?: ClusterCni;
  /**
   * Chart versions that differ from the lab's pinned catalog.
   * @default - the pinned versions of {@link CHARTS}
   */
  readonly chartVersions?: Partial<Record<keyof ChartCatalog, string>>;
  /**
   * The experiments this environment runs; its hub installs what they need and its app-of-apps
   * includes them.
   * @default - none
   */
  readonly experiments?: readonly ExperimentDefinition[];
}

const PROP_KEYS: readonly (keyof EnvironmentProps)[] = [
  'name', 'kubernetesVersion', 'cluster', 'domain', 'addressPool', 'storageClass', 'capacity', 'storage', 'chartVersions', 'experiments',
  'cni',
];

/**
 * One cluster the lab runs on, holding every fact the manifests need about it. It is the single
 * source of those facts: constructs receive it and never restate a domain, address or version.
 */
export class Environment {
  public readonly name: string;
  public readonly kubernetesVersion: KubernetesVersion;
  public readonly cluster: ClusterKind;
  public readonly domain: string;
  public readonly addressPool: AddressPool<HubAddressOwner>;
  public readonly storageClass: string;
  public readonly storage: StorageMode;
  /** The cluster's network plugin. */
  public readonly cni: ClusterCni;
  /** The nodes' allocatable CPU and memory, and what is left of it for the lab. */
  public readonly capacity: Capacity;
  public readonly charts: ChartCatalog;
  public readonly experiments: readonly ExperimentDefinition[];

  public constructor(props: EnvironmentProps) {
    const where = `environment ${JSON.stringify(props?.name)}`;
    checkKnownKeys(where, '', props, PROP_KEYS);
    this.name = checkLabelName(where, 'name', props.name);
    this.kubernetesVersion = KubernetesVersion.parse(where, 'kubernetesVersion', props.kubernetesVersion);
    this.cluster = checkOneOf(where, 'cluster', props.cluster, CLUSTER_KINDS);
    this.domain = checkDomain(where, 'domain', props.domain);
    this.storageClass = checkLabelName(where, 'storageClass', props.storageClass);
    this.storage = checkOneOf(where, 'storage', props.storage ?? 'volume-claim', STORAGE_MODES);
    this.cni = checkOneOf(where, 'cni', props.cni ?? 'default', CLUSTER_CNIS);
    this.capacity = new Capacity(where, props.capacity);
    checkKnownKeys(where, 'addressPool', props.addressPool, ['range', 'reserved']);
    this.addressPool = new AddressPool(where, props.addressPool);
    const reserved = Object.keys(props.addressPool.reserved ?? {});
    for (const owner of HUB_ADDRESS_OWNERS) {
      if (!reserved.includes(owner)) {
        throw new ValidationError(where, `addressPool.reserved.${owner}`, undefined,
          `every hub service with a fixed address needs one: ${HUB_ADDRESS_OWNERS.join(', ')}`);
      }
    }
    checkKnownKeys(where, 'addressPool.reserved', props.addressPool.reserved ?? {}, HUB_ADDRESS_OWNERS);

    this.experiments = [...(props.experiments ?? [])];
    for (const [i, experiment] of this.experiments.entries()) {
      if (typeof experiment !== 'object' || typeof experiment?.build !== 'function') {
        throw new ValidationError(where, `experiments[${i}]`, experiment,
          'an experiment definition (imported from experiments/), not its name');
      }
      if (this.experiments.indexOf(experiment) !== i) {
        throw new ValidationError(where, 'experiments', experiment.name, 'each experiment once');
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
