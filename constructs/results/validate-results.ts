import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import schema from './results.schema.json';
import type { ResultsDocument } from './results-document';

/** A document's first problem: where in it (a JSON pointer, `/` for the root) and what is wrong. */
export interface ResultsProblem {
  readonly at: string;
  readonly message: string;
}

let compiled: ValidateFunction | undefined;

/** The schema compiled once per process (strict: the schema itself must be clean; `["number", "null"]` style unions allowed). */
function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(schema);
  return compiled;
}

/**
 * Checks a parsed document against the results schema, then the rules a schema cannot state
 * (unique variant names; nothing ends before it starts). Returns the first problem, or undefined
 * when the document is valid.
 */
export function checkResultsDocument(value: unknown): ResultsProblem | undefined {
  const validate = validator();
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
