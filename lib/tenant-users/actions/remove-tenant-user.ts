import { defineAction } from '@/lib/actions/define-action'
import { isTenantAdminRole } from '@/lib/authz/roles'
import { tenantUserRemoved } from '../audit-events'
import { endSessionsIfNowhereLeft, keepAnActiveTenantAdmin, refuseSelf, tenantMembershipOf } from '../membership'
import { MANAGE_TENANT, tenantUserTargetInput } from '../schema'

/** Removes a person from this tenant: their tenant membership and their memberships in its workspaces. */
export const removeTenantUser = defineAction({
  name: 'tenantUser.remove',
  input: tenantUserTargetInput,
  ...MANAGE_TENANT,
  async run(tx, scope) {
    const { userId } = scope.input
    refuseSelf(scope)
    const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
    if (isTenantAdminRole(membership.role) && membership.status === 'ACTIVE') await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
    const { count: workspaces } = await tx.workspaceMembership.deleteMany({ where: { userId, workspace: { tenantId: scope.tenantId } } })
    await tx.tenantMembership.delete({ where: { id: membership.id } })
    const sessionsEnded = await endSessionsIfNowhereLeft(tx, scope, membership.user)
    scope.audit(tenantUserRemoved, {
      targetId: userId,
      data: { email: membership.user.email, role: membership.role, workspaces, ...(sessionsEnded ? { sessionsEnded } : {}) },
    })
    return { userId }
  },
})
