import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { queueMail, type PendingDelivery } from '@/lib/mail/outbox'
import { addMember } from '@/lib/members/service'
import { invitationTargetInput, inviteInput, type InvitationTargetInput, type InviteInput } from './schema'
import { INVITATION_LIFETIME_MS, newInvitationToken } from './token'
import { getConfig } from '@/lib/config'

export const invitationLink = (appUrl: string, token: string) => `${appUrl}/invitations/${token}`

/**
 * A freshly issued invitation link. It exists only in memory: the database keeps the
 * token's hash, the outbox a copy of the mail without the link. The server action either
 * mails it (SMTP) or shows it once to the person who invited.
 */
export interface IssuedLink {
  link: string
  delivery: PendingDelivery
}

async function issueLink(
  tx: Tx,
  invitation: { tenantId: string; email: string; workspaceId: string },
  token: string,
  appUrl: string,
): Promise<IssuedLink> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: invitation.workspaceId }, include: { tenant: true } })
  const link = invitationLink(appUrl, token)
  const delivery = await queueMail(tx, {
    tenantId: invitation.tenantId,
    to: invitation.email,
    subject: `You are invited to ${workspace.name} in ${workspace.tenant.name}`,
    secret: link,
    body: (secret) =>
      `You have been invited to join the workspace ${workspace.name} of ${workspace.tenant.name} on Atrium.\n\n` +
      `Accept the invitation (the link works once, for 7 days):\n${secret}\n`,
  })
  return { link, delivery }
}

/**
 * Invites an address into a workspace. An active user of the tenant is added at once;
 * anyone else (a new address, or someone with an account in another tenant) gets an
 * invitation link. Someone disabled in this tenant must be re-enabled first.
 */
export async function inviteMember(tx: Tx, scope: ActionScope<InviteInput>, appUrl: string) {
  const { workspaceId, email, role } = scope.input
  const inTenant = await tx.tenantMembership.findFirst({ where: { tenantId: scope.tenantId, user: { email } }, include: { user: true } })
  if (inTenant && (inTenant.status !== 'ACTIVE' || inTenant.user.status !== 'ACTIVE')) {
    refuse('VALIDATION', undefined, { email: ['This person is disabled in this tenant. Re-enable them on the Users page first.'] })
  }
  if (inTenant) {
    await addMember(tx, { ...scope, input: { workspaceId, userId: inTenant.userId, role } })
    return { added: true as const, email, issued: null }
  }
  const open = await tx.invitation.findFirst({ where: { workspaceId, email, acceptedAt: null, revokedAt: null } })
  if (open) refuse('VALIDATION', undefined, { email: ['This address already has an open invitation. Resend it from the Invitations tab.'] })
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
  const issued = await issueLink(tx, invitation, token, appUrl)
  scope.audit({ action: 'invitation.created', targetType: 'invitation', targetId: invitation.id, workspaceId, data: { email, role } })
  return { added: false as const, email, issued }
}

async function openInvitation(tx: Tx, scope: ActionScope<InvitationTargetInput>) {
  const invitation = await tx.invitation.findFirst({ where: { id: scope.input.invitationId, workspaceId: scope.input.workspaceId } })
  if (!invitation || invitation.acceptedAt || invitation.revokedAt) refuse('NOT_FOUND', 'This invitation is no longer open.')
  return invitation!
}

/** A new token and a new expiry; the old link stops working. */
export async function resendInvitation(tx: Tx, scope: ActionScope<InvitationTargetInput>, appUrl: string) {
  const invitation = await openInvitation(tx, scope)
  const { token, tokenHash } = newInvitationToken()
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { tokenHash, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) },
  })
  const issued = await issueLink(tx, invitation, token, appUrl)
  scope.audit({
    action: 'invitation.resent',
    targetType: 'invitation',
    targetId: invitation.id,
    workspaceId: invitation.workspaceId,
    data: { email: invitation.email },
  })
  return { id: invitation.id, email: invitation.email, issued }
}

export async function revokeInvitation(tx: Tx, scope: ActionScope<InvitationTargetInput>) {
  const invitation = await openInvitation(tx, scope)
  await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } })
  scope.audit({
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: invitation.id,
    workspaceId: invitation.workspaceId,
    data: { email: invitation.email },
  })
  return { id: invitation.id }
}

export const inviteMemberDefinition = defineAction({
  name: 'invitation.create',
  input: inviteInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: (tx, scope) => inviteMember(tx, scope, getConfig().appUrl),
})

export const resendInvitationDefinition = defineAction({
  name: 'invitation.resend',
  input: invitationTargetInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: (tx, scope) => resendInvitation(tx, scope, getConfig().appUrl),
})

export const revokeInvitationDefinition = defineAction({
  name: 'invitation.revoke',
  input: invitationTargetInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: revokeInvitation,
})
