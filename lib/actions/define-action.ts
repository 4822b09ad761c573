import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { appendAudit, type AuditRecord } from '@/lib/audit/chain'
import { authorize, OWN_ACCOUNT, seesTenant, type Actor, type Permission, type Resource } from '@/lib/authz/permissions'
import { keyActor, type ApiKeyCaller } from '@/lib/api-keys/caller'
import { loadActor, resolveContext, type RequestContext, type SessionClaims } from '@/lib/context/resolve'
import type { Db, Tx } from '@/lib/db/client'
import type { Workspace } from '@/lib/generated/prisma/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { Prisma } from '@/lib/generated/prisma/client'
import { DomainError, ERROR_MESSAGES, refuse, type ActionResult, type ErrorCode } from './errors'
import { lockTenant } from '@/lib/db/tenant-lock'
import type { AppConfig } from '@/lib/config'
import { tenantVault, type TenantVault } from '@/lib/crypto/tenant-keys'

/**
 * The field every call from a browser carries: the active workspace its page was
 * rendered for. The binder (components/actions/use-action.ts) adds it; a call from a tab
 * that still shows another workspace is refused, so nobody changes B believing it is A.
 */
export const EXPECTED_WORKSPACE_FIELD = 'expectedWorkspaceId'
export type StaleTabField = { [EXPECTED_WORKSPACE_FIELD]: string }

export interface ActionScope<I> {
  input: I
  actor: Actor
  tenantId: string
  /** The workspace the action targets, read under the tenant lock; null for tenant-level actions. */
  workspace: Workspace | null
  /** Records an audit entry, appended to the chain in this transaction. */
  audit(record: AuditRecord): void
  /** Seals and opens this tenant's secrets with its data key. */
  vault: TenantVault
  settings: ActionSettings
  /** The signed-in session making the call; null for an API key. */
  sessionId: string | null
}

/**
 * How an action on one's own account is declared: the permission every role holds, and no
 * stale-tab check (one's account belongs to no workspace, so a tab showing another one changes nothing wrong).
 */
export const OWN_ACCOUNT_ACTION = { permission: OWN_ACCOUNT, staleTabCheck: false } as const

/** The settings actions read (a subset of AppConfig, so the server passes its config). */
export type ActionSettings = Pick<AppConfig, 'encryptionKeys' | 'allowLocalProviderUrls'>

/** Only the settings actions read, never the whole configuration (secrets stay out of every scope). */
export const actionSettings = ({ encryptionKeys, allowLocalProviderUrls }: AppConfig): ActionSettings => ({
  encryptionKeys,
  allowLocalProviderUrls,
})

/** What prepare() gets: the same as run() minus the transaction, before the tenant lock. */
export type PrepareScope<I> = Omit<ActionScope<I>, 'audit' | 'workspace' | 'vault'> & {
  /** Opens only: a tenant's first data key is made under the tenant lock, never here. */
  vault: Pick<TenantVault, 'open'>
  /** Where the call came from (a failed password or code check is recorded with it). */
  meta: RequestMeta
}

export interface ActionDefinition<S extends z.ZodType, T, P = undefined> {
  name: string
  input: S
  permission: Permission
  /** Which workspace the permission is checked on; omit for tenant-level actions. */
  workspaceId?: (input: z.output<S>) => string | undefined
  /**
   * Whether a call must come from a tab showing the active workspace (default true).
   * The workspace switch opts out (changing the active workspace is its purpose), and so
   * do changes to one's own account, which belongs to no workspace.
   */
  staleTabCheck?: boolean
  /**
   * Slow work that must not hold the tenant lock (asking an AI provider): runs after the
   * permission was checked once, before the transaction; run() gets what it returns and is
   * authorised again under the lock like every action.
   */
  prepare?(db: Db, scope: PrepareScope<z.output<S>>): Promise<P>
  run(tx: Tx, scope: ActionScope<z.output<S>> & { prepared: P }): Promise<T>
}

export type { RequestMeta }

/** Everything an action needs from outside: the database, who is calling and from where. */
export interface ActionEnvironment {
  db: Db
  claims: SessionClaims | null
  auditKey: string
  meta: RequestMeta
  settings: ActionSettings
  /** Set for a call through the public API: the key stands in for the session. */
  apiKey?: ApiKeyCaller
}

/** A defined action: what the matrix test walks, what serverAction() exposes to browsers. */
export interface Action<S extends z.ZodType, T> {
  name: string
  permission: Permission
  workspaceScoped: boolean
  staleTabCheck: boolean
  /** The zod schema of the input; its z.input type is what callers send. */
  input: S
  execute(env: ActionEnvironment, raw: unknown): Promise<ActionResult<T>>
}

/** Input that did not parse: each field's errors, to show next to it. */
export function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>
  return { ok: false, code: 'VALIDATION', message: ERROR_MESSAGES.VALIDATION, fieldErrors }
}

export function failure(code: ErrorCode, message: string = ERROR_MESSAGES[code]): ActionResult<never> {
  return { ok: false, code, message }
}

function toFields(raw: unknown): Record<string, unknown> {
  if (raw instanceof FormData) {
    return Object.fromEntries([...raw.entries()].filter(([key]) => !key.startsWith('$ACTION')))
  }
  return raw !== null && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {}
}

async function staleTabMessage(db: Db, ctx: RequestContext, expectedId: string): Promise<string> {
  const shown = ctx.tenant
    ? await db.workspace.findFirst({ where: { id: expectedId, tenantId: ctx.tenant.id }, select: { name: true } })
    : null
  if (!shown || !ctx.workspace) return ERROR_MESSAGES.STALE_WORKSPACE
  return `This tab shows ${shown.name}, but your active workspace is now ${ctx.workspace.name}. Reload to continue.`
}

/** Who is calling: a signed-in person (their session's context) or an API key. */
interface Caller {
  userId: string | null
  /** The tenant of a tenant-level action. */
  tenantId: string
  /** The session's context; none for an API key (no tab, no active workspace). */
  ctx: RequestContext | null
  actorIn(db: Db | Tx, tenantId: string): Promise<Actor | null>
  /** The audit record as written: an API key's call names the key. */
  stamp(record: AuditRecord): AuditRecord
}

async function sessionCaller(env: ActionEnvironment): Promise<Caller | null> {
  const ctx = env.claims ? await resolveContext(env.db, env.claims) : null
  if (!ctx?.tenant) return null
  const userId = ctx.user.id
  return { userId, tenantId: ctx.tenant.id, ctx, actorIn: (db, tenantId) => loadActor(db, userId, tenantId), stamp: (record) => record }
}

function keyCaller(key: ApiKeyCaller): Caller {
  return {
    userId: key.createdById,
    tenantId: key.tenantId,
    ctx: null,
    actorIn: (db, tenantId) => keyActor(db, key, tenantId),
    stamp: (record) => ({ ...record, data: { ...record.data, apiKey: { id: key.id, name: key.name, start: key.start } } }),
  }
}

/** The actor, if they see the tenant (else NOT_FOUND) and hold the permission there (else why not). */
function authorized(actor: Actor | null, permission: Permission, resource: Resource): Actor {
  if (!actor || !seesTenant(actor)) refuse('NOT_FOUND')
  const decision = authorize(actor, permission, resource)
  if (decision !== 'ok') refuse(decision)
  return actor
}

function describeUnexpected(error: unknown, actionName: string): ActionResult<never> {
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || error.code === 'P2034')) {
    return failure('CONFLICT')
  }
  const reference = randomUUID().slice(0, 8)
  console.error(`[action ${actionName}] reference ${reference}:`, error)
  return failure('INTERNAL', `${ERROR_MESSAGES.INTERNAL} Reference: ${reference}`)
}

/**
 * The one way to build a mutation (docs/architecture.md §4): authenticate → refuse a
 * stale tab → validate (zod) → one transaction that takes the tenant lock, authorises with
 * lib/authz, runs the service and appends its audit entries → typed ActionResult.
 */
export function defineAction<S extends z.ZodType, T, P = undefined>(definition: ActionDefinition<S, T, P>): Action<S, T> {
  return {
    name: definition.name,
    input: definition.input,
    permission: definition.permission,
    workspaceScoped: definition.workspaceId !== undefined,
    staleTabCheck: definition.staleTabCheck ?? true,
    async execute(env, raw) {
      const fields = toFields(raw)
      const expectedWorkspaceId = fields[EXPECTED_WORKSPACE_FIELD]
      delete fields[EXPECTED_WORKSPACE_FIELD]
      const caller = env.apiKey ? keyCaller(env.apiKey) : await sessionCaller(env)
      if (!caller) return failure('UNAUTHENTICATED')
      const { ctx } = caller
      const checksTab = definition.staleTabCheck ?? true
      if (ctx && checksTab && typeof expectedWorkspaceId === 'string' && expectedWorkspaceId !== (ctx.workspace?.id ?? '')) {
        return failure('STALE_WORKSPACE', await staleTabMessage(env.db, ctx, expectedWorkspaceId))
      }

      const parsed = definition.input.safeParse(fields)
      if (!parsed.success) return validationFailure(parsed.error)
      const input = parsed.data
      const { userId } = caller
      const sessionId = ctx?.sessionId ?? null

      try {
        // A workspace's tenant never changes, so it is read before the transaction: the
        // tenant lock's critical section holds only what must be read under it.
        const targetId = definition.workspaceId?.(input)
        const target = targetId ? await env.db.workspace.findUnique({ where: { id: targetId }, select: { tenantId: true } }) : null
        if (targetId && !target) return failure('NOT_FOUND')
        const tenantId = target?.tenantId ?? caller.tenantId
        let prepared = undefined as P
        if (definition.prepare) {
          // A first check, so nobody without the permission sets the slow work going.
          const actor = authorized(await caller.actorIn(env.db, tenantId), definition.permission, { tenantId })
          const vault = tenantVault(env.db, env.settings.encryptionKeys, tenantId)
          prepared = await definition.prepare(env.db, { input, actor, tenantId, vault, settings: env.settings, sessionId, meta: env.meta })
        }
        const data = await env.db.$transaction(
          async (tx) => {
            await lockTenant(tx, tenantId)
            // Everything below reads state that no other mutation of this tenant can change until commit.
            const found = await caller.actorIn(tx, tenantId)
            const workspace = targetId ? await tx.workspace.findUniqueOrThrow({ where: { id: targetId } }) : null
            const resource = { tenantId, workspaceId: workspace?.id, archived: workspace?.status === 'ARCHIVED' }
            const actor = authorized(found, definition.permission, resource)

            const records: AuditRecord[] = []
            const vault = tenantVault(tx, env.settings.encryptionKeys, tenantId)
            const result = await definition.run(tx, {
              input,
              actor,
              tenantId,
              workspace,
              audit: (r) => records.push(r),
              vault,
              settings: env.settings,
              sessionId,
              prepared,
            })
            for (const record of records) {
              await appendAudit(tx, env.auditKey, { ...caller.stamp(record), tenantId, actorId: userId, ...env.meta })
            }
            return result
          },
          { maxWait: 15_000, timeout: 30_000 },
        )
        return { ok: true, data }
      } catch (error) {
        if (error instanceof DomainError) {
          return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors }
        }
        return describeUnexpected(error, definition.name)
      }
    },
  }
}
