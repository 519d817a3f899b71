import { ValidationError } from '../constructs/core/errors';
import { checkKnownKeys } from '../constructs/core/validation';
import { parseQuantity, QUANTITY_FORMS } from '../constructs/k8s/quantity';
import { formatBytes, formatCores } from './usage';

/** CPU and memory: cores and bytes. */
export interface Resources {
  readonly cpu: number;
  readonly memory: number;
}

/** CPU and memory as Kubernetes quantities, as an environment states them. */
export interface ResourceQuantities {
  /** CPU, such as `3950m` or `4`. */
  readonly cpu: string;
  /** Memory, such as `8Gi` or `15260Mi`. */
  readonly memory: string;
}

export interface CapacityProps {
  /** How many nodes the cluster has, all of the size below. */
  readonly nodes: number;
  /**
   * What one node's kubelet reports as allocatable (`status.allocatable`): its CPUs and memory
   * minus the system and kubelet reservations and the hard eviction threshold.
   */
  readonly allocatablePerNode: ResourceQuantities;
  /**
   * What the pods the cluster runs before the lab (control plane static pods, the CNI, CoreDNS)
   * request in total, over all nodes: the scheduler counts them against the same allocatable.
   */
  readonly clusterPods: ResourceQuantities;
}

const PROP_KEYS: readonly (keyof CapacityProps)[] = ['nodes', 'allocatablePerNode', 'clusterPods'];

/**
 * The CPU and memory an environment's cluster can give the lab's pods, as the scheduler counts
 * them: requests against the nodes' allocatable. Checked when the environment is made.
 */
export class Capacity {
  public readonly nodes: number;
  /** One node's allocatable. */
  public readonly perNode: Resources;
  /** All nodes' allocatable. */
  public readonly allocatable: Resources;
  /** What the cluster's own pods request. */
  public readonly clusterPods: Resources;
  /** What is left for the lab: allocatable minus the cluster's own pods. */
  public readonly available: Resources;

  public constructor(where: string, props: CapacityProps) {
    if (typeof props !== 'object' || props === null) {
      throw new ValidationError(where, 'capacity', props, 'the nodes and what each can allocate: { nodes, allocatablePerNode, clusterPods }');
    }
    checkKnownKeys(where, 'capacity', props, PROP_KEYS);
    if (typeof props.nodes !== 'number' || !Number.isInteger(props.nodes) || props.nodes < 1) {
      throw new ValidationError(where, 'capacity.nodes', props.nodes, 'a whole number of nodes, at least 1');
    }
    this.nodes = props.nodes;
    this.perNode = resources(where, 'capacity.allocatablePerNode', props.allocatablePerNode, false);
    this.clusterPods = resources(where, 'capacity.clusterPods', props.clusterPods, true);
    this.allocatable = { cpu: this.perNode.cpu * this.nodes, memory: this.perNode.memory * this.nodes };
    this.available = { cpu: this.allocatable.cpu - this.clusterPods.cpu, memory: this.allocatable.memory - this.clusterPods.memory };
    if (this.available.cpu <= 0 || this.available.memory <= 0) {
      throw new ValidationError(where, 'capacity.clusterPods', props.clusterPods,
        `less than the nodes' allocatable ${this.describeAllocatable()}, or nothing is left for the lab`);
    }
  }

  /** The capacity in a few words: `1 node of 4 CPU and 8Gi allocatable`. */
  public describe(): string {
    return `${this.nodes} node${this.nodes === 1 ? '' : 's'} of ${formatCores(this.perNode.cpu)} CPU and ${formatBytes(this.perNode.memory)} allocatable`;
  }

  private describeAllocatable(): string {
    return `(${formatCores(this.allocatable.cpu)} CPU and ${formatBytes(this.allocatable.memory)})`;
  }
}

function resources(where: string, field: string, value: ResourceQuantities, zeroAllowed: boolean): Resources {
  if (typeof value !== 'object' || value === null) throw new ValidationError(where, field, value, 'CPU and memory: { cpu, memory }');
  checkKnownKeys(where, field, value, ['cpu', 'memory']);
  const amount = (key: 'cpu' | 'memory') => {
    const q = parseQuantity(value[key]);
    if (!q || q.negative || (!zeroAllowed && q.value === 0)) {
      throw new ValidationError(where, `${field}.${key}`, value[key], `${QUANTITY_FORMS}, ${zeroAllowed ? 'not negative' : 'above zero'}`);
    }
    return q.value;
  };
  return { cpu: amount('cpu'), memory: amount('memory') };
}
