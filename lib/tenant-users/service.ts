import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { isTenantAdminRole, TENANT_ADMIN } from '@/lib/authz/roles'
import type { Tx } from '@/lib/db/client'
import { endSessionsOf } from '@/lib/sessions/service'
import {
  changeTenantRoleInput,
  setUserStatusInput,
  tenantUserTargetInput,
  type ChangeTenantRoleInput,
  type SetUserStatusInput,
  type TenantUserTargetInput,
} from './schema'

/**
 * A tenant's people. Everything here acts on the person's membership in the acting
 * tenant only: their account, their other tenants and their sessions there are never
 * touched. Nobody changes themselves, and a tenant keeps at least one active tenant
 * admin, counted among this tenant's memberships under the tenant lock the wrapper holds.
 */

async function tenantMembershipOf(tx: Tx, tenantId: string, userId: string) {
  const membership = await tx.tenantMembership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    include: { user: { select: { id: true, email: true, isPlatformAdmin: true } } },
  })
  return membership ?? refuse('NOT_FOUND', 'This person is not a user of this tenant.')
}

/** Whether the tenant has an active tenant admin (with an active account) besides this person. */
export async function hasAnotherActiveTenantAdmin(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const others = await tx.tenantMembership.count({
    where: { tenantId, role: TENANT_ADMIN, status: 'ACTIVE', userId: { not: userId }, user: { status: 'ACTIVE' } },
  })
  return others > 0
}

/** Refuses a change that would leave the tenant without an active tenant admin. */
async function keepAnActiveTenantAdmin(tx: Tx, tenantId: string, losingUserId: string) {
  if (!(await hasAnotherActiveTenantAdmin(tx, tenantId, losingUserId))) refuse('LAST_TENANT_ADMIN')
}

function refuseSelf(scope: ActionScope<{ userId: string }>) {
  if (scope.input.userId === scope.actor.userId) refuse('SELF_CHANGE')
}

export async function changeTenantRole(tx: Tx, scope: ActionScope<ChangeTenantRoleInput>) {
  const { userId, role } = scope.input
  refuseSelf(scope)
  const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
  if (membership.role === role) return { userId, role, previousRole: membership.role }
  if (isTenantAdminRole(membership.role)) await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
  await tx.tenantMembership.update({ where: { id: membership.id }, data: { role } })
  scope.audit({
    action: 'tenantUser.roleChanged',
    targetType: 'user',
    targetId: userId,
    data: { email: membership.user.email, from: membership.role, to: role },
  })
  return { userId, role, previousRole: membership.role }
}

/**
 * Disables or re-enables a person in this tenant. A disabled person loses every role
 * here on their next request (the request context reads the membership's status) and
 * moves to another tenant they may enter; nothing about their other tenants changes.
 */
/**
 * A person this tenant was the last one open to has nowhere left to go: their sessions end
 * now. Someone still active in another tenant keeps theirs (that tenant is not this admin's
 * to close; the request context already keeps them out of this one).
 */
async function endSessionsIfNowhereLeft(tx: Tx, scope: ActionScope<unknown>, user: { id: string; isPlatformAdmin: boolean }) {
  if (user.isPlatformAdmin) return 0
  const elsewhere = await tx.tenantMembership.count({ where: { userId: user.id, status: 'ACTIVE', tenantId: { not: scope.tenantId } } })
  return elsewhere > 0 ? 0 : endSessionsOf(tx, user.id, 'accessEnded')
}

export async function setUserStatus(tx: Tx, scope: ActionScope<SetUserStatusInput>) {
  const { userId, status } = scope.input
  refuseSelf(scope)
  const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
  if (membership.status === status) return { userId, status }
  if (status === 'DISABLED' && isTenantAdminRole(membership.role)) await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
  await tx.tenantMembership.update({ where: { id: membership.id }, data: { status } })
  const sessionsEnded = status === 'DISABLED' ? await endSessionsIfNowhereLeft(tx, scope, membership.user) : 0
  scope.audit({
    action: status === 'DISABLED' ? 'tenantUser.disabled' : 'tenantUser.enabled',
    targetType: 'user',
    targetId: userId,
    data: { email: membership.user.email, ...(sessionsEnded ? { sessionsEnded } : {}) },
  })
  return { userId, status }
}

/** Removes a person from this tenant: their tenant membership and their memberships in its workspaces. */
export async function removeTenantUser(tx: Tx, scope: ActionScope<TenantUserTargetInput>) {
  const { userId } = scope.input
  refuseSelf(scope)
  const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
  if (isTenantAdminRole(membership.role) && membership.status === 'ACTIVE') await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
  const { count: workspaces } = await tx.workspaceMembership.deleteMany({ where: { userId, workspace: { tenantId: scope.tenantId } } })
  await tx.tenantMembership.delete({ where: { id: membership.id } })
  const sessionsEnded = await endSessionsIfNowhereLeft(tx, scope, membership.user)
  scope.audit({
    action: 'tenantUser.removed',
    targetType: 'user',
    targetId: userId,
    data: { email: membership.user.email, role: membership.role, workspaces, ...(sessionsEnded ? { sessionsEnded } : {}) },
  })
  return { userId }
}

export const changeTenantRoleDefinition = defineAction({
  name: 'tenantUser.changeRole',
  input: changeTenantRoleInput,
  permission: 'tenant.manage',
  run: changeTenantRole,
})

export const setUserStatusDefinition = defineAction({
  name: 'tenantUser.setStatus',
  input: setUserStatusInput,
  permission: 'tenant.manage',
  run: setUserStatus,
})

export const removeTenantUserDefinition = defineAction({
  name: 'tenantUser.remove',
  input: tenantUserTargetInput,
  permission: 'tenant.manage',
  run: removeTenantUser,
})
