import { defineAction } from '@/lib/actions/define-action'
import { isWorkspaceAdminRole } from '@/lib/authz/roles'
import { memberRoleChanged } from '../audit-events'
import { keepAWorkspaceAdmin, membershipOf } from '../membership'
import { confirmTenantManaged, MANAGE_MEMBERS, oneMember, workspaceRole } from '../schema'

export const changeMemberRoleInput = oneMember.extend({ role: workspaceRole, confirmTenantManaged })

/** Changes a member's workspace role, keeping a workspace admin; answers with the role it replaced (for Undo). */
export const changeMemberRole = defineAction({
  name: 'member.changeRole',
  input: changeMemberRoleInput,
  ...MANAGE_MEMBERS,
  async run(tx, scope) {
    const { workspaceId, userId, role } = scope.input
    const membership = await membershipOf(tx, workspaceId, userId)
    if (membership.role === role) return { userId, role, previousRole: membership.role }
    if (isWorkspaceAdminRole(membership.role)) await keepAWorkspaceAdmin(tx, scope)
    await tx.workspaceMembership.update({ where: { id: membership.id }, data: { role } })
    scope.audit(memberRoleChanged, {
      targetId: userId,
      workspaceId,
      data: { email: membership.user.email, from: membership.role, to: role },
    })
    return { userId, role, previousRole: membership.role }
  },
})
