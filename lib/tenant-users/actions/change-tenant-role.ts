import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { isTenantAdminRole } from '@/lib/authz/roles'
import { tenantUserRoleChanged } from '../audit-events'
import { keepAnActiveTenantAdmin, refuseSelf, tenantMembershipOf } from '../membership'
import { TENANT_ROLES } from '@/lib/authz/role-names'
import { MANAGE_TENANT, tenantUserTargetInput } from '../schema'

export const changeTenantRoleInput = tenantUserTargetInput.extend({
  role: z.enum(TENANT_ROLES, { message: 'Choose a tenant role.' }),
})

/** Changes someone else's role in this tenant, keeping an active tenant admin; answers with the role it replaced (for Undo). */
export const changeTenantRole = defineAction({
  name: 'tenantUser.changeRole',
  input: changeTenantRoleInput,
  ...MANAGE_TENANT,
  async run(tx, scope) {
    const { userId, role } = scope.input
    refuseSelf(scope)
    const membership = await tenantMembershipOf(tx, scope.tenantId, userId)
    if (membership.role === role) return { userId, role, previousRole: membership.role }
    if (isTenantAdminRole(membership.role)) await keepAnActiveTenantAdmin(tx, scope.tenantId, userId)
    await tx.tenantMembership.update({ where: { id: membership.id }, data: { role } })
    scope.audit(tenantUserRoleChanged, {
      targetId: userId,
      data: { email: membership.user.email, from: membership.role, to: role },
    })
    return { userId, role, previousRole: membership.role }
  },
})
