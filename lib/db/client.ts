import { getConfig, type DatabaseTarget } from '@/lib/config'
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client'
import { connect, type DatabaseConnection } from './adapter'
import { startQueriesInTheirOwnScope } from './scope'
import { countStatements, type StatementCounter } from './statement-counter'

export type Db = PrismaClient
/** The client handed to code that runs inside a transaction. */
export type Tx = Prisma.TransactionClient

export interface OpenDatabase {
  db: Db
  close(): Promise<void>
}

export function openDatabase(connection: DatabaseConnection): OpenDatabase {
  const db = new PrismaClient({ adapter: connection.factory })
  startQueriesInTheirOwnScope(db)
  return {
    db,
    async close() {
      await db.$disconnect()
      await connection.close()
    },
  }
}

export function openConfiguredDatabase(target: DatabaseTarget = getConfig().database): OpenDatabase {
  const connection = connect(target)
  if (getConfig().bench) connection.factory = countStatements(connection.factory, benchStatementCounter())
  return openDatabase(connection)
}

// One client per process, kept on globalThis so that `next dev` hot reloads reuse it
// (a second PGlite on the same directory would lose data).
const holder = globalThis as typeof globalThis & { atriumDatabase?: OpenDatabase; atriumStatements?: StatementCounter }

/** The statements this process has sent so far, counted in benchmark mode (ATRIUM_BENCH=1) only. */
export function benchStatementCounter(): StatementCounter {
  holder.atriumStatements ??= { count: 0 }
  return holder.atriumStatements
}

/** The process's database client, opened on first use (never at import). */
export function getDb(): Db {
  holder.atriumDatabase ??= openConfiguredDatabase()
  return holder.atriumDatabase.db
}
