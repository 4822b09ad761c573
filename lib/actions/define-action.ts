import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { appendAudit, type AuditRecord } from '@/lib/audit/chain'
import { appendPlatformLog } from '@/lib/audit/platform-log'
import { auditRecord, type RecordAudit } from '@/lib/audit/events'
import {
  authorize,
  keyScopeShortfall,
  OWN_ACCOUNT,
  seesTenant,
  workspaceResource,
  type AccountPermission,
  type Actor,
  type Permission,
  type Resource,
} from '@/lib/authz/permissions'
import type { AppConfig } from '@/lib/config'
import { tenantVault, type TenantVault } from '@/lib/crypto/tenant-keys'
import type { Db, Tx } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'
import type { Workspace } from '@/lib/generated/prisma/client'
import { Prisma } from '@/lib/generated/prisma/client'
import type { RequestMeta } from '@/lib/http/client-address'
import type { Caller } from './caller'
import { DomainError, ERROR_MESSAGES, ERRORS, refusal, refusalOf, refuse, type ActionResult, type ErrorCode, type Refusal } from './errors'

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
  /** Records a declared audit event, appended to the chain in this transaction. */
  audit: RecordAudit
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
export type ActionSettings = Pick<
  AppConfig,
  'encryptionKeys' | 'allowLocalProviderUrls' | 'appUrl' | 'smtpUrl' | 'mailFrom' | 'organisationDeletionGraceMs'
>

/** Only the settings actions read, never the whole configuration (the audit key and session secrets stay out of every scope). */
export const actionSettings = ({
  encryptionKeys,
  allowLocalProviderUrls,
  appUrl,
  smtpUrl,
  mailFrom,
  organisationDeletionGraceMs,
}: AppConfig): ActionSettings => ({
  encryptionKeys,
  allowLocalProviderUrls,
  appUrl,
  smtpUrl,
  mailFrom,
  organisationDeletionGraceMs,
})

/** What prepare() gets: the same as run() minus the transaction, before the tenant lock. */
export type PrepareScope<I> = Omit<ActionScope<I>, 'audit' | 'workspace' | 'vault'> & {
  /** Opens only: a tenant's first data key is made under the tenant lock, never here. */
  vault: Pick<TenantVault, 'open'>
  /** Where the call came from (a failed password or code check is recorded with it). */
  meta: RequestMeta
}

export interface ActionDefinition<S extends z.ZodType, T, P = undefined, N extends string = string, A = T> {
  /** `domain.verb`, unique: what the registry, the matrix, browsers and error logs call it. */
  name: N
  input: S
  permission: Permission
  /** Which workspace the permission is checked on; omit for tenant-level actions. */
  workspaceId?: (input: z.output<S>) => string | undefined
  /**
   * Which tenant a tenant-level action acts in when it is not the caller's own (cancelling
   * the deletion of an organisation nobody can enter any more). The permission is checked
   * there like anywhere.
   */
  tenantId?: (input: z.output<S>) => string | undefined
  /**
   * True for the one kind of action that still completes in an organisation scheduled for
   * deletion (cancelling it); every other action is refused there under the tenant lock.
   */
  whileDeletionScheduled?: true
  /**
   * True when every entry the action writes also goes into the platform log (docs/architecture.md
   * §15): an organisation deciding on platform operators' access to it.
   */
  platformLog?: true
  /**
   * Whether a call must come from a tab showing the active workspace (default true).
   * The workspace switch opts out (changing the active workspace is its purpose), and so
   * do changes to one's own account, which belongs to no workspace.
   */
  staleTabCheck?: boolean
  /**
   * False for an action only the server may start (the workspace switch, which must go
   * through the session update that re-issues the token): the browsers' dispatcher refuses
   * it as it refuses an unknown name.
   */
  browser?: false
  /**
   * Slow work that must not hold the tenant lock (asking an AI provider): runs after the
   * permission was checked once, before the transaction; run() gets what it returns and is
   * authorised again under the lock like every action.
   */
  prepare?(db: Db, scope: PrepareScope<z.output<S>>): Promise<P>
  run(tx: Tx, scope: ActionScope<z.output<S>> & { prepared: P }): Promise<T>
  /**
   * After commit: what the caller receives instead of run()'s result, e.g. an invitation
   * link that is mailed and never returned. Every caller gets this answer, the browser's
   * dispatcher and the API alike, so a secret cannot leak through a route that forgot it.
   */
  answer?(data: T, after: { db: Db; settings: ActionSettings }): Promise<A>
}

export type { RequestMeta }

/** Everything an action needs from outside: the database, who is calling and from where. */
export interface ActionEnvironment {
  db: Db
  /** Who is calling, resolved when the call is made: null when nobody is signed in (or the session no longer opens a tenant). */
  caller(): Promise<Caller | null>
  auditKey: string
  meta: RequestMeta
  settings: ActionSettings
}

/** A defined action: what the registry lists, the matrix walks and the dispatcher exposes to browsers. */
export interface Action<S extends z.ZodType, T, N extends string = string> {
  name: N
  permission: Permission | AccountPermission
  workspaceScoped: boolean
  /** An action of the caller as themselves, in no tenant (creating an organisation): define-account-action.ts. */
  accountScoped: boolean
  staleTabCheck: boolean
  /** Whether browsers may call it through the dispatcher. */
  browser: boolean
  /** The zod schema of the input; its z.input type is what callers send. */
  input: S
  execute(env: ActionEnvironment, raw: unknown): Promise<ActionResult<T>>
}

/** Input that did not parse: each field's errors, to show next to it. */
export function validationFailure(error: z.ZodError): Refusal {
  return refusal('VALIDATION', ERROR_MESSAGES.VALIDATION, { fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> })
}

export const failure = (code: ErrorCode, message?: string): Refusal => refusal(code, message)

// The wrapper's steps, in the order execute() takes them.

/** The fields sent, without Next.js's own and without the stale-tab field (returned apart). */
export function readFields(raw: unknown): { fields: Record<string, unknown>; expectedWorkspaceId: unknown } {
  const fields: Record<string, unknown> =
    raw instanceof FormData
      ? Object.fromEntries([...raw.entries()].filter(([key]) => !key.startsWith('$ACTION')))
      : raw !== null && typeof raw === 'object'
        ? { ...(raw as Record<string, unknown>) }
        : {}
  const expectedWorkspaceId = fields[EXPECTED_WORKSPACE_FIELD]
  delete fields[EXPECTED_WORKSPACE_FIELD]
  return { fields, expectedWorkspaceId }
}

/** A tab that shows another workspace than the session's active one: refused, naming both. */
async function staleTab(db: Db, caller: Caller, expectedWorkspaceId: unknown): Promise<Refusal | null> {
  if (!caller.session || typeof expectedWorkspaceId !== 'string') return null
  const active = caller.session.activeWorkspace
  if (expectedWorkspaceId === (active?.id ?? '')) return null
  const tenantId = caller.tenantId
  const shown =
    tenantId &&
    (await withScope({ tenantId }, () => db.workspace.findFirst({ where: { id: expectedWorkspaceId, tenantId }, select: { name: true } })))
  if (!shown || !active) return failure('STALE_WORKSPACE')
  return failure('STALE_WORKSPACE', `This tab shows ${shown.name}, but your active workspace is now ${active.name}. Reload to continue.`)
}

/**
 * The tenant an action acts in: the targeted workspace's (a workspace's tenant never
 * changes, so it is read before the transaction), the one its input names, or the
 * caller's own. Which tenant a workspace is in, is the one question asked across tenants
 * (its named path, lib/db/scope.ts).
 */
async function targetTenant(db: Db, caller: Caller, workspaceId: string | undefined, namedTenantId: string | undefined): Promise<string> {
  if (!workspaceId) {
    const tenantId = namedTenantId ?? caller.tenantId
    if (!tenantId) refuse('NOT_FOUND')
    return tenantId
  }
  const target = await withScope({ acrossTenants: 'action-target' }, () =>
    db.workspace.findUnique({ where: { id: workspaceId }, select: { tenantId: true } }),
  )
  if (!target) refuse('NOT_FOUND')
  return target.tenantId
}

/** The actor, if they see the tenant (else NOT_FOUND) and hold the permission there (else why not). */
function authorized(actor: Actor | null, permission: Permission, resource: Resource): Actor {
  if (!actor || !seesTenant(actor)) refuse('NOT_FOUND')
  const decision = authorize(actor, permission, resource)
  if (decision !== 'ok') refuse(decision, decision === 'FORBIDDEN' ? keyScopeShortfall(actor, permission, resource) : undefined)
  return actor
}

/** An entry made through a support session names it: the log reads "… (as support, session …)". */
export function markSupport(actor: Pick<Actor, 'support'>, record: AuditRecord): AuditRecord {
  if (!actor.support) return record
  return { ...record, data: { ...record.data, asSupport: { sessionId: actor.support.sessionId, mode: actor.support.mode } } }
}

/** A failure after commit: the change is saved, so say so, rather than inviting a retry that would do it twice. */
export function savedButLastStepFailed(actionName: string, error: unknown): Refusal {
  const reference = randomUUID().slice(0, 8)
  console.error(`[action ${actionName}] after commit, reference ${reference}:`, error)
  return failure('INTERNAL', `The change was saved, but its last step failed. Reload to see it. Reference: ${reference}`)
}

/** A refusal as raised, or a fault logged with a reference (a lost race on a unique index is a conflict). */
export function answerFor(error: unknown, actionName: string): Refusal {
  if (error instanceof DomainError && ERRORS[error.code].expected) return refusalOf(error)
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || error.code === 'P2034')) {
    return failure('CONFLICT')
  }
  if (isDatabaseUnavailable(error)) {
    // Its transaction committed whole or not at all (a connection lost during COMMIT leaves
    // which of the two unknown to us, never a half); the person is told to try again.
    console.warn(`[action ${actionName}] the database is unavailable: ${(error as Error).message?.split('\n').at(-1)}`)
    return failure('DATABASE_UNAVAILABLE')
  }
  const reference = randomUUID().slice(0, 8)
  console.error(`[action ${actionName}] reference ${reference}:`, error)
  return failure('INTERNAL', `${ERROR_MESSAGES.INTERNAL} Reference: ${reference}`)
}

/**
 * The one way to build a mutation (docs/architecture.md §4): authenticate → refuse a
 * stale tab → validate (zod) → find the target's tenant → authorise and prepare (slow work,
 * outside the lock) → one transaction that takes the tenant lock, authorises again with
 * lib/authz, runs the work and appends its audit entries → typed ActionResult.
 */
export function defineAction<S extends z.ZodType, T, const N extends string, P = undefined, A = T>(
  definition: ActionDefinition<S, T, P, N, A>,
): Action<S, A, N> {
  const staleTabCheck = definition.staleTabCheck ?? true

  async function runLocked(env: ActionEnvironment, caller: Caller, tenantId: string, input: z.output<S>, prepared: P): Promise<T> {
    return env.db.$transaction(
      async (tx) => {
        const locked = await lockTenant(tx, tenantId)
        if (!locked) refuse('NOT_FOUND')
        // Everything below reads state that no other mutation of this tenant can change until commit.
        const targetId = definition.workspaceId?.(input)
        const workspace = targetId ? await tx.workspace.findUnique({ where: { id: targetId } }) : null
        // Gone since its tenant was read (a purge): as unknown as any other id.
        if (targetId && !workspace) refuse('NOT_FOUND')
        const resource = workspace ? workspaceResource(workspace) : { tenantId }
        const actor = authorized(await caller.actorIn(tx, tenantId), definition.permission, resource)
        // Scheduling a deletion takes this lock too: nothing completes in the organisation after it.
        if (locked.deletionScheduled && !definition.whileDeletionScheduled) refuse('ORGANISATION_DELETION_SCHEDULED')
        if (locked.suspended) refuse('ORGANISATION_SUSPENDED')
        const records: AuditRecord[] = []
        const result = await definition.run(tx, {
          input,
          actor,
          tenantId,
          workspace,
          audit: (event, note) => records.push(auditRecord(event, note)),
          vault: tenantVault(tx, env.settings.encryptionKeys, tenantId),
          settings: env.settings,
          sessionId: caller.sessionId,
          prepared,
        })
        for (const record of records) {
          const entry = { ...markSupport(actor, caller.stamp(record)), actorId: caller.userId, ...env.meta }
          await appendAudit(tx, env.auditKey, { ...entry, tenantId })
          if (definition.platformLog) await appendPlatformLog(tx, env.auditKey, { ...entry, organisationId: tenantId })
        }
        return result
      },
      { maxWait: 15_000, timeout: 30_000 },
    )
  }

  async function prepare(env: ActionEnvironment, caller: Caller, tenantId: string, input: z.output<S>): Promise<P> {
    if (!definition.prepare) return undefined as P
    // A first check, so nobody without the permission sets the slow work going.
    const actor = authorized(await caller.actorIn(env.db, tenantId), definition.permission, { tenantId })
    const vault = tenantVault(env.db, env.settings.encryptionKeys, tenantId)
    return definition.prepare(env.db, {
      input,
      actor,
      tenantId,
      vault,
      settings: env.settings,
      sessionId: caller.sessionId,
      meta: env.meta,
    })
  }

  return {
    name: definition.name,
    input: definition.input,
    permission: definition.permission,
    workspaceScoped: definition.workspaceId !== undefined,
    accountScoped: false,
    staleTabCheck,
    browser: definition.browser ?? true,
    async execute(env, raw) {
      let data: T
      let tenantId: string
      try {
        // Finding the caller is the first query: a database that is down answers here already.
        const caller = await env.caller()
        if (!caller) return failure('UNAUTHENTICATED')
        const { fields, expectedWorkspaceId } = readFields(raw)
        const stale = staleTabCheck ? await staleTab(env.db, caller, expectedWorkspaceId) : null
        if (stale) return stale
        const parsed = definition.input.safeParse(fields)
        if (!parsed.success) return validationFailure(parsed.error)
        const input = parsed.data
        tenantId = await targetTenant(env.db, caller, definition.workspaceId?.(input), definition.tenantId?.(input))
        // From here on, every query sees this tenant's rows alone (row-level security).
        data = await withScope({ tenantId }, async () => {
          const prepared = await prepare(env, caller, tenantId, input)
          return runLocked(env, caller, tenantId, input, prepared)
        })
      } catch (error) {
        return answerFor(error, definition.name)
      }
      if (!definition.answer) return { ok: true, data: data as unknown as A }
      try {
        const answer = definition.answer
        return { ok: true, data: await withScope({ tenantId }, () => answer(data, { db: env.db, settings: env.settings })) }
      } catch (error) {
        return savedButLastStepFailed(definition.name, error)
      }
    },
  }
}
