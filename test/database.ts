import fs from 'node:fs'
import { inject } from 'vitest'
import { connectPGlite, newPGlite, connectPostgres, type DatabaseConnection } from '@/lib/db/adapter'
import { openDatabase, type Db, type Tx } from '@/lib/db/client'
import type { ConnectOptions } from '@/lib/db/adapter'
import { RUNTIME_ROLE } from '@/lib/db/runtime-role'
import { adminUrl, databaseUrl, dropDatabase, uniqueDatabaseName } from './postgres'

export interface TestDatabase {
  kind: 'pglite' | 'postgres'
  db: Db
  connection: DatabaseConnection
  /** Runs raw SQL as the superuser, bypassing the app (for tamper tests and checks). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>
  /**
   * Work done behind Atrium's back, as someone holding the database's superuser would: one
   * transaction, no row-level security, no triggers (session_replication_role = replica).
   * For arranging what the app itself could never write, and for tampering.
   */
  behindAtriumsBack<T>(work: (tx: Tx) => Promise<T>): Promise<T>
  /**
   * A session of the runtime role alone, with no setting made for it: what any SQL arriving
   * through the role meets, whatever the app's code does or forgets. end() closes it.
   */
  runtimeSession(): Promise<{ sql: TestDatabase['sql']; end(): Promise<void> }>
  close(): Promise<void>
}

/**
 * Test code arranges and reads rows directly, across tenants: its queries take the named
 * path 'tests'. The app's own paths (the action wrapper, the request context, the API)
 * set their scope themselves, which wins over this default.
 */
export const TEST_CONNECTION: ConnectOptions = { defaultScope: { acrossTenants: 'tests' }, onRoleSwitch: () => {} }

/** As the connection's owner (a superuser here), with the triggers off for one transaction. */
function ownerWork(connection: DatabaseConnection): TestDatabase['behindAtriumsBack'] {
  let owner: Db | undefined
  return (work) => {
    owner ??= openDatabase({ ...connection, factory: connection.ownerFactory }).db
    return owner.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`
      return work(tx)
    })
  }
}

/** A fresh, migrated database of its own: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = inject('databaseKind')
  const snapshot = inject('migratedSnapshot')
  if (kind === 'postgres') {
    const name = uniqueDatabaseName('atrium_test')
    const admin = await adminUrl(snapshot)
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${new URL(snapshot).pathname.slice(1)}"`)
    const connection = connectPostgres(databaseUrl(snapshot, name), TEST_CONNECTION)
    const { db, close } = openDatabase(connection)
    const { Client } = (await import('pg')).default
    const raw = new Client({ connectionString: databaseUrl(snapshot, name) })
    await raw.connect()
    return {
      kind,
      db,
      connection,
      sql: async (query, params) => (await raw.query(query, params as unknown[])).rows,
      behindAtriumsBack: ownerWork(connection),
      async runtimeSession() {
        const session = new Client({ connectionString: databaseUrl(snapshot, name), options: `-c role=${RUNTIME_ROLE}` })
        await session.connect()
        return { sql: async (query, params) => (await session.query(query, params as unknown[])).rows, end: () => session.end() }
      },
      async close() {
        await raw.end()
        await close()
        await dropDatabase(admin, name)
        await admin.end()
      },
    }
  }
  const pglite = newPGlite(undefined, { loadDataDir: new Blob([fs.readFileSync(snapshot)]) })
  const connection = connectPGlite(pglite, undefined, TEST_CONNECTION)
  const { db, close } = openDatabase(connection)
  return {
    kind,
    db,
    connection,
    sql: async (query, params) => (await pglite.query(query, params as unknown[])).rows as never,
    behindAtriumsBack: ownerWork(connection),
    // PGlite has one session: the role is switched for the session's lifetime and back at end().
    async runtimeSession() {
      await pglite.exec(`SET ROLE ${RUNTIME_ROLE}`)
      return {
        sql: async (query, params) => (await pglite.query(query, params as unknown[])).rows as never,
        end: async () => void (await pglite.exec('RESET ROLE; RESET app.tenant_id; RESET app.cross_tenant')),
      }
    },
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
    const connection = connectPostgres(databaseUrl(server, name), TEST_CONNECTION)
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
  const connection = connectPGlite(pglite, undefined, TEST_CONNECTION)
  return {
    connection,
    sql: async (query, params) => (await pglite.query(query, params as unknown[])).rows as never,
    close: () => connection.close(),
  }
}
