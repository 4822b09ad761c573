import { lockTenant } from '@/lib/db/tenant-lock'
import { appendAudit } from '@/lib/audit/chain'
import type { Db } from '@/lib/db/client'
import { endSessionsOf } from '@/lib/sessions/service'
import { isTenantAdminRole } from '@/lib/authz/roles'
import type { UserStatus } from '@/lib/generated/prisma/enums'
import { hasAnotherActiveTenantAdmin } from '@/lib/tenant-users/service'

export class AccountStatusRefused extends Error {
  override name = 'AccountStatusRefused'
}

/**
 * For platform operators only (no page or action reaches it): disables or re-enables an
 * account everywhere. Disabling ends every session of the account. The
 * change is recorded in the chain of every tenant the account belongs to, in one
 * transaction that holds each of those tenants' locks; it is refused when it would leave
 * one of them without an active tenant admin.
 */
export async function setAccountStatus(db: Db, auditKey: string, input: { email: string; status: UserStatus; by: string }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email.trim().toLowerCase() }, include: { tenantMemberships: true } })
    if (!user) throw new AccountStatusRefused(`No account with the email ${input.email}.`)
    if (user.status === input.status) return { user, tenants: 0 }
    // Locks in a fixed order, so two operator commands never wait on each other in a circle.
    const memberships = [...user.tenantMemberships].sort((a, b) => a.tenantId.localeCompare(b.tenantId))
    for (const membership of memberships) await lockTenant(tx, membership.tenantId)

    if (input.status === 'DISABLED') {
      for (const membership of memberships.filter((m) => isTenantAdminRole(m.role) && m.status === 'ACTIVE')) {
        if (!(await hasAnotherActiveTenantAdmin(tx, membership.tenantId, user.id))) {
          const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: membership.tenantId } })
          throw new AccountStatusRefused(
            `${user.email} is the only active tenant admin of ${tenant.slug}: make someone else its admin first.`,
          )
        }
      }
    }

    await tx.user.update({
      where: { id: user.id },
      data: { status: input.status },
    })
    if (input.status === 'DISABLED') await endSessionsOf(tx, user.id, 'accountDisabled')
    for (const membership of memberships) {
      await appendAudit(tx, auditKey, {
        tenantId: membership.tenantId,
        actorId: null,
        action: input.status === 'DISABLED' ? 'account.disabled' : 'account.enabled',
        targetType: 'user',
        targetId: user.id,
        data: { email: user.email, by: input.by },
      })
    }
    return { user, tenants: memberships.length }
  })
}
