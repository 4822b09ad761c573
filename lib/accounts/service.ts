import { lockTenant } from '@/lib/db/tenant-lock'
import type { AuditEvent } from '@/lib/audit/events'
import { appendAuditEvent } from '@/lib/audit/record'
import type { Db, Tx } from '@/lib/db/client'
import { isTenantAdminRole } from '@/lib/authz/roles'
import type { UserStatus } from '@/lib/generated/prisma/enums'
import { endSessionsOf } from '@/lib/sessions/service'
import { hasAnotherActiveTenantAdmin } from '@/lib/tenant-users/membership'
import { accountDisabled, accountEnabled, accountTwoFactorRemoved } from './audit-events'

export class AccountCommandRefused extends Error {
  override name = 'AccountCommandRefused'
}

/**
 * The account an operator command is about, with every tenant it belongs to locked (in id
 * order, so two operator commands never wait on each other in a circle).
 */
async function lockedAccount(tx: Tx, email: string) {
  const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, include: { tenantMemberships: true } })
  if (!user) throw new AccountCommandRefused(`No account with the email ${email}.`)
  const memberships = [...user.tenantMemberships].sort((a, b) => a.tenantId.localeCompare(b.tenantId))
  for (const membership of memberships) await lockTenant(tx, membership.tenantId)
  return { user, memberships }
}

/** One entry in the chain of every tenant the account belongs to (an operator's change concerns them all). */
async function auditInEveryTenant(
  tx: Tx,
  auditKey: string,
  tenantIds: string[],
  event: AuditEvent<string, { email: string; by: string }>,
  entry: { userId: string; data: { email: string; by: string } },
) {
  for (const tenantId of tenantIds) {
    await appendAuditEvent(tx, auditKey, event, { tenantId, actorId: null, targetId: entry.userId, data: entry.data })
  }
}

/**
 * For platform operators only (no page or action reaches it): disables or re-enables an
 * account everywhere. Disabling ends every session of the account. The change is recorded
 * in the chain of every tenant the account belongs to, in one transaction that holds each
 * of those tenants' locks; it is refused when it would leave one of them without an active
 * tenant admin.
 */
export async function setAccountStatus(db: Db, auditKey: string, input: { email: string; status: UserStatus; by: string }) {
  return db.$transaction(async (tx) => {
    const { user, memberships } = await lockedAccount(tx, input.email)
    if (user.status === input.status) return { user, tenants: 0 }

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
    await auditInEveryTenant(
      tx,
      auditKey,
      memberships.map((m) => m.tenantId),
      input.status === 'DISABLED' ? accountDisabled : accountEnabled,
      { userId: user.id, data: { email: user.email, by: input.by } },
    )
    return { user, tenants: memberships.length }
  })
}

/**
 * For platform operators, when someone lost both their phone and their recovery codes (and
 * proved who they are some other way): removes their two-factor authentication and ends
 * their sessions, recorded in every tenant they belong to. A tenant that requires it leads
 * them to set it up again at their next sign-in.
 */
export async function removeTwoFactor(db: Db, auditKey: string, input: { email: string; by: string }) {
  return db.$transaction(async (tx) => {
    const { user, memberships } = await lockedAccount(tx, input.email)
    if (!(await tx.twoFactor.findUnique({ where: { userId: user.id } })))
      throw new AccountCommandRefused(`${user.email} has no two-factor authentication to remove.`)
    await tx.twoFactor.delete({ where: { userId: user.id } })
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } })
    await endSessionsOf(tx, user.id, 'twoFactorRemoved')
    await auditInEveryTenant(
      tx,
      auditKey,
      memberships.map((m) => m.tenantId),
      accountTwoFactorRemoved,
      { userId: user.id, data: { email: user.email, by: input.by } },
    )
    return { user, tenants: memberships.length }
  })
}
