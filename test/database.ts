import fs from 'node:fs'
import { inject } from 'vitest'
import { connectPGlite, newPGlite, connectPostgres, type DatabaseConnection } from '@/lib/db/adapter'
import { openDatabase, type Db } from '@/lib/db/client'
import { adminUrl, databaseUrl, dropDatabase, uniqueDatabaseName } from './postgres'

export interface TestDatabase {
  kind: 'pglite' | 'postgres'
  db: Db
  connection: DatabaseConnection
  /** Runs raw SQL as the superuser, bypassing the app (for tamper tests and checks). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

/** A fresh, migrated database of its own: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = inject('databaseKind')
  const snapshot = inject('migratedSnapshot')
  if (kind === 'postgres') {
    const name = uniqueDatabaseName('atrium_test')
    const admin = await adminUrl(snapshot)
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${new URL(snapshot).pathname.slice(1)}"`)
    const connection = connectPostgres(databaseUrl(snapshot, name))
    const { db, close } = openDatabase(connection)
    const { Client } = (await import('pg')).default
    const raw = new Client({ connectionString: databaseUrl(snapshot, name) })
    await raw.connect()
    return {
      kind,
      db,
      connection,
      sql: async (query, params) => (await raw.query(query, params as unknown[])).rows,
      async close() {
        await raw.end()
        await close()
        await dropDatabase(admin, name)
        await admin.end()
      },
    }
  }
  const pglite = newPGlite(undefined, { loadDataDir: new Blob([fs.readFileSync(snapshot)]) })
  const connection = connectPGlite(pglite)
  const { db, close } = openDatabase(connection)
  return {
    kind,
    db,
    connection,
    sql: async (query, params) => (await pglite.query(query, params as unknown[])).rows as never,
    close,
  }
}

/** An empty database (no migrations applied), of the same kind as createTestDatabase's. */
export async function createEmptyDatabase(): Promise<{ connection: DatabaseConnection; sql: TestDatabase['sql']; close(): Promise<void> }> {
  if (inject('databaseKind') === 'postgres') {
    const server = inject('migratedSnapshot')
    const name = uniqueDatabaseName('atrium_empty')
    const admin = await adminUrl(server)
    await admin.query(`CREATE DATABASE "${name}"`)
    const connection = connectPostgres(databaseUrl(server, name))
    const { Client } = (await import('pg')).default
    const raw = new Client({ connectionString: databaseUrl(server, name) })
    await raw.connect()
    return {
      connection,
      sql: async (query, params) => (await raw.query(query, params as unknown[])).rows,
      async close() {
        await raw.end()
        await connection.close()
        await dropDatabase(admin, name)
        await admin.end()
      },
    }
  }
  const pglite = newPGlite()
  const connection = connectPGlite(pglite)
  return {
    connection,
    sql: async (query, params) => (await pglite.query(query, params as unknown[])).rows as never,
    close: () => connection.close(),
  }
}
