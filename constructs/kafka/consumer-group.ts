import { ValidationError } from '../core/errors';

/** Kafka's legal group ids, as far as the lab uses them: no spaces, no separators of its own. */
const CONSUMER_GROUP = /^[A-Za-z0-9._-]{1,249}$/;

/** A consumer group id the lab can pass to Kafka's tools, to KEDA and into PromQL; throws otherwise. */
export function checkConsumerGroup(where: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !CONSUMER_GROUP.test(value)) {
    throw new ValidationError(where, field, value, '1-249 letters, digits, ".", "_" or "-"');
  }
  return value;
}
