import { lockTenant } from '@/lib/db/tenant-lock'
import type { AuditEvent, AuditNote } from '@/lib/audit/events'
import { appendOperatorEvent } from '@/lib/audit/record'
import { appendPlatformLog } from '@/lib/audit/platform-log'
import { auditRecord } from '@/lib/audit/events'
import type { Db, Tx } from '@/lib/db/client'
import { isTenantAdminRole } from '@/lib/authz/roles'
import type { UserStatus } from '@/lib/generated/prisma/enums'
import { endSessionsOf } from '@/lib/sessions/service'
import { hasAnotherActiveTenantAdmin } from '@/lib/tenant-users/membership'
import { accountDisabled, accountEnabled, accountSessionsEnded, accountTwoFactorRemoved } from './audit-events'

export class AccountCommandRefused extends Error {
  override name = 'AccountCommandRefused'
}

/** Whose account: by address (the commands) or by id (the platform console). */
export type AccountRef = { email: string } | { userId: string }

type OperatorNote<Data extends { email: string; by: string }> = AuditNote<Data>

/**
 * Where an operator's change of an account is recorded: the chain of the tenant named (every
 * tenant the account belongs to), or null for an account in none. The platform console's
 * action wrapper and the commands each pass their own (both also write the platform log).
 */
export type RecordAccountChange = <Data extends { email: string; by: string }>(
  tenantId: string | null,
  event: AuditEvent<string, Data>,
  note: OperatorNote<Data>,
) => void | Promise<void>

/**
 * The account an operator's change is about, with every tenant it belongs to locked (in id
 * order, so two operators' changes never wait on each other in a circle).
 */
async function lockedAccount(tx: Tx, ref: AccountRef) {
  const where = 'email' in ref ? { email: ref.email.trim().toLowerCase() } : { id: ref.userId }
  const found = await tx.user.findUnique({ where, select: { id: true } })
  if (!found) throw new AccountCommandRefused('email' in ref ? `No account with the email ${ref.email}.` : 'No such account.')
  // The account's own row first, as its own actions lock it first (define-account-action.ts), then its tenants.
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${found.id} FOR NO KEY UPDATE`
  const user = await tx.user.findUniqueOrThrow({ where: { id: found.id }, include: { tenantMemberships: true } })
  const memberships = [...user.tenantMemberships].sort((a, b) => a.tenantId.localeCompare(b.tenantId))
  for (const membership of memberships) await lockTenant(tx, membership.tenantId)
  return { user, memberships }
}

/** One entry per tenant the account belongs to (an operator's change concerns them all), or one of the platform's for an account in none. */
async function recordEverywhere<Data extends { email: string; by: string }>(
  record: RecordAccountChange,
  tenantIds: string[],
  event: AuditEvent<string, Data>,
  note: OperatorNote<Data>,
) {
  for (const tenantId of tenantIds.length > 0 ? tenantIds : [null]) await record(tenantId, event, note)
}

/**
 * Disables or re-enables an account everywhere, inside `tx`. Disabling ends every session of
 * the account, and is refused when it would leave one of its tenants without an active
 * tenant admin.
 */
export async function changeAccountStatus(tx: Tx, ref: AccountRef, input: { status: UserStatus; by: string }, record: RecordAccountChange) {
  const { user, memberships } = await lockedAccount(tx, ref)
  if (user.status === input.status) return { user, tenants: 0, changed: false }
  if (input.status === 'DISABLED') {
    for (const membership of memberships.filter((m) => isTenantAdminRole(m.role) && m.status === 'ACTIVE')) {
      if (!(await hasAnotherActiveTenantAdmin(tx, membership.tenantId, user.id))) {
        const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: membership.tenantId } })
        throw new AccountCommandRefused(
          `${user.email} is the only active tenant admin of ${tenant.slug}: make someone else its admin first.`,
        )
      }
    }
  }
  await tx.user.update({ where: { id: user.id }, data: { status: input.status } })
  if (input.status === 'DISABLED') await endSessionsOf(tx, user.id, 'accountDisabled')
  await recordEverywhere(
    record,
    memberships.map((m) => m.tenantId),
    input.status === 'DISABLED' ? accountDisabled : accountEnabled,
    { targetId: user.id, data: { email: user.email, by: input.by } },
  )
  return { user, tenants: memberships.length, changed: true }
}

/**
 * For someone who lost both their phone and their recovery codes (and proved who they are
 * some other way): removes their two-factor authentication and ends their sessions. A
 * tenant that requires it leads them to set it up again at their next sign-in.
 */
export async function removeTwoFactorIn(tx: Tx, ref: AccountRef, input: { by: string }, record: RecordAccountChange) {
  const { user, memberships } = await lockedAccount(tx, ref)
  if (!(await tx.twoFactor.findUnique({ where: { userId: user.id } })))
    throw new AccountCommandRefused(`${user.email} has no two-factor authentication to remove.`)
  await tx.twoFactor.delete({ where: { userId: user.id } })
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } })
  await endSessionsOf(tx, user.id, 'twoFactorRemoved')
  await recordEverywhere(
    record,
    memberships.map((m) => m.tenantId),
    accountTwoFactorRemoved,
    { targetId: user.id, data: { email: user.email, by: input.by } },
  )
  return { user, tenants: memberships.length }
}

/** Ends every session of an account (signed in somewhere it should not be): the next request of each is signed out. */
export async function endAccountSessions(tx: Tx, ref: AccountRef, input: { by: string }, record: RecordAccountChange) {
  const { user, memberships } = await lockedAccount(tx, ref)
  const sessions = await endSessionsOf(tx, user.id, 'endedByOperator')
  if (sessions > 0) {
    await recordEverywhere(
      record,
      memberships.map((m) => m.tenantId),
      accountSessionsEnded,
      { targetId: user.id, data: { email: user.email, by: input.by, sessions } },
    )
  }
  return { user, sessions }
}

/** How a command records: each tenant's chain (null: none) and the platform log, like the console's actions. */
function commandRecorder(tx: Tx, auditKey: string): RecordAccountChange {
  return async (tenantId, event, note) => {
    if (tenantId) await appendOperatorEvent(tx, auditKey, event, { ...note, tenantId, actorId: null })
    else await appendPlatformLog(tx, auditKey, { ...auditRecord(event, note), organisationId: null, actorId: null })
  }
}

/** `npm run user:status`: changeAccountStatus in a transaction of its own. */
export function setAccountStatus(db: Db, auditKey: string, input: { email: string; status: UserStatus; by: string }) {
  return db.$transaction((tx) => changeAccountStatus(tx, { email: input.email }, input, commandRecorder(tx, auditKey)))
}

/** `npm run user:remove-two-factor`: removeTwoFactorIn in a transaction of its own. */
export function removeTwoFactor(db: Db, auditKey: string, input: { email: string; by: string }) {
  return db.$transaction((tx) => removeTwoFactorIn(tx, { email: input.email }, input, commandRecorder(tx, auditKey)))
}
