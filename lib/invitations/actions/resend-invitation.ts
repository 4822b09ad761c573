import { defineAction } from '@/lib/actions/define-action'
import { MANAGE_MEMBERS } from '@/lib/members/schema'
import { invitationResent } from '../audit-events'
import { handOverLink, issueLink } from '../link'
import { openInvitation } from '../load'
import { invitationTargetInput } from '../schema'
import { INVITATION_LIFETIME_MS, newInvitationToken } from '../token'

/** Issues an open invitation a new link and a new expiry; the old link stops working. */
export const resendInvitation = defineAction({
  name: 'invitation.resend',
  input: invitationTargetInput,
  // Invitations are managed by those who manage the workspace's members.
  ...MANAGE_MEMBERS,
  async run(tx, scope) {
    const invitation = await openInvitation(tx, scope)
    const { token, tokenHash } = newInvitationToken()
    await tx.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) },
    })
    const issued = await issueLink(tx, invitation, token, scope.settings.appUrl)
    scope.audit(invitationResent, { targetId: invitation.id, workspaceId: invitation.workspaceId, data: { email: invitation.email } })
    return { id: invitation.id, email: invitation.email, issued }
  },
  answer: handOverLink,
})
