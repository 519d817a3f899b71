import { describeErrors } from './describe-error';
import type { ValidationIssue } from './issue';
import { objectLabel, type Manifest } from './manifest';
import { SchemaStore } from './schema-store';

/**
 * Validates parsed objects against the schema of their apiVersion/kind. Returns one issue per
 * problem, in input order; an empty list means every object is valid.
 */
export function validateObjects(manifests: Iterable<Manifest>, store: SchemaStore = SchemaStore.shared()): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { file, document, object } of manifests) {
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      issues.push({ file, object: `document ${document}`, reason: 'not a Kubernetes object (expected a mapping)' });
      continue;
    }
    const fields = object as Record<string, unknown>;
    const { apiVersion, kind } = fields;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      issues.push({ file, object: `document ${document}`, reason: 'not a Kubernetes object (apiVersion and kind must be strings)' });
      continue;
    }
    const label = objectLabel(fields);
    const validate = store.validator(apiVersion, kind);
    if (!validate) {
      const known = store.versionsOf(apiVersion, kind);
      const hint = known.length ? ` (${kind} has a schema for ${known.join(', ')})` : '';
      issues.push({ file, object: label, reason: `no schema for apiVersion "${apiVersion}", kind "${kind}"${hint}` });
      continue;
    }
    if (validate(object)) continue;
    for (const { path, reason } of describeErrors(validate.errors ?? [], object)) {
      issues.push({ file, object: label, path: path || undefined, reason });
    }
  }
  return issues;
}
