import type { ErrorObject } from 'ajv';
import { childPath, fieldPath } from './field-path';

/** A schema error in words: the field it concerns and what is wrong with it. */
export interface ErrorDescription {
  readonly path: string;
  readonly reason: string;
}

const COMBINATORS = new Set(['anyOf', 'oneOf']);

/**
 * Describes Ajv's errors for one object, one per problem. The errors Ajv collects inside a failed
 * anyOf/oneOf (one per alternative that did not match) are folded into that one error, since
 * they say what each alternative would have needed rather than what is wrong.
 */
export function describeErrors(errors: readonly ErrorObject[], document: unknown): ErrorDescription[] {
  const combinators = errors.filter((e) => COMBINATORS.has(e.keyword));
  const inside = (e: ErrorObject) =>
    combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath));
  const seen = new Set<string>();
  const out: ErrorDescription[] = [];
  for (const error of errors) {
    if (inside(error)) continue;
    const described = describeError(error, document);
    const key = `${described.path}\0${described.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(described);
  }
  return out;
}

/** Describes one Ajv error; its field path is resolved against the validated document. */
export function describeError(error: ErrorObject, document: unknown): ErrorDescription {
  const path = fieldPath(error.instancePath, document);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: childPath(path, String(params.additionalProperty)), reason: 'unknown field' };
    case 'required':
      return { path, reason: `missing required field "${String(params.missingProperty)}"` };
    case 'type':
      return { path, reason: `expected ${String(params.type).split(',').join(' or ')}, got ${shown(error.data)}` };
    case 'enum':
      return { path, reason: `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${shown(error.data)}` };
    case 'const':
      return { path, reason: `expected ${JSON.stringify(params.allowedValue)}, got ${shown(error.data)}` };
    case 'pattern':
      return { path, reason: `does not match pattern ${String(params.pattern)}: ${shown(error.data)}` };
    case 'oneOf':
    case 'anyOf':
      return { path, reason: combinatorReason(error) };
    case 'not':
      return { path, reason: 'has a form the schema forbids' };
    default:
      return { path, reason: `${error.message ?? error.keyword}${isScalar(error.data) ? `, got ${shown(error.data)}` : ''}` };
  }
}

/**
 * CRDs express "exactly one of" and "at least one of" as alternatives that each require one
 * field; naming those fields says more than "does not match the schema".
 */
function combinatorReason(error: ErrorObject): string {
  const branches = Array.isArray(error.schema) ? (error.schema as Array<Record<string, unknown>>) : [];
  const fields = branches
    .filter((b) => Object.keys(b).length === 1 && Array.isArray(b.required))
    .flatMap((b) => b.required as string[]);
  const several = error.keyword === 'oneOf' && Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas);
  if (fields.length > 1) {
    const list = fields.map((f) => `"${f}"`).join(', ');
    if (several) return `sets more than one of the exclusive fields ${list}`;
    return error.keyword === 'anyOf' ? `needs at least one of the fields ${list}` : `needs exactly one of the fields ${list}`;
  }
  if (several) return 'matches more than one of the allowed forms';
  return `matches none of the allowed forms${isScalar(error.data) ? `, got ${shown(error.data)}` : ''}`;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** A value as an error shows it: scalars as JSON (shortened), objects and arrays by their kind. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
