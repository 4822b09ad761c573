import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { DatabaseTarget } from '@/lib/config'
import { lockDataDirectory } from './pglite-lock'
import { ScopedClient } from './postgres-scope'
import { EMBEDDED_ROLE_SWITCH, RUNTIME_ROLE, runtimeRoleNeeded } from './runtime-role'
import { currentScope, scopeSettings, type DatabaseScope } from './scope'

/**
 * A connection to the configured database (docs/architecture.md §1a):
 * - `factory`, the Prisma driver adapter the app's client uses: every query runs as the
 *   runtime role under row-level security, with the scope of the code that sent it;
 * - `ownerFactory`, for the migration runner: the connecting role as it is;
 * - `runInTransaction`, a list of statements as one transaction, as the owner (the
 *   adapters' own executeScript is not atomic, see lib/db/migrations/atomic-scripts.ts).
 */
export interface DatabaseConnection {
  factory: SqlMigrationAwareDriverAdapterFactory
  ownerFactory: SqlMigrationAwareDriverAdapterFactory
  runInTransaction(statements: string[], onStatement?: (index: number) => void): Promise<void>
  close(): Promise<void>
}

export interface ConnectOptions {
  /** The scope of a query sent outside any (tests and benchmarks only: their own arranging and reading). */
  defaultScope?: DatabaseScope
  /** Told once when the connecting role could bypass row-level security and is switched. */
  onRoleSwitch?: (message: string) => void
}

const warnOnRoleSwitch = (message: string) => console.warn(`[db] ${message}`)

/** An embedded database with the extensions Atrium's migrations create (pg_trgm for people search). */
export function newPGlite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, ...options.extensions } })
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`

/** What runs first in every transaction of the app's queries on PGlite: the role, then the scope. */
function pgliteScopeSql(scope: DatabaseScope | undefined): string {
  const [tenantId, crossTenant] = scopeSettings(scope)
  return `SELECT set_config('app.tenant_id', ${literal(tenantId)}, true), set_config('app.cross_tenant', ${literal(crossTenant)}, true)`
}

type PGliteTransaction = Parameters<Parameters<PGlite['transaction']>[0]>[0]

/**
 * PGlite as the app's queries see it: one session, always a superuser, so each query or
 * transaction switches to the runtime role for itself alone (SET LOCAL ROLE) and carries
 * the scope of the code that sent it. A query outside a transaction gets one of its own.
 */
function runtimePGlite(pglite: PGlite, { defaultScope, onRoleSwitch = warnOnRoleSwitch }: ConnectOptions): PGlite {
  let told = false
  const scopeNow = () => {
    if (!told) onRoleSwitch(EMBEDDED_ROLE_SWITCH)
    told = true
    return currentScope() ?? defaultScope
  }
  // Read when the query is sent: PGlite runs the transaction's callback later, outside the caller's context.
  const enter = (scope: DatabaseScope | undefined) => `SET LOCAL ROLE ${RUNTIME_ROLE}; ${pgliteScopeSql(scope)}`
  /** A query or script outside a transaction: one of its own, in the scope of the code that sent it. */
  const alone = <T>(run: (tx: PGliteTransaction) => Promise<T>) => {
    const entry = enter(scopeNow())
    return pglite.transaction(async (tx) => {
      await tx.exec(entry)
      return run(tx)
    })
  }
  const facade = {
    query: (...args: Parameters<PGlite['query']>) => alone((tx) => tx.query(...args)),
    // The adapter sends an isolation level ahead of BEGIN, where it only warns (and PGlite
    // runs one transaction at a time anyway): passed through as it was, not wrapped.
    exec: (...args: Parameters<PGlite['exec']>) =>
      /^\s*SET TRANSACTION\b/i.test(args[0]) ? pglite.exec(...args) : alone((tx) => tx.exec(...args)),
    transaction: <T>(work: (tx: PGliteTransaction) => Promise<T>) =>
      pglite.transaction(async (tx) => {
        await tx.exec(`SET LOCAL ROLE ${RUNTIME_ROLE}`)
        // The scope is set before the first query, and again whenever the code sending one has another.
        let scopeSet: string | undefined
        const sync = async () => {
          const sql = pgliteScopeSql(scopeNow())
          if (sql !== scopeSet) await tx.exec(sql)
          scopeSet = sql
        }
        const scoped: PGliteTransaction = {
          ...tx,
          query: async (...args: Parameters<PGliteTransaction['query']>) => (await sync(), tx.query(...args)),
          sql: tx.sql.bind(tx),
          exec: async (...args: Parameters<PGliteTransaction['exec']>) => (await sync(), tx.exec(...args)),
          rollback: () => tx.rollback(),
          get closed() {
            return tx.closed
          },
        }
        return work(scoped)
      }),
  }
  return facade as unknown as PGlite
}

export function connectPGlite(pglite: PGlite, onClose: () => void = () => {}, options: ConnectOptions = {}): DatabaseConnection {
  return {
    factory: new PrismaPGlite(runtimePGlite(pglite, options)),
    ownerFactory: new PrismaPGlite(pglite),
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

/**
 * The app's PostgreSQL clients: each sends its queries with their scope, and when the
 * connecting role could bypass row-level security (a superuser, BYPASSRLS, the tables'
 * owner) it starts its session as the runtime role instead (a startup option: no round
 * trip, and RESET ROLE comes back to it).
 */
function runtimeClientClass(url: string, options: ConnectOptions): typeof pg.Client {
  let roleNeeded: Promise<boolean> | undefined
  return class RuntimeClient extends ScopedClient {
    protected override scope() {
      return currentScope() ?? options.defaultScope
    }

    // pg's overloads (promise or callback) cannot be restated one by one.
    override connect(callback?: unknown): never {
      const connected = (async () => {
        roleNeeded ??= runtimeRoleNeeded(url).then((message) => {
          if (message) (options.onRoleSwitch ?? warnOnRoleSwitch)(message)
          return message !== null
        })
        if (await roleNeeded) {
          const parameters = (this as unknown as { connectionParameters: { options?: string } }).connectionParameters
          parameters.options = [parameters.options, `-c role=${RUNTIME_ROLE}`].filter(Boolean).join(' ')
        }
        await super.connect()
      })()
      if (!callback) return connected as never
      const done = callback as (error: Error | null, client?: pg.Client) => void
      connected.then(() => done(null, this), done)
      return undefined as never
    }
  }
}

export function connectPostgres(url: string, options: ConnectOptions = {}, ownerUrl: string = url): DatabaseConnection {
  const pool = new pg.Pool({ connectionString: url, Client: runtimeClientClass(url, options) })
  // The owner's pool opens only for migrations (a server that never migrates never opens it).
  let ownerPool: pg.Pool | undefined
  const owner = () => (ownerPool ??= withIdleErrorsLogged(new pg.Pool({ connectionString: ownerUrl, max: 2 })))
  withIdleErrorsLogged(pool)
  return {
    factory: new PrismaPg(pool),
    ownerFactory: lazyFactory(() => new PrismaPg(owner())),
    async runInTransaction(statements, onStatement) {
      const client = await owner().connect()
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
      await ownerPool?.end()
    },
  }
}

// An idle connection closed by the server (restart, failover) must not crash the
// process: the pool drops it and opens a new one on the next query.
function withIdleErrorsLogged(pool: pg.Pool): pg.Pool {
  pool.on('error', (error) => console.warn(`[db] idle PostgreSQL connection closed: ${error.message}`))
  return pool
}

/** A factory made on first use. */
function lazyFactory(make: () => SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  let made: SqlMigrationAwareDriverAdapterFactory | undefined
  const factory = () => (made ??= make())
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => factory().connect(),
    connectToShadowDb: () => factory().connectToShadowDb(),
  }
}

export function connect(target: DatabaseTarget): DatabaseConnection {
  if (target.kind === 'postgres') return connectPostgres(target.url, {}, target.migrationUrl)
  const lock = lockDataDirectory(target.dataDir)
  try {
    return connectPGlite(newPGlite(target.dataDir), lock.release)
  } catch (error) {
    lock.release()
    throw error
  }
}
