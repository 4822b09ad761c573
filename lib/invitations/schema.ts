import { newPasswordField } from '@/lib/passwords/rules'
import { z } from 'zod'
import { displayName, entityId } from '@/lib/validation'
import { WORKSPACE_ROLES } from '@/lib/members/schema'

export const inviteInput = z.object({
  workspaceId: entityId,
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  role: z.enum(WORKSPACE_ROLES, { message: 'Choose a role.' }),
})

export const invitationTargetInput = z.object({ workspaceId: entityId, invitationId: entityId })

export const acceptInvitationInput = z.object({
  token: z.string().min(1).max(200),
  name: displayName({ max: 100, required: 'Enter your name.' }),
  // Length, blanks, guessability and the person's own name: checked by the service (lib/passwords).
  password: newPasswordField,
})

export type InviteInput = z.output<typeof inviteInput>
export type InvitationTargetInput = z.output<typeof invitationTargetInput>
