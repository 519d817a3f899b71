import type { LoadBalancerAddress } from '../network/address-pool';

/**
 * The Service annotation MetalLB (0.13 and later, so the pinned 0.16) reads for a fixed address.
 * `spec.loadBalancerIP` is deprecated in Kubernetes since 1.24 and MetalLB documents the
 * annotation in its place (metallb.io, "Usage: Requesting specific IPs").
 */
export const METALLB_ADDRESS_ANNOTATION = 'metallb.io/loadBalancerIPs';

/** The annotations that ask MetalLB for `address` on a LoadBalancer Service. */
export function addressRequest(address: LoadBalancerAddress): Record<string, string> {
  return { [METALLB_ADDRESS_ANNOTATION]: address.ip };
}
