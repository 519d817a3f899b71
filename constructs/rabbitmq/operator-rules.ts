import * as kplus from 'cdk8s-plus-30';

/** One rule of a Role or ClusterRole: verbs on resources of one API group. */
export interface RbacRule {
  readonly apiGroup: string;
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/**
 * What the RabbitMQ cluster operator may do in every namespace: the ClusterRole
 * `rabbitmq-cluster-operator-role` of its v2.22.3 release (config/rbac/role.yaml at the tag).
 * It creates each cluster's StatefulSet, Services, Secrets and a Role for the pods' peer
 * discovery, and execs into pods to run rabbitmqctl during upgrades.
 */
export const CLUSTER_OPERATOR_RULES: readonly RbacRule[] = [
  { apiGroup: '', resources: ['configmaps', 'persistentvolumeclaims', 'secrets', 'serviceaccounts', 'services'], verbs: ['create', 'get', 'list', 'update', 'watch'] },
  { apiGroup: '', resources: ['endpoints'], verbs: ['get', 'list', 'watch'] },
  { apiGroup: '', resources: ['events'], verbs: ['create', 'get', 'patch'] },
  { apiGroup: '', resources: ['pods'], verbs: ['get', 'list', 'update', 'watch'] },
  { apiGroup: '', resources: ['pods/exec'], verbs: ['create'] },
  { apiGroup: 'apps', resources: ['statefulsets'], verbs: ['create', 'delete', 'get', 'list', 'update', 'watch'] },
  { apiGroup: 'discovery.k8s.io', resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
  { apiGroup: 'rabbitmq.com', resources: ['rabbitmqclusters'], verbs: ['create', 'get', 'list', 'update', 'watch'] },
  { apiGroup: 'rabbitmq.com', resources: ['rabbitmqclusters/finalizers'], verbs: ['update'] },
  { apiGroup: 'rabbitmq.com', resources: ['rabbitmqclusters/status'], verbs: ['get', 'patch', 'update'] },
  { apiGroup: 'rbac.authorization.k8s.io', resources: ['rolebindings', 'roles'], verbs: ['create', 'delete', 'get', 'list', 'update', 'watch'] },
];

/**
 * Leader election in the operator's own namespace (config/rbac/leader_election_role.yaml at
 * v2.22.3): controller-runtime's lease, the config maps older releases used, and events. The
 * messaging topology operator's v1.20.1 release has the same rules in the same file.
 */
export const LEADER_ELECTION_RULES: readonly RbacRule[] = [
  { apiGroup: '', resources: ['configmaps'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroup: 'coordination.k8s.io', resources: ['leases'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroup: '', resources: ['events'], verbs: ['create', 'patch'] },
];

/** What the topology operator does to every resource kind it reconciles. */
const TOPOLOGY_KINDS = [
  'bindings', 'exchanges', 'federations', 'operatorpolicies', 'permissions', 'policies', 'queues',
  'schemareplications', 'shovels', 'superstreams', 'topicpermissions', 'users', 'vhosts',
] as const;

/**
 * What the RabbitMQ messaging topology operator may do in every namespace: the ClusterRole
 * `manager-role` of its v1.20.1 release (config/rbac/role.yaml at the tag). It reads each
 * RabbitmqCluster, its Service and its default user's Secret to reach the management API, writes
 * the Secrets of the Users it creates, and keeps finalizers and status on its own resources.
 */
export const TOPOLOGY_OPERATOR_RULES: readonly RbacRule[] = [
  { apiGroup: '', resources: ['secrets'], verbs: ['create', 'get', 'list', 'update', 'watch'] },
  { apiGroup: '', resources: ['services'], verbs: ['get', 'list', 'watch'] },
  { apiGroup: 'events.k8s.io', resources: ['events'], verbs: ['create', 'patch'] },
  { apiGroup: 'rabbitmq.com', resources: [...TOPOLOGY_KINDS], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  { apiGroup: 'rabbitmq.com', resources: TOPOLOGY_KINDS.map((k) => `${k}/finalizers`), verbs: ['update'] },
  { apiGroup: 'rabbitmq.com', resources: TOPOLOGY_KINDS.map((k) => `${k}/status`), verbs: ['get', 'patch', 'update'] },
  { apiGroup: 'rabbitmq.com', resources: ['rabbitmqclusters'], verbs: ['get', 'list', 'watch'] },
  { apiGroup: 'rabbitmq.com', resources: ['rabbitmqclusters/status'], verbs: ['get'] },
];

/** Adds each rule to a Role or ClusterRole. */
export function allowAll(role: kplus.Role | kplus.ClusterRole, rules: readonly RbacRule[]): void {
  for (const rule of rules) {
    role.allow([...rule.verbs], ...rule.resources.map((resourceType) => kplus.ApiResource.custom({ apiGroup: rule.apiGroup, resourceType })));
  }
}
