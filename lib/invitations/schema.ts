import { z } from 'zod'
import { WORKSPACE_ROLES } from '@/lib/members/schema'

export const inviteInput = z.object({
  workspaceId: z.string().min(1),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  role: z.enum(WORKSPACE_ROLES, { message: 'Choose a role.' }),
})

export const invitationTargetInput = z.object({ workspaceId: z.string().min(1), invitationId: z.string().min(1) })

export const acceptInvitationInput = z.object({
  token: z.string().min(1),
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
})

export type InviteInput = z.output<typeof inviteInput>
export type InvitationTargetInput = z.output<typeof invitationTargetInput>
