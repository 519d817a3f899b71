/**
 * What tools/run.cjs tells a command's `main` about the run, beside its arguments. Tests that call
 * a `main` directly pass none.
 */
export interface CommandRun {
  /**
   * The bundle the command runs from: all of its code, and the data that code imports, in one
   * file that the runner builds afresh whenever one of its inputs changes (ADR 0160).
   */
  readonly bundle: string;
}
