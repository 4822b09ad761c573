import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { DatabaseTarget } from '@/lib/config'
import { lockDataDirectory } from './pglite-lock'

/**
 * A connection to the configured database: the Prisma driver adapter for the client
 * and the migration runner, plus a way to run a list of statements as one transaction
 * (the adapters' own executeScript is not atomic, see lib/db/migrations/atomic-scripts.ts).
 */
export interface DatabaseConnection {
  factory: SqlMigrationAwareDriverAdapterFactory
  runInTransaction(statements: string[], onStatement?: (index: number) => void): Promise<void>
  close(): Promise<void>
}

/** An embedded database with the extensions Atrium's migrations create (pg_trgm for people search). */
export function newPGlite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, ...options.extensions } })
}

export function connectPGlite(pglite: PGlite, onClose: () => void = () => {}): DatabaseConnection {
  return {
    factory: new PrismaPGlite(pglite),
    async runInTransaction(statements, onStatement) {
      await pglite.transaction(async (tx) => {
        for (const [index, statement] of statements.entries()) {
          onStatement?.(index)
          await tx.exec(statement)
        }
      })
    },
    async close() {
      if (!pglite.closed) await pglite.close()
      onClose()
    },
  }
}

export function connectPostgres(url: string): DatabaseConnection {
  const pool = new pg.Pool({ connectionString: url })
  // An idle connection closed by the server (restart, failover) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on('error', (error) => console.warn(`[db] idle PostgreSQL connection closed: ${error.message}`))
  return {
    factory: new PrismaPg(pool),
    async runInTransaction(statements, onStatement) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        for (const [index, statement] of statements.entries()) {
          onStatement?.(index)
          await client.query(statement)
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    async close() {
      await pool.end()
    },
  }
}

export function connect(target: DatabaseTarget): DatabaseConnection {
  if (target.kind === 'postgres') return connectPostgres(target.url)
  const lock = lockDataDirectory(target.dataDir)
  try {
    return connectPGlite(newPGlite(target.dataDir), lock.release)
  } catch (error) {
    lock.release()
    throw error
  }
}
