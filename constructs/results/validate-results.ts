import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import schema from './results.schema.json';
import schemaV1 from './results-v1.schema.json';
import { COST_UNIT_QUANTITY, ResultsDocument } from './results-document';

/** A document's first problem: where in it (a JSON pointer, `/` for the root) and what is wrong. */
export interface ResultsProblem {
  readonly at: string;
  readonly message: string;
}

/** The versions a reader accepts: the current one, and the older ones it upgrades. */
const SCHEMAS: Readonly<Record<number, object>> = { 1: schemaV1, 2: schema };
const compiled = new Map<number, ValidateFunction>();

/** A version's schema compiled once per process (strict: the schema itself must be clean; `["number", "null"]` style unions allowed). */
function validator(version: number): ValidateFunction {
  let fn = compiled.get(version);
  if (!fn) {
    fn = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(SCHEMAS[version]);
    compiled.set(version, fn);
  }
  return fn;
}

/** The schema version a document states, when it is one a reader knows; else the current one. */
export function schemaVersionOf(value: unknown): number {
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof version === 'number' && SCHEMAS[version] ? version : 2;
}

/**
 * A valid document of an older version in the current shape: version 1's `cost.perMillion`
 * (requests or messages) becomes `cost.per` with a quantity of a million. Documents in the
 * bucket stay as written; readers upgrade in memory.
 */
export function upgradeResults(value: unknown): ResultsDocument {
  const doc = value as { schemaVersion: number; variants: { cost: Record<string, unknown> }[] };
  if (doc.schemaVersion !== 1) return value as ResultsDocument;
  return {
    ...(doc as object),
    schemaVersion: 2,
    variants: doc.variants.map((v) => {
      const { perMillion, ...cost } = v.cost as { perMillion: { unit: 'requests' | 'messages'; value: number | null } };
      return { ...v, cost: { ...cost, per: { unit: perMillion.unit, quantity: COST_UNIT_QUANTITY[perMillion.unit], value: perMillion.value } } };
    }),
  } as unknown as ResultsDocument;
}

/**
 * Checks a parsed document against the schema of the version it states (1 or 2; any other is
 * checked against the current one, whose `schemaVersion` then fails), then the rules a schema cannot state
 * (unique variant names; nothing ends before it starts). Returns the first problem, or undefined
 * when the document is valid.
 */
export function checkResultsDocument(value: unknown): ResultsProblem | undefined {
  const validate = validator(schemaVersionOf(value));
  if (!validate(value)) return describe(validate.errors ?? []);
  const doc = value as ResultsDocument;
  const names = doc.variants.map((v) => v.name);
  const twice = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (twice >= 0) return { at: `/variants/${twice}/name`, message: `variant "${names[twice]}" appears twice` };
  const windows = [{ at: '', w: doc as VariantWindow }, ...doc.variants.map((w, i) => ({ at: `/variants/${i}`, w }))];
  for (const { at, w } of windows) {
    if (Date.parse(w.endedAt) < Date.parse(w.startedAt)) return { at: `${at}/endedAt`, message: `ends before it starts (${w.startedAt})` };
  }
  return undefined;
}

interface VariantWindow { readonly startedAt: string; readonly endedAt: string }

/** True when `value` is a valid results document. */
export function isResultsDocument(value: unknown): value is ResultsDocument {
  return checkResultsDocument(value) === undefined;
}

/**
 * The most telling error: Ajv reports an `if`'s failure after the failure inside its `then`, so
 * the first error is the specific one.
 */
function describe(errors: readonly ErrorObject[]): ResultsProblem {
  const e = errors.find((x) => x.keyword !== 'if') ?? errors[0];
  if (!e) return { at: '/', message: 'is invalid' };
  const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
    : e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
      : e.keyword === 'const' ? ` ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}` : '';
  return { at: e.instancePath || '/', message: `${e.message ?? 'is invalid'}${extra}` };
}
