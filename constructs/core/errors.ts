/**
 * An error caused by the lab's own definitions (bad props, a bad environment, a bad command line).
 * The command-line tools print its message alone, without a stack trace.
 */
export class LabError extends Error {
  public readonly userFacing = true;
  public constructor(message: string) {
    super(message);
    this.name = 'LabError';
  }
}

/**
 * A prop or field that fails validation. The message names where it happened (a construct path
 * or an environment), the field, the value and what is allowed, in that order.
 */
export class ValidationError extends LabError {
  public constructor(
    public readonly where: string,
    public readonly field: string,
    public readonly value: unknown,
    public readonly allowed: string,
  ) {
    super(`${where}: ${field} ${formatValue(value)} is invalid: ${allowed}`);
    this.name = 'ValidationError';
  }
}

function formatValue(value: unknown): string {
  return value === undefined ? '(unset)' : JSON.stringify(value);
}
