import { Environment } from '../environment';
import { LAB_REPOSITORY } from '../repository';

/** The lab on Kind, on a laptop: MetalLB hands out addresses of the Kind docker network. */
export const kind = new Environment({
  name: 'kind',
  repository: LAB_REPOSITORY,
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
  // Kind mounts the host's ~/.illmlab into the node, so OpenBao's data outlives the cluster.
  storage: 'host-path',
  experiments: ['http-baseline'],
});
