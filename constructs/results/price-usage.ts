import { ValidationError } from '../core/errors';
import { finiteAtLeast } from './checks';
import { Cost, COST_UNIT_QUANTITY, CostUnit, Usage } from './results-document';

/**
 * The unit prices usage is charged at. The lab's price sheets (`npm run cost`) have this shape;
 * it is restated here so the results code stands alone.
 */
export interface UsagePrices {
  /** The sheet's name, e.g. `kind`. */
  readonly name: string;
  /** ISO 4217, e.g. EUR. */
  readonly currency: string;
  /** One vCPU for one hour. */
  readonly vcpuHour: number;
  /** One GiB of memory for one hour. */
  readonly gibHour: number;
}

/** What was served during the window, to price it per unit. */
export interface ServedWork {
  readonly unit: CostUnit;
  /** How many of the unit were served. */
  readonly count: number;
}

const GIB = 2 ** 30;

/**
 * Prices a variant's usage: its CPU-seconds at the vCPU-hour price, and its peak memory held for
 * the whole window at the GiB-hour price (peak rather than average: what the variant needed to
 * have room for, and what Prometheus gives without a second series per sample).
 */
export function priceUsage(usage: Usage, windowSeconds: number, prices: UsagePrices, served: ServedWork): Cost {
  const where = `price sheet "${prices.name}"`;
  if (typeof prices.name !== 'string' || prices.name === '') throw new ValidationError('price sheet', 'name', prices.name, 'must be a non-empty name');
  if (typeof prices.currency !== 'string' || !/^[A-Z]{3}$/.test(prices.currency)) {
    throw new ValidationError(where, 'currency', prices.currency, 'must be an ISO 4217 code such as EUR or USD');
  }
  const vcpuHour = finiteAtLeast(where, 'vcpuHour', prices.vcpuHour);
  const gibHour = finiteAtLeast(where, 'gibHour', prices.gibHour);
  const hours = finiteAtLeast('usage', 'windowSeconds', windowSeconds) / 3600;
  if (!Object.hasOwn(COST_UNIT_QUANTITY, served.unit)) {
    throw new ValidationError('served work', 'unit', served.unit, `must be one of ${Object.keys(COST_UNIT_QUANTITY).join(', ')}`);
  }
  const quantity = COST_UNIT_QUANTITY[served.unit];
  const count = finiteAtLeast('served work', 'count', served.count);
  const total = (usage.cpuSeconds / 3600) * vcpuHour + (usage.peakMemoryBytes / GIB) * hours * gibHour;
  return {
    currency: prices.currency,
    priceSheet: prices.name,
    total,
    per: { unit: served.unit, quantity, value: count > 0 ? (total / count) * quantity : null },
  };
}
