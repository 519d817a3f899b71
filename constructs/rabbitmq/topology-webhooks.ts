/** One admission webhook of the topology operator: the kind it checks, at which version, under which name. */
export interface TopologyWebhook {
  /** The resource, plural, of group rabbitmq.com. */
  readonly resource: string;
  readonly version: 'v1alpha1' | 'v1beta1';
  /** The webhook's name; upstream's scaffolding names some with their version, some without. */
  readonly name: string;
}

/**
 * The validating webhooks of the messaging topology operator's v1.20.1 release
 * (config/webhook/manifests.yaml at the tag): one per kind it reconciles, each on CREATE and
 * UPDATE, served at `/validate-rabbitmq-com-<version>-<kind>`.
 */
export const TOPOLOGY_VALIDATING_WEBHOOKS: readonly TopologyWebhook[] = [
  { resource: 'bindings', version: 'v1beta1', name: 'vbinding-v1beta1.kb.io' },
  { resource: 'exchanges', version: 'v1beta1', name: 'vexchange.kb.io' },
  { resource: 'federations', version: 'v1beta1', name: 'vfederation.kb.io' },
  { resource: 'operatorpolicies', version: 'v1beta1', name: 'voperatorpolicy-v1beta1.kb.io' },
  { resource: 'permissions', version: 'v1beta1', name: 'vpermission-v1beta1.kb.io' },
  { resource: 'policies', version: 'v1beta1', name: 'vpolicy.kb.io' },
  { resource: 'queues', version: 'v1beta1', name: 'vqueue.kb.io' },
  { resource: 'schemareplications', version: 'v1beta1', name: 'vschemareplication-v1beta1.kb.io' },
  { resource: 'shovels', version: 'v1beta1', name: 'vshovel-v1beta1.kb.io' },
  { resource: 'superstreams', version: 'v1alpha1', name: 'vsuperstream-v1alpha1.kb.io' },
  { resource: 'topicpermissions', version: 'v1beta1', name: 'vtopicpermission-v1beta1.kb.io' },
  { resource: 'users', version: 'v1beta1', name: 'vuser.kb.io' },
  { resource: 'vhosts', version: 'v1beta1', name: 'vvhost.kb.io' },
];

/**
 * Its one mutating webhook, on CREATE of a Queue: it sets `durable: true` when the Queue leaves
 * it out (internal/webhook/v1beta1/queue_defaulter_webhook.go at v1.20.1).
 */
export const TOPOLOGY_MUTATING_WEBHOOK: TopologyWebhook = { resource: 'queues', version: 'v1beta1', name: 'mqueue.kb.io' };

/** The path the operator's webhook server serves a webhook at. */
export function webhookPath(kind: 'mutate' | 'validate', hook: TopologyWebhook): string {
  // The path names the kind in the singular: the plural without its ending.
  const singular = hook.resource.endsWith('ies') ? `${hook.resource.slice(0, -3)}y` : hook.resource.slice(0, -1);
  return `/${kind}-rabbitmq-com-${hook.version}-${singular}`;
}
