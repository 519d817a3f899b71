/**
 * What tools/run.cjs tells a command's `main` about the run, beside its arguments. Tests that call
 * a `main` directly pass none.
 */
export interface CommandRun {
  /**
   * The bundles the command runs from: together all of its code, and the data that code imports.
   * The runner builds each afresh whenever one of its inputs changes (ADR 0160, 0163).
   */
  readonly bundles: readonly string[];
}
