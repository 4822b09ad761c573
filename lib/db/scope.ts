import { AsyncLocalStorage } from 'node:async_hooks'
import type { Db } from './client'

/**
 * Whose rows a query may see and write (docs/architecture.md §1a). Row-level security
 * reads it from two transaction-local settings the driver sends with every query:
 * `app.tenant_id` for one tenant, `app.cross_tenant` for a named path across tenants.
 * A query with no scope sees no tenant's rows and can write none.
 */
export type DatabaseScope = { tenantId: string } | { acrossTenants: CrossTenantPath }

/** The work that legitimately spans tenants, each by name (listed in docs/architecture.md §1a). */
export const CROSS_TENANT_PATHS = {
  session: 'reads the signed-in person with their memberships in every tenant (the request context, the switcher)',
  'sign-in': 'signs a person in, out or up before a tenant is chosen, and records a lock-out in their tenants',
  invitation: 'finds an invitation by its link before its tenant is known, and accepts it',
  'api-key': 'finds an API key by its secret before its tenant is known',
  'action-target': 'finds which tenant the workspace an action targets belongs to, before the action runs in it',
  account: 'an action a person takes as themselves (creating an organisation: the tenants they created, the new tenant)',
  'set-up': 'the first run: makes the first account and organisation while the database holds none',
  'organisation-purge': 'removes every row of an organisation whose deletion is due, and keeps the platform’s record of it',
  platform:
    'the platform console and its actions: every organisation and account as operators see them, support sessions, the platform log',
  operator: 'the operator commands (tenant limits, user status, key rotation, API keys)',
  'audit-verifier': 'verifies and checkpoints every tenant’s audit chain',
  retention: 'prunes what only grows, in every tenant (delivered mail bodies)',
  'demo-seed': 'loads the demo organisations and grows them for benchmarks',
  tests: 'test code reading and arranging rows directly (never the app’s own paths, which set their scope)',
} as const

export type CrossTenantPath = keyof typeof CROSS_TENANT_PATHS

// One store per process, kept on globalThis: Next.js bundles a module once per layer (pages,
// server actions, route handlers), and the client of lib/db/client.ts, made by whichever
// layer came first, must read the scope every layer sets.
const holder = globalThis as typeof globalThis & {
  atriumDatabaseScopes?: { scopes: AsyncLocalStorage<DatabaseScope>; bound: WeakMap<Db, Map<string, Db>>; unscoped: WeakMap<Db, Db> }
}
const { scopes, bound, unscoped } = (holder.atriumDatabaseScopes ??= {
  scopes: new AsyncLocalStorage<DatabaseScope>(),
  /** The clients bound to each scope, per base client. */
  bound: new WeakMap(),
  /** The base client of each bound one. */
  unscoped: new WeakMap(),
})

/** The scope of the code running now, if any. */
export function currentScope(): DatabaseScope | undefined {
  return scopes.getStore()
}

/**
 * Runs `work` with every query it sends (directly or through callees) under `scope`.
 * Awaited inside: Prisma's queries are lazy and start only when awaited, so one returned
 * unawaited would run outside the scope.
 */
export function withScope<T>(scope: DatabaseScope, work: () => T | PromiseLike<T>): Promise<T> {
  return scopes.run(scope, async () => await work())
}

/** The two settings' values for a scope: [app.tenant_id, app.cross_tenant] ('' when unset). */
export function scopeSettings(scope: DatabaseScope | undefined): [tenantId: string, crossTenant: string] {
  if (!scope) return ['', '']
  return 'tenantId' in scope ? [scope.tenantId, ''] : ['', scope.acrossTenants]
}

/** A stable key naming a scope. */
export function scopeKey(scope: DatabaseScope | undefined): string {
  const [tenantId, crossTenant] = scopeSettings(scope)
  return `${tenantId}|${crossTenant}`
}

/**
 * The same client with every operation bound to `scope`, whatever the caller's own:
 * what the request context hands a page (`ctx.db`), since a React server component
 * cannot run its rendering inside `withScope`.
 */
export function scopedDb(db: Db, scope: DatabaseScope): Db {
  const base = unscoped.get(db) ?? db
  const key = scopeKey(scope)
  let clients = bound.get(base)
  if (!clients) bound.set(base, (clients = new Map()))
  let client = clients.get(key)
  if (!client) {
    client = base.$extends({
      query: {
        $allOperations: ({ args, query }) => withScope(scope, () => query(args)),
      },
    }) as unknown as Db
    unscoped.set(client, base)
    // A handful of tenants per process in practice; the bound keeps a long-lived one small.
    if (clients.size >= 1000) clients.clear()
    clients.set(key, client)
  }
  return client
}

export const tenantDb = (db: Db, tenantId: string): Db => scopedDb(db, { tenantId })
export const crossTenantDb = (db: Db, path: CrossTenantPath): Db => scopedDb(db, { acrossTenants: path })

/**
 * Prisma merges findUnique calls made in the same tick into batches and sends them on the
 * next tick, in the context of whichever call came first: a query of one request could
 * then run under another request's scope. Only the batches that must stay batches (the
 * array form of $transaction) are kept; every other query starts in its caller's context.
 */
export function startQueriesInTheirOwnScope(db: Db): void {
  type Request = { transaction?: { kind?: string } }
  const loader = (
    db as unknown as { _requestHandler?: { dataloader?: { options?: { batchBy?: (request: Request) => string | undefined } } } }
  )._requestHandler?.dataloader?.options
  const batchBy = loader?.batchBy
  if (!loader || !batchBy)
    throw new Error('Prisma’s request batching has changed shape: see startQueriesInTheirOwnScope in lib/db/scope.ts')
  loader.batchBy = (request) => (request.transaction?.kind === 'batch' ? batchBy(request) : undefined)
}
