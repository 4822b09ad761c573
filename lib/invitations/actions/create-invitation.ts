import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { addToWorkspace } from '@/lib/members/membership'
import { MANAGE_MEMBERS, workspaceRole } from '@/lib/members/schema'
import { entityId } from '@/lib/validation'
import { invitationCreated } from '../audit-events'
import { handOverLink, issueLink } from '../link'
import { invitationEmail } from '../schema'
import { INVITATION_LIFETIME_MS, newInvitationToken } from '../token'

export const createInvitationInput = z.object({ workspaceId: entityId, email: invitationEmail, role: workspaceRole })

/**
 * Invites an address into a workspace. An active user of the tenant is added at once;
 * anyone else (a new address, or someone with an account in another tenant) gets an
 * invitation link. Someone disabled in this tenant must be re-enabled first.
 */
export const createInvitation = defineAction({
  name: 'invitation.create',
  input: createInvitationInput,
  // Invitations are managed by those who manage the workspace's members.
  ...MANAGE_MEMBERS,
  async run(tx, scope) {
    const { workspaceId, email, role } = scope.input
    const inTenant = await tx.tenantMembership.findFirst({ where: { tenantId: scope.tenantId, user: { email } }, include: { user: true } })
    if (inTenant && (inTenant.status !== 'ACTIVE' || inTenant.user.status !== 'ACTIVE')) {
      refuse('VALIDATION', undefined, { email: ['This person is disabled in this tenant. Re-enable them on the Users page first.'] })
    }
    if (inTenant) {
      await addToWorkspace(tx, scope, { workspaceId, userId: inTenant.userId, role })
      return { added: true as const, email, issued: null }
    }
    const open = await tx.invitation.findFirst({ where: { workspaceId, email, acceptedAt: null, revokedAt: null } })
    if (open)
      refuse('VALIDATION', undefined, { email: ['This address already has an open invitation. Resend it from the Invitations tab.'] })
    const { token, tokenHash } = newInvitationToken()
    const invitation = await tx.invitation.create({
      data: {
        tenantId: scope.tenantId,
        workspaceId,
        email,
        role,
        tokenHash,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        invitedById: scope.actor.userId,
      },
    })
    const issued = await issueLink(tx, invitation, token, scope.settings.appUrl)
    scope.audit(invitationCreated, { targetId: invitation.id, workspaceId, data: { email, role } })
    return { added: false as const, email, issued }
  },
  answer: handOverLink,
})
