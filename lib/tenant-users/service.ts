import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import type { ChangeTenantRoleInput, SetUserStatusInput } from './schema'

/**
 * Tenant users: nobody disables or demotes themselves, and a tenant keeps at least one
 * active tenant admin (counted under the tenant lock the wrapper holds).
 */

async function tenantMembershipOf(tx: Tx, tenantId: string, userId: string) {
  const membership = await tx.tenantMembership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    include: { user: { select: { email: true, status: true } } },
  })
  return membership ?? refuse('NOT_FOUND', 'This person is not a user of this tenant.')
}

async function keepAnActiveTenantAdmin(tx: Tx, tenantId: string, losingUserId: string) {
  const others = await tx.tenantMembership.count({
    where: { tenantId, role: 'tenant_admin', userId: { not: losingUserId }, user: { status: 'ACTIVE' } },
  })
  if (others === 0) refuse('LAST_TENANT_ADMIN')
}

export async function changeTenantRole(tx: Tx, scope: ActionScope<ChangeTenantRoleInput>) {
  const { userId, role } = scope.input
  if (userId === scope.actor.userId) refuse('SELF_CHANGE')
  const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
  if (membership.role === role) return { userId, role }
  if (membership.role === 'tenant_admin') await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
  await tx.tenantMembership.update({ where: { id: membership.id }, data: { role } })
  scope.audit({ action: 'tenantUser.roleChanged', targetType: 'user', targetId: userId, data: { email: membership.user.email, from: membership.role, to: role } })
  return { userId, role }
}

/** Disabling also bumps the session version: every token issued before stops working on its next request. */
export async function setUserStatus(tx: Tx, scope: ActionScope<SetUserStatusInput>) {
  const { userId, status } = scope.input
  if (userId === scope.actor.userId) refuse('SELF_CHANGE')
  const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
  if (membership.user.status === status) return { userId, status }
  if (status === 'DISABLED' && membership.role === 'tenant_admin') await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
  await tx.user.update({
    where: { id: userId },
    data: { status, ...(status === 'DISABLED' ? { sessionVersion: { increment: 1 } } : {}) },
  })
  scope.audit({
    action: status === 'DISABLED' ? 'tenantUser.disabled' : 'tenantUser.enabled',
    targetType: 'user',
    targetId: userId,
    data: { email: membership.user.email },
  })
  return { userId, status }
}
