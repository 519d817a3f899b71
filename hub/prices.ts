/**
 * What CPU, memory and storage cost on each platform the lab runs on or is compared with, so
 * `npm run cost` can price what the lab asks for. Home-lab sheets are derived from the hardware
 * and power below; cloud sheets from public list prices. Every figure here is an assumption or
 * a quoted list price: change it here, nowhere else.
 */

export type Currency = 'EUR' | 'USD';

/** Unit prices of one platform. */
export interface PriceSheet {
  /** The sheet's key, e.g. `kind`. */
  readonly name: string;
  /** What the prices stand for, in one line. */
  readonly basis: string;
  readonly currency: Currency;
  /** One vCPU (one core of requests) for one hour. */
  readonly vcpuHour: number;
  /** One GiB of memory for one hour. */
  readonly gibHour: number;
  /** One GiB of persistent storage for one month. */
  readonly storageGibMonth: number;
  /** A fixed fee per cluster and hour (a managed control plane), outside the per-Application prices. */
  readonly clusterHour: number;
}

/** Hours in an average month (8760 / 12), as cloud price calculators count them. */
export const HOURS_PER_MONTH = 730;

// ---------------------------------------------------------------------------------------------
// Cloud list prices. On-demand, Linux, no discounts. Figures from the providers' public price
// pages as published in 2025; they were not re-fetched when this file was written: check them
// against the pages before quoting a figure.
// ---------------------------------------------------------------------------------------------

/** A general-purpose and a memory-optimised type with the same vCPUs: their difference prices memory. */
interface InstancePair {
  readonly vcpus: number;
  readonly generalGib: number;
  readonly generalHour: number;
  readonly memoryGib: number;
  readonly memoryHour: number;
}

/**
 * Splits an instance price into a vCPU-hour and a GiB-hour price: the extra memory of the
 * memory-optimised type prices a GiB, the rest of the general-purpose price the vCPUs.
 */
function splitInstancePrice(pair: InstancePair): { vcpuHour: number; gibHour: number } {
  const gibHour = (pair.memoryHour - pair.generalHour) / (pair.memoryGib - pair.generalGib);
  return { gibHour, vcpuHour: (pair.generalHour - pair.generalGib * gibHour) / pair.vcpus };
}

/**
 * AWS us-east-1: m6i.xlarge (4 vCPU, 16 GiB) $0.192/h and r6i.xlarge (4 vCPU, 32 GiB) $0.252/h,
 * https://aws.amazon.com/ec2/pricing/on-demand/ (2025).
 */
const EKS_NODES: InstancePair = { vcpus: 4, generalGib: 16, generalHour: 0.192, memoryGib: 32, memoryHour: 0.252 };
/** EBS gp3 in us-east-1: $0.08 per GB-month, https://aws.amazon.com/ebs/pricing/ (2025); per GiB below. */
const EKS_GP3_GB_MONTH = 0.08;
/** EKS control plane, standard support: $0.10 per cluster-hour, https://aws.amazon.com/eks/pricing/ (2025). */
const EKS_CLUSTER_HOUR = 0.10;

/**
 * Azure East US: D4s v5 (4 vCPU, 16 GiB) $0.192/h and E4s v5 (4 vCPU, 32 GiB) $0.252/h,
 * https://azure.microsoft.com/pricing/details/virtual-machines/linux/ (2025).
 */
const AKS_NODES: InstancePair = { vcpus: 4, generalGib: 16, generalHour: 0.192, memoryGib: 32, memoryHour: 0.252 };
/**
 * Standard SSD managed disk E10 (128 GiB, AKS's default `managed-csi` class) $9.60/month,
 * https://azure.microsoft.com/pricing/details/managed-disks/ (2025).
 */
const AKS_DISK_GIB_MONTH = 9.6 / 128;
/** AKS Free tier: no control-plane fee (the Standard tier is $0.10 per cluster-hour), https://azure.microsoft.com/pricing/details/kubernetes-service/ (2025). */
const AKS_CLUSTER_HOUR = 0;

const GB_PER_GIB = 2 ** 30 / 1e9;

/**
 * How much more a vCPU costs than a GiB of memory, taken from the EKS pair. Home-lab hardware has
 * no such split, so its machine cost is shared out between vCPUs and GiB in the same proportion.
 */
const VCPU_TO_GIB_PRICE = splitInstancePrice(EKS_NODES).vcpuHour / splitInstancePrice(EKS_NODES).gibHour;

// ---------------------------------------------------------------------------------------------
// Home lab. Assumptions, not measurements: adjust to the hardware at hand.
// ---------------------------------------------------------------------------------------------

/** One home-lab machine and what it leaves to Kubernetes workloads. */
interface HomeLabMachine {
  /** Purchase price, EUR. */
  readonly price: number;
  /** Of which the SSD, EUR; it prices storage, the rest prices CPU and memory. */
  readonly diskPrice: number;
  /** Years over which the purchase is written off. */
  readonly amortisationYears: number;
  /** Average electrical draw under the lab's usual load, watts. */
  readonly averageWatts: number;
  /** Electricity price, EUR per kWh. */
  readonly eurPerKwh: number;
  /** vCPUs and GiB left to pods once the host (OS, container runtime, control plane) took its share. */
  readonly allocatableVcpus: number;
  readonly allocatableGib: number;
  /** The SSD's usable size, GiB. */
  readonly diskGib: number;
}

/**
 * An Intel N100 mini PC (4 cores, 16 GB RAM, 512 GB NVMe SSD): about €180 in 2025, of which
 * about €35 is the SSD; written off over 3 years; 12 W on average (6-8 W idle, 20-25 W under
 * full load); 0.35 €/kWh (German household tariff, 2025).
 */
const N100 = { price: 180, diskPrice: 35, amortisationYears: 3, averageWatts: 12, eurPerKwh: 0.35, diskGib: 476 } as const;

/** Kind: one N100 whose desktop OS and Docker keep 1 vCPU and 4 GiB; the Kind node gets the rest. */
const KIND_MACHINE: HomeLabMachine = { ...N100, allocatableVcpus: 3, allocatableGib: 12 };

/**
 * Talos: N100 nodes running only Talos, whose system services and (on control-plane nodes)
 * etcd and the API server keep about 0.5 vCPU and 1.5 GiB each; 10 W on average (no desktop OS).
 */
const TALOS_MACHINE: HomeLabMachine = { ...N100, averageWatts: 10, allocatableVcpus: 3.5, allocatableGib: 14.5 };

/**
 * Unit prices of a home-lab machine: its monthly cost (write-off plus power) shared out over
 * what it can allocate, vCPUs weighted {@link VCPU_TO_GIB_PRICE} times a GiB.
 */
function homeLabSheet(name: string, basis: string, m: HomeLabMachine): PriceSheet {
  const months = m.amortisationYears * 12;
  const machineHour = ((m.price - m.diskPrice) / months) / HOURS_PER_MONTH + (m.averageWatts / 1000) * m.eurPerKwh;
  const gibHour = machineHour / (m.allocatableVcpus * VCPU_TO_GIB_PRICE + m.allocatableGib);
  return {
    name,
    basis,
    currency: 'EUR',
    vcpuHour: gibHour * VCPU_TO_GIB_PRICE,
    gibHour,
    storageGibMonth: m.diskPrice / months / m.diskGib,
    clusterHour: 0,
  };
}

/** Every price sheet, by name. */
export const PRICE_SHEETS = {
  kind: homeLabSheet('kind', 'one N100 mini PC at home running Kind (write-off and power)', KIND_MACHINE),
  talos: homeLabSheet('talos', 'N100 mini PCs at home running Talos (write-off and power)', TALOS_MACHINE),
  aks: {
    name: 'aks', basis: 'Azure AKS, D4s v5 nodes, East US, pay-as-you-go list price', currency: 'USD',
    ...splitInstancePrice(AKS_NODES), storageGibMonth: AKS_DISK_GIB_MONTH, clusterHour: AKS_CLUSTER_HOUR,
  },
  eks: {
    name: 'eks', basis: 'AWS EKS, m6i.xlarge nodes, us-east-1, on-demand list price', currency: 'USD',
    ...splitInstancePrice(EKS_NODES), storageGibMonth: EKS_GP3_GB_MONTH * GB_PER_GIB, clusterHour: EKS_CLUSTER_HOUR,
  },
} as const satisfies Record<string, PriceSheet>;

export type PriceSheetName = keyof typeof PRICE_SHEETS;

/** The sheet each environment is priced with, by environment name. */
export const ENVIRONMENT_PRICES: Readonly<Record<string, PriceSheetName>> = {
  kind: 'kind',
  talos: 'talos',
  // The same laptop as `kind`, with Cilium instead of kindnet.
  'kind-cilium': 'kind',
};

/** Sheets every environment's total is also shown in, for comparison. */
export const COMPARISON_SHEETS: readonly PriceSheetName[] = ['aks', 'eks'];
