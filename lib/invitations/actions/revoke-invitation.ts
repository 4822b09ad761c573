import { defineAction } from '@/lib/actions/define-action'
import { MANAGE_MEMBERS } from '@/lib/members/schema'
import { invitationRevoked } from '../audit-events'
import { openInvitation } from '../load'
import { invitationTargetInput } from '../schema'

/** Revokes an open invitation: its link stops working. */
export const revokeInvitation = defineAction({
  name: 'invitation.revoke',
  input: invitationTargetInput,
  // Invitations are managed by those who manage the workspace's members.
  ...MANAGE_MEMBERS,
  async run(tx, scope) {
    const invitation = await openInvitation(tx, scope)
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } })
    scope.audit(invitationRevoked, { targetId: invitation.id, workspaceId: invitation.workspaceId, data: { email: invitation.email } })
    return { id: invitation.id }
  },
})
