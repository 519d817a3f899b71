import { Environment } from '../../hub/environment';

/** The home lab: Talos Linux on N100 mini PCs, announced by MetalLB on the home network. */
export const talos = new Environment({
  name: 'talos',
  kubernetesVersion: '1.34',
  cluster: 'external',
  // .home.arpa is reserved for home networks (RFC 8375): the router forwards it to the lab's DNS.
  domain: 'lab.home.arpa',
  addressPool: {
    // Fifteen addresses kept out of the router's DHCP range: the /28 at .240 ends at .255, the
    // broadcast address of the home /24, which no host may be given.
    range: '192.168.1.240-192.168.1.254',
    reserved: {
      dns: '192.168.1.240',
      argocd: '192.168.1.241',
      openbao: '192.168.1.242',
      'istio-gateway': '192.168.1.243',
      grafana: '192.168.1.244',
    },
  },
  // Rancher's local-path provisioner: node-local disks, no hostPath in the lab's own manifests.
  storageClass: 'local-path',
  storage: 'volume-claim',
});
