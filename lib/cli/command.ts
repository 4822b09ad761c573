import { getConfig, type AppConfig } from '@/lib/config'
import { openConfiguredDatabase, type Db } from '@/lib/db/client'
import { withScope, type CrossTenantPath } from '@/lib/db/scope'
import { parseCommandLine, UsageError, usageText, type CommandLine, type OptionsConfig } from './command-line'

export { required, UsageError } from './command-line'

export interface Command<O extends OptionsConfig, A> extends CommandLine<O, A> {
  /** The named path across tenants its queries take (lib/db/scope.ts): an operator works on every organisation. */
  path: CrossTenantPath
  /** Resolves to the exit code, or to nothing for success. May throw UsageError too. */
  run(context: { args: A; db: Db; config: AppConfig }): Promise<number | void>
  /** Errors reported by their message alone; anything else is printed whole, stack and all. Default: any Error. */
  isExpectedError?(error: unknown): boolean
  /** Exit code when run throws. Default: 1. */
  errorExitCode?: number
}

/**
 * Runs an operator command: parses its arguments (usage and exit code 2 when they are wrong),
 * opens the configured database, runs, reports a failure with exit code 1, and always closes.
 */
export async function runCommand<O extends OptionsConfig, A>(
  command: Command<O, A>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  let args: A
  try {
    args = parseCommandLine(command, argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(usageText(command.usage, error))
    process.exitCode = 2
    return
  }
  const config = getConfig()
  const { db, close } = openConfiguredDatabase(config.database)
  try {
    const exitCode = await withScope({ acrossTenants: command.path }, () => command.run({ args, db, config }))
    if (exitCode) process.exitCode = exitCode
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(usageText(command.usage, error))
      process.exitCode = 2
    } else {
      const expected = command.isExpectedError ? command.isExpectedError(error) : error instanceof Error
      console.error(expected && error instanceof Error ? error.message : error)
      process.exitCode = command.errorExitCode ?? 1
    }
  } finally {
    await close()
  }
}
