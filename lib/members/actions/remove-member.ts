import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { isWorkspaceAdminRole } from '@/lib/authz/roles'
import { memberRemoved } from '../audit-events'
import { keepAWorkspaceAdmin, membershipOf } from '../membership'
import { confirmTenantManaged, MANAGE_MEMBERS, oneMember } from '../schema'

export const removeMemberInput = oneMember.extend({ confirmTenantManaged })

/** Removes someone else from the workspace, keeping a workspace admin. */
export const removeMember = defineAction({
  name: 'member.remove',
  input: removeMemberInput,
  ...MANAGE_MEMBERS,
  async run(tx, scope) {
    const { workspaceId, userId } = scope.input
    if (userId === scope.actor.userId) refuse('SELF_REMOVAL')
    const membership = await membershipOf(tx, workspaceId, userId)
    if (isWorkspaceAdminRole(membership.role)) await keepAWorkspaceAdmin(tx, scope)
    await tx.workspaceMembership.delete({ where: { id: membership.id } })
    scope.audit(memberRemoved, {
      targetId: userId,
      workspaceId,
      data: { email: membership.user.email, role: membership.role },
    })
    return { userId }
  },
})
