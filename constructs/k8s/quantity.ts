/**
 * Kubernetes resource quantities (`250m`, `1.5`, `128Mi`, `1e3`), read the way the API server
 * reads them: the grammar of k8s.io/apimachinery/pkg/api/resource (quantity.go),
 *
 *   quantity ::= sign? number suffix?
 *   number   ::= digits | digits "." digits? | "." digits
 *   suffix   ::= Ki | Mi | Gi | Ti | Pi | Ei        (binary)
 *              | n | u | m | k | M | G | T | P | E  (decimal)
 *              | (e | E) sign? digits             (decimal exponent)
 *
 * Nothing else: no spaces, no second dot, no unit without a number. This is the one parser of the
 * project; validation, resource checks and the cost report all use it.
 */

/** A parsed quantity. */
export interface Quantity {
  /** The text as written. */
  readonly text: string;
  /** The value in its base unit: cores for CPU (`250m` is 0.25), bytes for memory (`1Ki` is 1024). */
  readonly value: number;
  /** Whether it is below zero (`-1`, `-100m`): grammatical, but never a size or a resource amount. */
  readonly negative: boolean;
}

const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

const GRAMMAR = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?[0-9]+)|(n|u|m|k|M|G|T|P|E))?$/;

/** What the grammar allows, for error messages. */
export const QUANTITY_FORMS = 'a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi';

/** Parses a quantity; undefined when the text is not one. */
export function parseQuantity(text: string): Quantity | undefined {
  if (typeof text !== 'string') return undefined;
  const m = GRAMMAR.exec(text);
  if (!m) return undefined;
  const [, sign, number, binary, exponent, decimal] = m;
  // Decimal scaling goes through the number's own text, so `100m` and `0.1` give the same double.
  const decimalExponent = exponent !== undefined ? Number(exponent.slice(1)) : DECIMAL[decimal ?? ''];
  const scaled = Number(`${number}e${decimalExponent}`);
  const value = binary ? scaled * 2 ** BINARY[binary] : scaled;
  return { text, value: sign === '-' ? -value : value, negative: sign === '-' && value !== 0 };
}

/** Compares two quantities by value: negative when `a` is less, 0 when equal, positive when more. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.value === b.value ? 0 : a.value < b.value ? -1 : 1;
}

/** Bytes in a gibibyte, the unit prices are given in. */
export const GIB = 2 ** 30;
