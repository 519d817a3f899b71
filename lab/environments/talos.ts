import { autoscalingResponse } from '../../experiments/autoscaling-response';
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
  // Three Intel N100 mini PCs (4 cores, 16 GB of RAM), all control-plane nodes that also run
  // workloads. Of the 16 GiB the kernel sees about 15.5 (firmware and the integrated GPU keep the
  // rest: an assumption, check `kubectl get node -o jsonpath='{.status.capacity}'`). Talos's
  // kubelet reserves 50m CPU and 512Mi on control-plane nodes (siderolabs/talos,
  // pkg/machinery/constants: KubeletSystemReservedCPU, KubeletSystemReservedMemoryControlPlane)
  // and evicts below 100Mi free: 4 - 0.05 = 3950m and 15872Mi - 612Mi = 15260Mi per node.
  capacity: {
    nodes: 3,
    allocatablePerNode: { cpu: '3950m', memory: '15260Mi' },
    // Per node, the static pods Talos writes request 200m and 512Mi (API server), 50m and 256Mi
    // (controller manager), 10m and 64Mi (scheduler), and Flannel 100m and 50Mi (Talos's
    // control-plane static pod controller and Flannel template); CoreDNS 2 × 100m and 70Mi.
    // etcd runs as a Talos service, not a pod: the scheduler does not count it.
    clusterPods: { cpu: '1280m', memory: '2786Mi' },
  },
  storage: 'volume-claim',
  // Three nodes have room for the autoscalers and six pods per variant.
  experiments: [autoscalingResponse],
});
