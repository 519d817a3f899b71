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
  // Kind mounts a host folder into the node (bootstrap/install/kind-cluster.yaml), so OpenBao's data outlives the cluster.
  storage: 'host-path',
  experiments: [httpBaseline],
});
