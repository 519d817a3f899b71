import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { formatIpv4, parseIpv4 } from './ipv4';

/**
 * An address pool's range and fixed addresses; `O` is the set of owners that must each have one,
 * so that a missing reservation is a compile error (and, for untyped input, a synth error).
 */
export interface AddressPoolProps<O extends string = string> {
  /**
   * The addresses MetalLB may hand out, as `first-last` (`172.19.255.200-172.19.255.250`)
   * or as a CIDR block (`192.168.1.240/28`).
   */
  readonly range: string;

  /**
   * Fixed addresses by owner name, for services whose address other systems must know
   * (a DNS server, ArgoCD). Each must lie in the range; no address may be given twice.
   * @default - no fixed addresses
   */
  readonly reserved?: Readonly<Record<O, string>>;
}

/** A fixed LoadBalancer address handed out by an {@link AddressPool}. */
export interface LoadBalancerAddress {
  /** The owner the address was reserved for. */
  readonly owner: string;
  /** The IPv4 address. */
  readonly ip: string;
}

/**
 * The environment's LoadBalancer address pool. It is the only place a fixed address is written:
 * constructs ask it for their address by owner name, and it refuses addresses outside the range,
 * addresses given twice, and owners that have none.
 */
export class AddressPool<O extends string = string> {
  /** First address of the range, dotted. */
  public readonly first: string;
  /** Last address of the range, dotted. */
  public readonly last: string;
  /** The range as MetalLB writes it: `first-last`. */
  public readonly range: string;

  private readonly reserved = new Map<string, string>();

  public constructor(private readonly where: string, props: AddressPoolProps<O>) {
    const [first, last] = parseRange(where, props.range);
    this.first = formatIpv4(first);
    this.last = formatIpv4(last);
    this.range = `${this.first}-${this.last}`;

    const owners = new Map<number, string>();
    for (const [owner, ip] of Object.entries<string>(props.reserved ?? {})) {
      const field = `addressPool.reserved.${owner}`;
      checkLabelName(where, `addressPool.reserved owner name`, owner);
      const value = parseIpv4(ip);
      if (value === undefined) {
        throw new ValidationError(where, field, ip, 'must be an IPv4 address such as 172.19.255.201');
      }
      if (value < first || value > last) {
        throw new ValidationError(where, field, ip, `must lie in the address pool ${this.range}`);
      }
      const other = owners.get(value);
      if (other !== undefined) {
        throw new ValidationError(where, field, ip, `each address may be reserved once; it is already reserved for "${other}"`);
      }
      owners.set(value, owner);
      this.reserved.set(owner, ip);
    }
  }

  /** Owners that have a reserved address, sorted. */
  public get owners(): O[] {
    return [...this.reserved.keys()].sort() as O[];
  }

  /** The address reserved for `owner`; throws, listing the owners, when there is none. */
  public addressOf(owner: O): LoadBalancerAddress {
    const ip = this.reserved.get(owner);
    if (ip === undefined) {
      const known = this.owners;
      throw new ValidationError(this.where, `addressPool.reserved.${owner}`, undefined,
        `no address is reserved for "${owner}"; reserved owners: ${known.length ? known.join(', ') : '(none)'}`);
    }
    return { owner, ip };
  }

  /**
   * A fresh allocator for one build of the environment: it hands out each owner's address once,
   * so two services can never be given the same fixed address.
   */
  public allocator(): AddressAllocator<O> {
    return new AddressAllocator<O>(this, this.where);
  }

  /** Whether an address lies in the pool's range. */
  public contains(ip: string): boolean {
    const value = parseIpv4(ip);
    return value !== undefined && value >= parseIpv4(this.first)! && value <= parseIpv4(this.last)!;
  }
}

function parseRange(where: string, range: string): [number, number] {
  const bad = (why: string) => new ValidationError(where, 'addressPool.range', range, why);
  const allowed = 'must be "first-last" IPv4 addresses or a CIDR block such as 192.168.1.240/28';
  if (typeof range !== 'string') throw bad(allowed);
  const cidr = /^([0-9.]+)\/([0-9]{1,2})$/.exec(range);
  if (cidr) {
    const base = parseIpv4(cidr[1]);
    const bits = Number(cidr[2]);
    if (base === undefined || bits < 16 || bits > 32) throw bad(`${allowed}, with a prefix from /16 to /32`);
    const size = 2 ** (32 - bits);
    if (base % size !== 0) throw bad(`${allowed}; ${cidr[1]} is not the first address of a /${bits} block`);
    return [base, base + size - 1];
  }
  const parts = range.split('-');
  const first = parts.length === 2 ? parseIpv4(parts[0].trim()) : undefined;
  const last = parts.length === 2 ? parseIpv4(parts[1].trim()) : undefined;
  if (first === undefined || last === undefined) throw bad(allowed);
  if (last < first) throw bad(`${allowed}; the last address comes before the first`);
  return [first, last];
}

/** Hands out an {@link AddressPool}'s reserved addresses, each once. */
export class AddressAllocator<O extends string = string> {
  private readonly handedOut = new Set<string>();

  public constructor(public readonly pool: AddressPool<O>, private readonly where: string) {}

  /** The address reserved for `owner`; throws when there is none or it was handed out before. */
  public allocate(owner: O): LoadBalancerAddress {
    const address = this.pool.addressOf(owner);
    if (this.handedOut.has(owner)) {
      throw new ValidationError(this.where, `addressPool.reserved.${owner}`, address.ip,
        `the address of "${owner}" has already been handed out; each fixed address serves one service`);
    }
    this.handedOut.add(owner);
    return address;
  }
}
