import { defineAction } from '@/lib/actions/define-action'
import { getConfig } from '@/lib/config'
import { invitationTargetInput, inviteInput } from './schema'
import { inviteMember, resendInvitation, revokeInvitation } from './service'

export const inviteMemberAction = defineAction({
  name: 'invitation.create',
  input: inviteInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: (tx, scope) => inviteMember(tx, scope, getConfig().appUrl),
})

export const resendInvitationAction = defineAction({
  name: 'invitation.resend',
  input: invitationTargetInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: (tx, scope) => resendInvitation(tx, scope, getConfig().appUrl),
})

export const revokeInvitationAction = defineAction({
  name: 'invitation.revoke',
  input: invitationTargetInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: revokeInvitation,
})
