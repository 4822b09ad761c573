import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { DatabaseConnection } from '../adapter'
import { splitSqlStatements } from './split-sql'

export interface ScriptFailure {
  /** 1-based position of the failing statement in its migration. */
  statementNumber: number
  statement: string
  message: string
}

/**
 * The driver adapters' executeScript is not atomic (adapter-pg splits on every ";" and
 * runs the pieces one by one, the PGlite adapter does not await the script), so a
 * failing migration would leave half of itself behind. This factory runs each script
 * as one transaction with a splitter that understands quotes, comments and $$ bodies,
 * and remembers which statement failed.
 */
export function withAtomicScripts(connection: DatabaseConnection) {
  let lastFailure: ScriptFailure | undefined
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    adapter.executeScript = async (script: string) => {
      const statements = splitSqlStatements(script)
      let current = 0
      try {
        await connection.runInTransaction(statements, (index) => (current = index))
      } catch (error) {
        lastFailure = {
          statementNumber: current + 1,
          statement: statements[current] ?? '',
          message: error instanceof Error ? error.message : String(error),
        }
        throw error
      }
    }
    return adapter
  }
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: connection.ownerFactory.provider,
    adapterName: connection.ownerFactory.adapterName,
    connect: async () => patch(await connection.ownerFactory.connect()),
    connectToShadowDb: async () => patch(await connection.ownerFactory.connectToShadowDb()),
  }
  return {
    factory,
    takeFailure(): ScriptFailure | undefined {
      const failure = lastFailure
      lastFailure = undefined
      return failure
    },
  }
}
