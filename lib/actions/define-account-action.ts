import type { z } from 'zod'
import { appendAudit } from '@/lib/audit/chain'
import { auditRecord, type AuditEvent, type AuditFields, type AuditNote } from '@/lib/audit/events'
import { appendPlatformLog } from '@/lib/audit/platform-log'
import { authorizeAccount, isPlatformPermission, type AccountActor, type AccountPermission } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'
import { readInstanceRules } from '@/lib/db/instance'
import {
  answerFor,
  savedButLastStepFailed,
  failure,
  readFields,
  validationFailure,
  type Action,
  type ActionEnvironment,
  type ActionSettings,
} from './define-action'
import { refuse } from './errors'

/**
 * Records a declared event in the chain of the tenant it names (an account-level action may
 * make that tenant); null for an operator's change of the platform's own (its log alone).
 */
export type RecordAuditIn = <Data extends AuditFields>(
  tenantId: string | null,
  event: AuditEvent<string, Data>,
  note: AuditNote<Data>,
) => void

export interface AccountActionScope<I> {
  input: I
  account: AccountActor
  audit: RecordAuditIn
  settings: ActionSettings
  sessionId: string | null
}

export interface AccountActionDefinition<S extends z.ZodType, T, N extends string, A = T> {
  /** `domain.verb`, unique among every action. */
  name: N
  input: S
  permission: AccountPermission
  /**
   * True for a change of the instance's own settings or operators: the Instance row is locked
   * first, before the account's, so two operators' changes queue on it and never wait on each
   * other's accounts in a circle.
   */
  locksInstance?: true
  /**
   * Checks that must not be rolled back with a refusal (a second-factor code under its
   * limiter): after the permission is checked once, before the transaction.
   */
  prepare?(db: Db, scope: { input: z.output<S>; account: AccountActor; settings: ActionSettings; meta: RequestMeta }): Promise<void>
  run(tx: Tx, scope: AccountActionScope<z.output<S>>): Promise<T>
  /**
   * After commit, as defineAction's: what the caller receives instead of run()'s result (the
   * mail the transaction queued is sent, an invitation link shown once where there is no SMTP).
   */
  answer?(data: T, after: { db: Db; settings: ActionSettings }): Promise<A>
}

/**
 * The wrapper of an action a person takes as themselves, in no tenant (creating an
 * organisation): the same steps as defineAction's — caller, zod input, the permission from
 * lib/authz, one transaction with its lock and its audit entries — with the account's lock
 * in place of a tenant's. Each audit entry goes to the chain of the tenant it names, under
 * that tenant's lock, and, for a platform permission, into the platform log. Its queries take
 * the named path 'account' (lib/db/scope.ts): what an account does spans the tenants it
 * belongs to (and, for an operator, the organisations the platform holds).
 */
export function defineAccountAction<S extends z.ZodType, T, const N extends string, A = T>(
  definition: AccountActionDefinition<S, T, N, A>,
): Action<S, A, N> {
  // An operator's every action is in the platform log as well as in the organisation's own chain.
  const platformLog = isPlatformPermission(definition.permission)
  return {
    name: definition.name,
    input: definition.input,
    permission: definition.permission,
    workspaceScoped: false,
    accountScoped: true,
    staleTabCheck: false,
    browser: true,
    async execute(env: ActionEnvironment, raw: unknown) {
      try {
        const caller = await env.caller()
        if (!caller) return failure('UNAUTHENTICATED')
        const parsed = definition.input.safeParse(readFields(raw).fields)
        if (!parsed.success) return validationFailure(parsed.error)
        const input = parsed.data
        const path = platformLog ? 'platform' : 'account'
        if (definition.prepare) {
          const prepare = definition.prepare
          await withScope({ acrossTenants: path }, async () => {
            const account = await caller.account(env.db)
            if (!account) refuse('FORBIDDEN')
            const decision = authorizeAccount(account, definition.permission, await readInstanceRules(env.db))
            if (decision !== 'ok') refuse(decision)
            await prepare(env.db, { input, account, settings: env.settings, meta: env.meta })
          })
        }
        const data = await withScope({ acrossTenants: path }, () =>
          env.db.$transaction(
            async (tx) => {
              if (definition.locksInstance) await tx.$queryRaw`SELECT "id" FROM "Instance" WHERE "id" = 1 FOR UPDATE`
              const account = await caller.account(tx)
              if (!account) refuse('FORBIDDEN')
              // One account's actions wait for each other: a limit counted here holds until commit. (NO KEY:
              // rows that merely reference the account, a session say, are not held up.)
              await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${account.userId} FOR NO KEY UPDATE`
              const decision = authorizeAccount(account, definition.permission, await readInstanceRules(tx))
              if (decision !== 'ok') refuse(decision)
              const records: { tenantId: string | null; record: ReturnType<typeof auditRecord> }[] = []
              const result = await definition.run(tx, {
                input,
                account,
                audit: (tenantId, event, note) => records.push({ tenantId, record: auditRecord(event, note) }),
                settings: env.settings,
                sessionId: caller.sessionId,
              })
              // Every tenant's lock (in id order) before the platform log's head: the order every writer of both keeps.
              const tenantIds = [...new Set(records.flatMap(({ tenantId }) => (tenantId ? [tenantId] : [])))].sort()
              for (const tenantId of tenantIds) await lockTenant(tx, tenantId)
              for (const { tenantId, record } of records) {
                const entry = { ...caller.stamp(record), actorId: account.userId, ...env.meta }
                if (tenantId) await appendAudit(tx, env.auditKey, { ...entry, tenantId })
                if (platformLog) await appendPlatformLog(tx, env.auditKey, { ...entry, organisationId: tenantId })
              }
              return result
            },
            { maxWait: 15_000, timeout: 30_000 },
          ),
        )
        if (!definition.answer) return { ok: true, data: data as unknown as A }
        const answer = definition.answer
        return await withScope({ acrossTenants: path }, () => answer(data, { db: env.db, settings: env.settings })).then(
          (answered) => ({ ok: true as const, data: answered }),
          (error: unknown) => savedButLastStepFailed(definition.name, error),
        )
      } catch (error) {
        return answerFor(error, definition.name)
      }
    },
  }
}
