import { describe, expect, it } from 'vitest';
import { splitPool } from '../constructs/metallb/metallb';
import { AddressPool } from '../constructs/network/address-pool';
import type { Environment } from '../hub/environment';
import { ENVIRONMENTS } from './support/lab';
import type { KubernetesObject } from '../tools/synth/render';
import { lab, walk } from './support/lab';

/** MetalLB 0.16's Service annotation for a fixed address (spec.loadBalancerIP is deprecated). */
const ADDRESS_ANNOTATION = 'metallb.io/loadBalancerIPs';

/** Every fixed LoadBalancer address an environment's objects ask for, with where each is asked. */
function fixedAddresses(env: Environment, keys: readonly string[] = [ADDRESS_ANNOTATION]): Array<{ ip: string; at: string }> {
  const out: Array<{ ip: string; at: string }> = [];
  for (const { file, manifest } of lab().objects.filter((o) => o.file.startsWith(`${env.distPath}/`))) {
    walk(manifest, (node, at) => {
      for (const key of keys) {
        const value = node[key];
        for (const ip of Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]) {
          out.push({ ip: String(ip), at: `${file} ${at ? `${at}.` : ''}${key}` });
        }
      }
    });
  }
  return out;
}

function loadBalancerServices(env: Environment): Array<{ file: string; manifest: KubernetesObject }> {
  return lab().objects.filter((o) => o.file.startsWith(`${env.distPath}/`) && o.manifest.kind === 'Service'
    && (o.manifest.spec as { type?: string }).type === 'LoadBalancer');
}

describe.each(ENVIRONMENTS.map((env) => [env.name, env] as const))('fixed addresses of %s', (_name, env) => {
  const pool = env.addressPool;
  const reserved = new Map(pool.owners.map((owner) => [pool.addressOf(owner).ip, owner]));
  const used = fixedAddresses(env);

  it('are asked for somewhere (the check is not vacuous)', () => {
    expect(used.length).toBeGreaterThanOrEqual(3);
  });

  it('are asked for with MetalLB\'s annotation, never the deprecated spec.loadBalancerIP', () => {
    expect(fixedAddresses(env, ['loadBalancerIP', 'loadBalancerIp'])).toEqual([]);
  });

  it('lie in the pool and are addresses the pool reserves', () => {
    for (const { ip, at } of used) {
      expect(pool.contains(ip), `${at}: ${ip} is outside the pool ${pool.range}`).toBe(true);
      expect(reserved.has(ip), `${at}: ${ip} is not reserved in hub/environments/${env.name}.ts`).toBe(true);
    }
  });

  it('are each used by one service only, and every reservation by one service', () => {
    const byIp = new Map<string, string[]>();
    for (const { ip, at } of used) byIp.set(ip, [...(byIp.get(ip) ?? []), at]);
    for (const [ip, places] of byIp) expect(places, `${ip} is asked for twice`).toHaveLength(1);
    // The ingress gateway is installed only where an experiment needs it; its address waits for it.
    const runsGateway = lab().files.has(`${env.distPath}/apps/application-istio-gateway.yaml`);
    for (const [ip, owner] of reserved) {
      if (owner === 'istio-gateway' && !runsGateway) continue;
      expect(byIp.has(ip), `the address of "${owner}" (${ip}) serves nothing`).toBe(true);
    }
  });

  it('are given to every LoadBalancer Service the lab writes itself', () => {
    const services = loadBalancerServices(env);
    expect(services.length).toBeGreaterThan(0);
    for (const { file, manifest } of services) {
      const ip = (manifest.metadata.annotations as Record<string, string> | undefined)?.[ADDRESS_ANNOTATION];
      expect(ip, `${file} has no fixed address: MetalLB would hand it any free one`).toBeDefined();
      expect(reserved.has(ip!), `${file}: ${ip} is not a reserved address`).toBe(true);
    }
  });

  it('are announced by MetalLB: reserved addresses in a pool never assigned automatically, the rest in another', () => {
    const pools = lab().objects.filter((o) => o.file.startsWith(`${env.distPath}/metallb/`) && o.manifest.kind === 'IPAddressPool')
      .map((o) => ({ name: o.manifest.metadata.name, spec: o.manifest.spec as { addresses: string[]; autoAssign: boolean } }));
    const fixed = pools.find((p) => p.name === 'reserved');
    expect(fixed?.spec).toEqual({ addresses: [...reserved.keys()].sort(byAddress).map((ip) => `${ip}/32`), autoAssign: false });
    const dynamic = pools.find((p) => p.name === 'dynamic');
    expect(dynamic?.spec.autoAssign).toBe(true);
    const advertisement = lab().objects.find((o) => o.file === `${env.distPath}/metallb/l2advertisement-l2.yaml`);
    expect((advertisement?.manifest.spec as { ipAddressPools: string[] }).ipAddressPools.sort()).toEqual(pools.map((p) => p.name).sort());
  });
});

function byAddress(a: string, b: string): number {
  const n = (ip: string) => ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return n(a) - n(b);
}

describe('splitting a pool into reserved and dynamic addresses', () => {
  // A pool of its own: the environment's required owners are not the point here.
  const envWith = (range: string, reserved: Record<string, string>) => new AddressPool('split', { range, reserved });

  it('covers the whole range, each address once', () => {
    expect(splitPool(envWith('10.0.0.0/28', { dns: '10.0.0.0', argocd: '10.0.0.5', openbao: '10.0.0.6', x: '10.0.0.15' }))).toEqual({
      reserved: ['10.0.0.0/32', '10.0.0.5/32', '10.0.0.6/32', '10.0.0.15/32'],
      dynamic: ['10.0.0.1-10.0.0.4', '10.0.0.7-10.0.0.14'],
    });
  });

  it('writes a single free address as a /32', () => {
    expect(splitPool(envWith('10.0.0.1-10.0.0.3', { dns: '10.0.0.1', argocd: '10.0.0.3' })).dynamic).toEqual(['10.0.0.2/32']);
  });

  it('leaves no dynamic pool when every address is reserved, and no reserved one when none is', () => {
    expect(splitPool(envWith('10.0.0.1-10.0.0.2', { dns: '10.0.0.1', argocd: '10.0.0.2' })).dynamic).toEqual([]);
    expect(splitPool(envWith('10.0.0.8/30', {}))).toEqual({ reserved: [], dynamic: ['10.0.0.8-10.0.0.11'] });
  });
});
