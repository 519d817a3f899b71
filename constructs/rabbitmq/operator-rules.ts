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
 * v2.22.3): controller-runtime's lease, the config maps older releases used, and events.
 */
export const LEADER_ELECTION_RULES: readonly RbacRule[] = [
  { apiGroup: '', resources: ['configmaps'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroup: 'coordination.k8s.io', resources: ['leases'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroup: '', resources: ['events'], verbs: ['create', 'patch'] },
];
