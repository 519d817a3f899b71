import { ValidationError } from '../core/errors';
import { checkNumber } from '../core/validation';
import type { HttpEndpoint, HttpMethod, HttpTarget } from './http-target';

/** One kind of request in a mix, with its share of the traffic. */
export interface WeightedRequest {
  /** A short name: the request's tag, check and latency metric (`<name>_latency`). */
  readonly name: string;
  readonly method: HttpMethod;
  /** One of the target's endpoints (e.g. `hello.endpoints.root`). */
  readonly endpoint: HttpEndpoint;
  /** Percent of all requests; the weights of a mix add up to 100. */
  readonly weight: number;
  /**
   * JSON body, for POST, PUT and PATCH.
   * @default - no body
   */
  readonly body?: Readonly<Record<string, unknown>>;
  /**
   * The status a successful response has.
   * @default 200
   */
  readonly expectStatus?: number;
}

/** A request mix, as both k6 and Locust scenarios are built from it. */
export interface RequestMix {
  readonly requests: readonly WeightedRequest[];
  /**
   * Pause of each user between two requests, drawn evenly from [min, max] seconds; not used when
   * the run aims at a fixed rate.
   * @default - 0.5 to 2 seconds
   */
  readonly thinkTimeSeconds?: { readonly min: number; readonly max: number };
}

/** A mix with defaults applied, checked against the target it is sent to. */
export interface CheckedMix {
  readonly requests: ReadonlyArray<WeightedRequest & { readonly expectStatus: number }>;
  readonly thinkTimeSeconds: { readonly min: number; readonly max: number };
}

const NAME = /^[a-z][a-z0-9_]{0,30}$/;
const WITH_BODY: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH'];

/**
 * Checks a mix against the target it is sent to: names, weights adding up to 100, endpoints the
 * target serves with the methods it answers, bodies only where a method carries one.
 */
export function checkRequestMix(where: string, field: string, mix: RequestMix, target: HttpTarget): CheckedMix {
  if (!mix.requests?.length) throw new ValidationError(where, `${field}.requests`, [], 'at least one request');
  const names = new Set<string>();
  const requests = mix.requests.map((r, i) => {
    const at = `${field}.requests[${i}]`;
    if (typeof r.name !== 'string' || !NAME.test(r.name)) {
      throw new ValidationError(where, `${at}.name`, r.name, 'lower-case letters, digits and "_", starting with a letter, at most 31');
    }
    if (names.has(r.name)) throw new ValidationError(where, `${at}.name`, r.name, 'each request name once in a mix');
    names.add(r.name);
    if (!Number.isInteger(r.weight) || r.weight < 1 || r.weight > 100) {
      throw new ValidationError(where, `${at}.weight`, r.weight, 'a whole percent from 1 to 100');
    }
    const served = target.endpoints.find((e) => e.path === r.endpoint?.path);
    if (!served) {
      throw new ValidationError(where, `${at}.endpoint`, r.endpoint?.path,
        `an endpoint ${target.serviceName} serves: ${target.endpoints.map((e) => e.path).join(', ')}`);
    }
    if (!served.methods.includes(r.method)) {
      throw new ValidationError(where, `${at}.method`, r.method, `a method ${target.serviceName} answers on ${served.path}: ${served.methods.join(', ')}`);
    }
    if (r.body !== undefined && !WITH_BODY.includes(r.method)) {
      throw new ValidationError(where, `${at}.body`, r.body, `only ${WITH_BODY.join(', ')} requests carry a body`);
    }
    const expectStatus = r.expectStatus ?? 200;
    if (!Number.isInteger(expectStatus) || expectStatus < 100 || expectStatus > 599) {
      throw new ValidationError(where, `${at}.expectStatus`, expectStatus, 'an HTTP status from 100 to 599');
    }
    return { ...r, expectStatus };
  });
  const total = requests.reduce((sum, r) => sum + r.weight, 0);
  if (total !== 100) {
    throw new ValidationError(where, `${field}.requests`, requests.map((r) => r.weight), `weights that add up to 100 (these add up to ${total})`);
  }
  const think = mix.thinkTimeSeconds ?? { min: 0.5, max: 2 };
  checkNumber(where, `${field}.thinkTimeSeconds.min`, think.min, 0, 60);
  checkNumber(where, `${field}.thinkTimeSeconds.max`, think.max, think.min, 60);
  return { requests, thinkTimeSeconds: { min: think.min, max: think.max } };
}
