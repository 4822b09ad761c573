import pg from 'pg'
import { currentScope, scopeSettings, type DatabaseScope } from './scope'

/** Sets the scope for the implicit or explicit transaction the query runs in. */
export const SET_SCOPE_SQL = "SELECT set_config('app.tenant_id', $1, true), set_config('app.cross_tenant', $2, true)"

const TRANSACTION_CONTROL = /^\s*(BEGIN|START|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION)\b/i

type Callback = (error: Error | null, result?: pg.QueryResult) => void

/**
 * A query sent with its scope in the same round trip: the settings' Parse/Bind/Execute go
 * ahead of the query's own, before one Sync, so both run in one transaction (the implicit
 * one of the extended protocol, or the open one) and the settings, being local, end with it.
 * The settings' own row and completion are not the caller's result, so they are skipped.
 */
class ScopedQuery extends pg.Query {
  private settingScope = true

  constructor(
    config: pg.QueryConfig,
    private readonly settings: [string, string],
    callback: Callback,
  ) {
    super({ ...config, callback } as pg.QueryConfig)
  }

  override requiresPreparation(): boolean {
    return true
  }

  override prepare(connection: PgConnection): void {
    connection.parse({ text: SET_SCOPE_SQL, name: '', types: [] })
    connection.bind({ portal: '', statement: '', values: this.settings, valueMapper: undefined })
    connection.execute({ portal: '', rows: 0 })
    super.prepare(connection)
  }

  override handleDataRow(message: unknown): void {
    if (!this.settingScope) super.handleDataRow(message)
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    if (this.settingScope) this.settingScope = false
    else super.handleCommandComplete(message, connection)
  }
}

/** The parts of pg's (untyped) connection and Query that ScopedQuery reaches. */
interface PgConnection {
  parse(message: { text: string; name: string; types: unknown[] }): void
  bind(message: { portal: string; statement: string; values: unknown[]; valueMapper: unknown }): void
  execute(message: { portal: string; rows: number }): void
}
declare module 'pg' {
  interface Query {
    requiresPreparation(): boolean
    prepare(connection: unknown): void
    handleDataRow(message: unknown): void
    handleCommandComplete(message: unknown, connection: unknown): void
  }
}

/**
 * A pg client that sends every query under the scope of the code that asked for it
 * (lib/db/scope.ts). Transaction control goes as it is: it touches no table.
 */
export class ScopedClient extends pg.Client {
  protected scope(): DatabaseScope | undefined {
    return currentScope()
  }

  // pg's overloads cannot be restated one by one; this one dispatches on what it is given.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text
    const submittable = typeof (config as { submit?: unknown } | null)?.submit === 'function'
    if (submittable || typeof text !== 'string' || TRANSACTION_CONTROL.test(text)) {
      return (super.query as (...args: unknown[]) => never)(config, values, callback)
    }
    const done = (typeof values === 'function' ? values : callback) as Callback | undefined
    const queryConfig: pg.QueryConfig = {
      ...(typeof config === 'string' ? { text } : (config as pg.QueryConfig)),
      ...(Array.isArray(values) ? { values } : {}),
    }
    const settings = scopeSettings(this.scope())
    if (done) {
      super.query(new ScopedQuery(queryConfig, settings, done))
      return undefined as never
    }
    return new Promise<pg.QueryResult>((resolve, reject) => {
      super.query(new ScopedQuery(queryConfig, settings, (error, result) => (error ? reject(error) : resolve(result!))))
    }) as never
  }
}
