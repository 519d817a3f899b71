import { ValidationError } from '../core/errors';
import { checkQuantity } from '../core/validation';
import { compareQuantities, parseQuantity } from './quantity';

/** CPU and memory requests and limits, as Kubernetes and Helm charts write them. */
export interface Resources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu?: string; readonly memory: string };
}

/**
 * Checks every quantity of a resources block (`field` names it in errors), and that no request
 * exceeds its limit: the API server refuses such a pod ("must be less than or equal to ... limit").
 */
export function checkResources(where: string, field: string, resources: Resources): Resources {
  checkQuantity(where, `${field}.requests.cpu`, resources.requests.cpu);
  checkQuantity(where, `${field}.requests.memory`, resources.requests.memory);
  if (resources.limits.cpu !== undefined) checkQuantity(where, `${field}.limits.cpu`, resources.limits.cpu);
  checkQuantity(where, `${field}.limits.memory`, resources.limits.memory);
  for (const name of ['cpu', 'memory'] as const) {
    const request = resources.requests[name];
    const limit = resources.limits[name];
    if (limit === undefined) continue;
    if (compareQuantities(parseQuantity(request)!, parseQuantity(limit)!) > 0) {
      throw new ValidationError(where, `${field}.requests.${name}`, request, `a request must not exceed its limit (limits.${name} is ${limit})`);
    }
  }
  return resources;
}

/** The `fromString` of a generated binding's quantity class (every CRD import has its own). */
export interface QuantityClass<T> {
  fromString(value: string): T;
}

/**
 * Resources in the form a generated CRD binding takes: each quantity wrapped in that binding's
 * own quantity class (plain strings would be dropped by the binding).
 */
export function bindingResources<L, R>(resources: Resources, limits: QuantityClass<L>, requests: QuantityClass<R>) {
  const wrap = <T>(from: QuantityClass<T>, block: Readonly<Record<string, string | undefined>>) =>
    Object.fromEntries(Object.entries(block).filter(([, v]) => v !== undefined).map(([k, v]) => [k, from.fromString(v as string)]));
  return { limits: wrap(limits, resources.limits), requests: wrap(requests, resources.requests) };
}
