import { ValidationError } from '../core/errors';
import type { IMessagingTarget } from './messaging-target';

/**
 * Checks that every target keeps what it acknowledged the same way (persisted or not, as many
 * replicas, acknowledged by as many of them), so a comparison of them compares brokers and not
 * durability settings; throws naming the first that differs. `where` names the comparison.
 */
export function checkEqualDurability(where: string, targets: readonly IMessagingTarget[]): void {
  const [first, ...rest] = targets;
  if (!first) throw new ValidationError(where, 'targets', [], 'at least one messaging target');
  const describe = (t: IMessagingTarget) =>
    `${t.durability.persisted ? 'persisted' : 'in memory'}, ${t.durability.replicas} replicas, acknowledged by ${t.durability.acknowledgedBy}`;
  for (const target of rest) {
    const a = first.durability;
    const b = target.durability;
    if (a.persisted !== b.persisted || a.replicas !== b.replicas || a.acknowledgedBy !== b.acknowledgedBy) {
      throw new ValidationError(where, `targets.${target.messagingSystem}.durability`, describe(target),
        `the same as ${first.messagingSystem}'s (${describe(first)}): a comparison gives every broker the same durability`);
    }
  }
}
