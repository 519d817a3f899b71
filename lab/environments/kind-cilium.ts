import { meshComparison } from '../../experiments/mesh-comparison';
import { Environment } from '../../hub/environment';

/**
 * The lab on Kind with Cilium as the cluster's network: Kind starts without kindnet, Cilium is
 * installed first (bootstrap/install/cilium-values.yaml), MetalLB still hands out addresses
 * (ADR 0153). It runs the mesh comparison, whose NetworkPolicy variant Cilium enforces.
 */
export const kindCilium = new Environment({
  name: 'kind-cilium',
  kubernetesVersion: '1.34.0',
  cluster: 'kind',
  cni: 'cilium',
  domain: 'cilium.k8s.local',
  addressPool: {
    // Kind's docker network (172.19.0.0/16) is shared with the `kind` environment's cluster, whose
    // pool is .200-.250: this one sits below it.
    range: '172.19.255.150-172.19.255.199',
    reserved: {
      dns: '172.19.255.150',
      argocd: '172.19.255.151',
      openbao: '172.19.255.152',
      'istio-gateway': '172.19.255.153',
      grafana: '172.19.255.154',
    },
  },
  storageClass: 'standard',
  // The mesh comparison's six variants and three control planes beside the hub: give Docker 8 CPUs and 16 GiB. As for
  // `kind`, the kubelet reserves nothing and 100Mi goes to its memory eviction threshold.
  capacity: {
    nodes: 1,
    allocatablePerNode: { cpu: '8', memory: '16284Mi' },
    // kubeadm's static pods request 250m (API server), 200m (controller manager), 100m
    // (scheduler), 100m and 100Mi (etcd); CoreDNS 2 × 100m and 70Mi; no kindnet. Cilium's agent
    // and operator are hub components, counted with the hub.
    clusterPods: { cpu: '850m', memory: '240Mi' },
  },
  storage: 'host-path',
  experiments: [meshComparison],
});
