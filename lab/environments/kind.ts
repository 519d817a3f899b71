import { Environment } from '../../hub/environment';
import { httpBaseline } from '../../experiments/http-baseline';

/** The lab on Kind, on a laptop: MetalLB hands out addresses of the Kind docker network. */
export const kind = new Environment({
  name: 'kind',
  // Kind's node image of this version (kindest/node) runs the cluster.
  kubernetesVersion: '1.34.0',
  cluster: 'kind',
  domain: 'k8s.local',
  addressPool: {
    // The top of Kind's docker network (172.19.0.0/16), clear of container addresses.
    range: '172.19.255.200-172.19.255.250',
    reserved: {
      dns: '172.19.255.200',
      argocd: '172.19.255.201',
      openbao: '172.19.255.202',
      'istio-gateway': '172.19.255.203',
      grafana: '172.19.255.204',
    },
  },
  storageClass: 'standard',
  // Kind's one node is a container on the laptop's Docker, so it reports the CPUs and memory Docker
  // is given; give it 4 CPUs and 8 GiB. Kind's kubelet reserves nothing for the system (its
  // kubeadm config template, pkg/cluster/internal/kubeadm/config.go, sets only disk eviction
  // thresholds); 100Mi is taken off for the kubelet's default memory eviction threshold.
  capacity: {
    nodes: 1,
    allocatablePerNode: { cpu: '4', memory: '8092Mi' },
    // kubeadm's static pods request 250m (API server), 200m (controller manager), 100m
    // (scheduler), 100m and 100Mi (etcd); CoreDNS 2 × 100m and 70Mi; kindnet 100m and 50Mi.
    clusterPods: { cpu: '950m', memory: '290Mi' },
  },
  // Kind mounts a host folder into the node (bootstrap/install/kind-cluster.yaml), so OpenBao's data outlives the cluster.
  storage: 'host-path',
  experiments: [httpBaseline],
});
