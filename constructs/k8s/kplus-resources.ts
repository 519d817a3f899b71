import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { ValidationError } from '../core/errors';
import { checkResources, Resources } from './resources';

/**
 * The lab's requests and limits (Kubernetes quantity strings) in the typed form cdk8s-plus
 * containers take. CPU as millicores (`250m`) or cores (`2`, `0.5`); memory in Ki, Mi or Gi.
 */
export function toContainerResources(where: string, field: string, resources: Resources): kplus.ContainerResources {
  const r = checkResources(where, field, resources);
  const cpu = (at: string, value: string): kplus.Cpu => {
    const milli = /^([0-9]+)m$/.exec(value);
    if (milli) return kplus.Cpu.millis(Number(milli[1]));
    if (/^[0-9]+(\.[0-9]{1,3})?$/.test(value)) return kplus.Cpu.millis(Math.round(Number(value) * 1000));
    throw new ValidationError(where, at, value, 'CPU as millicores (500m) or cores (2, 0.5)');
  };
  const memory = (at: string, value: string): Size => {
    const m = /^([0-9]+)(Ki|Mi|Gi)$/.exec(value);
    if (!m) throw new ValidationError(where, at, value, 'memory as a whole number of Ki, Mi or Gi, such as 512Mi');
    const amount = Number(m[1]);
    return m[2] === 'Ki' ? Size.kibibytes(amount) : m[2] === 'Mi' ? Size.mebibytes(amount) : Size.gibibytes(amount);
  };
  return {
    cpu: {
      request: cpu(`${field}.requests.cpu`, r.requests.cpu),
      ...(r.limits.cpu !== undefined ? { limit: cpu(`${field}.limits.cpu`, r.limits.cpu) } : {}),
    },
    memory: {
      request: memory(`${field}.requests.memory`, r.requests.memory),
      limit: memory(`${field}.limits.memory`, r.limits.memory),
    },
  };
}
