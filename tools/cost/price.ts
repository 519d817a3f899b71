import { HOURS_PER_MONTH, PriceSheet } from '../../hub/prices';
import { GIB } from '../../constructs/k8s/quantity';
import type { Usage } from '../../hub/usage';

/** Monthly cost of a usage, priced on requests (what the scheduler reserves) plus storage. */
export interface MonthlyCost {
  readonly cpu: number;
  readonly memory: number;
  readonly storage: number;
  readonly total: number;
}

export function monthlyCost(usage: Usage, sheet: PriceSheet): MonthlyCost {
  const cpu = usage.cpuRequest * sheet.vcpuHour * HOURS_PER_MONTH;
  const memory = (usage.memoryRequest / GIB) * sheet.gibHour * HOURS_PER_MONTH;
  const storage = (usage.storage / GIB) * sheet.storageGibMonth;
  return { cpu, memory, storage, total: cpu + memory + storage };
}

/** A sheet's fixed fee per cluster and month. */
export function clusterFee(sheet: PriceSheet): number {
  return sheet.clusterHour * HOURS_PER_MONTH;
}
