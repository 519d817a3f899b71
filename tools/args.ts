import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LabError } from '../constructs/core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments read by Node's `util.parseArgs` (strict: unknown options, missing values
 * and unexpected positionals are errors). Its errors become one `LabError` line naming the command,
 * the problem and the usage, which tools/run.cjs prints with exit status 2.
 */
export function parseCommandLine<T extends Options>(
  command: string,
  argv: readonly string[],
  usage: string,
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (err) {
    throw new LabError(`${command}: ${describeParseError(err as Error & { code?: string })}; ${usage}`);
  }
}

/** Node's messages are long and advise about `--`; the one fact that matters, briefly. */
function describeParseError(err: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown argument ${JSON.stringify(quoted)}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted.split(' ')[0];
      return /does not take an argument/.test(err.message)
        ? `${option} takes no value`
        : `${option} needs a value`;
    }
    default:
      return err.message;
  }
}

/** The value of a string option that must not be empty (`--out=` is a mistake, not the current folder). */
export function nonEmpty(command: string, flag: string, value: string | undefined, usage: string): string | undefined {
  if (value === '') throw new LabError(`${command}: --${flag} needs a value; ${usage}`);
  return value;
}
