import { parseArgs, type ParseArgsConfig } from 'node:util'

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** What util.parseArgs makes of these `--name value` options: a string, or undefined when absent. */
export type OptionValues<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values']

/** The arguments are wrong: the command prints the reason (if any) and its usage, and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface CommandLine<O extends OptionsConfig, A> {
  /** The usage line, printed whenever the arguments are wrong. */
  usage: string
  options: O
  /** Checks and converts the values before anything is opened; throws UsageError to refuse them. */
  parse(values: OptionValues<O>): A
}

/** A value the command cannot do without; a missing or empty one is a usage error. */
export function required(value: string | undefined): string {
  if (!value) throw new UsageError()
  return value
}

/** Parses `--name value` / `--name=value` arguments strictly: unknown options and positionals are usage errors. */
export function parseCommandLine<O extends OptionsConfig, A>(command: CommandLine<O, A>, argv: string[]): A {
  let values: OptionValues<O>
  try {
    values = parseArgs({ args: argv, options: command.options, strict: true, allowPositionals: false }).values
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message)
    throw error
  }
  return command.parse(values)
}

/** What to print for a usage error: its reason, when it has one, then the usage line. */
export function usageText(usage: string, error: UsageError): string {
  return error.message ? `${error.message}\n${usage}` : usage
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')
}
