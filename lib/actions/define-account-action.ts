import type { z } from 'zod'
import { appendAudit } from '@/lib/audit/chain'
import { auditRecord, type AuditEvent, type AuditFields, type AuditNote } from '@/lib/audit/events'
import { authorizeAccount, type AccountActor, type AccountPermission } from '@/lib/authz/permissions'
import type { Tx } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'
import { readInstanceRules } from '@/lib/db/instance'
import {
  answerFor,
  failure,
  readFields,
  validationFailure,
  type Action,
  type ActionEnvironment,
  type ActionSettings,
} from './define-action'
import { refuse } from './errors'

/** Records a declared event in the chain of the tenant it names (an account-level action may make that tenant). */
export type RecordAuditIn = <Data extends AuditFields>(tenantId: string, event: AuditEvent<string, Data>, note: AuditNote<Data>) => void

export interface AccountActionScope<I> {
  input: I
  account: AccountActor
  audit: RecordAuditIn
  settings: ActionSettings
  sessionId: string | null
}

export interface AccountActionDefinition<S extends z.ZodType, T, N extends string> {
  /** `domain.verb`, unique among every action. */
  name: N
  input: S
  permission: AccountPermission
  run(tx: Tx, scope: AccountActionScope<z.output<S>>): Promise<T>
}

/**
 * The wrapper of an action a person takes as themselves, in no tenant (creating an
 * organisation): the same steps as defineAction's — caller, zod input, the permission from
 * lib/authz, one transaction with its lock and its audit entries — with the account's lock
 * in place of a tenant's. Each audit entry goes to the chain of the tenant it names, under
 * that tenant's lock. Its queries take the named path 'account' (lib/db/scope.ts): what an
 * account does spans the tenants it belongs to.
 */
export function defineAccountAction<S extends z.ZodType, T, const N extends string>(
  definition: AccountActionDefinition<S, T, N>,
): Action<S, T, N> {
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
        const data = await withScope({ acrossTenants: 'account' }, () =>
          env.db.$transaction(
            async (tx) => {
              const account = await caller.account(tx)
              if (!account) refuse('FORBIDDEN')
              // One account's actions wait for each other: a limit counted here holds until commit. (NO KEY:
              // rows that merely reference the account, a session say, are not held up.)
              await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${account.userId} FOR NO KEY UPDATE`
              const decision = authorizeAccount(account, definition.permission, await readInstanceRules(tx))
              if (decision !== 'ok') refuse(decision)
              const records: { tenantId: string; record: ReturnType<typeof auditRecord> }[] = []
              const result = await definition.run(tx, {
                input,
                account,
                audit: (tenantId, event, note) => records.push({ tenantId, record: auditRecord(event, note) }),
                settings: env.settings,
                sessionId: caller.sessionId,
              })
              for (const { tenantId, record } of records) {
                await lockTenant(tx, tenantId)
                await appendAudit(tx, env.auditKey, { ...caller.stamp(record), tenantId, actorId: account.userId, ...env.meta })
              }
              return result
            },
            { maxWait: 15_000, timeout: 30_000 },
          ),
        )
        return { ok: true, data }
      } catch (error) {
        return answerFor(error, definition.name)
      }
    },
  }
}
