// vega-lite publishes its types only through package.json "exports", which the project's
// "node" module resolution does not read; this states the one function compare calls.
declare module 'vega-lite' {
  import type { Spec } from 'vega';
  /** Compiles a Vega-Lite spec to a Vega spec. */
  export function compile(spec: object): { spec: Spec };
}
