import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { isTenantAdminRole } from '@/lib/authz/roles'
import { tenantUserDisabled, tenantUserEnabled } from '../audit-events'
import { endSessionsIfNowhereLeft, keepAnActiveTenantAdmin, refuseSelf, tenantMembershipOf } from '../membership'
import { MANAGE_TENANT, tenantUserTargetInput } from '../schema'

export const setUserStatusInput = tenantUserTargetInput.extend({
  status: z.enum(['ACTIVE', 'DISABLED']),
})

/**
 * Disables or re-enables a person in this tenant. A disabled person loses every role
 * here on their next request (the request context reads the membership's status) and
 * moves to another tenant they may enter; nothing about their other tenants changes.
 */
export const setUserStatus = defineAction({
  name: 'tenantUser.setStatus',
  input: setUserStatusInput,
  ...MANAGE_TENANT,
  async run(tx, scope) {
    const { userId, status } = scope.input
    refuseSelf(scope)
    const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
    if (membership.status === status) return { userId, status }
    if (status === 'DISABLED' && isTenantAdminRole(membership.role)) await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
    await tx.tenantMembership.update({ where: { id: membership.id }, data: { status } })
    const email = membership.user.email
    if (status === 'DISABLED') {
      const sessionsEnded = await endSessionsIfNowhereLeft(tx, scope, membership.user)
      scope.audit(tenantUserDisabled, { targetId: userId, data: { email, ...(sessionsEnded ? { sessionsEnded } : {}) } })
    } else {
      scope.audit(tenantUserEnabled, { targetId: userId, data: { email } })
    }
    return { userId, status }
  },
})
