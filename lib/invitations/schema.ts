import { newPasswordField } from '@/lib/passwords/rules'
import { z } from 'zod'
import { displayName, entityId } from '@/lib/validation'

/** The invited address, as typed (the "Add people" dialog asks it whether text is an address). */
export const invitationEmail = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.'))

/** What an action on one open invitation names: the workspace, then the invitation in it. */
export const invitationTargetInput = z.object({ workspaceId: entityId, invitationId: entityId })

export const acceptInvitationInput = z.object({
  token: z.string().min(1).max(200),
  name: displayName({ max: 100, required: 'Enter your name.' }),
  // Length, blanks, guessability and the person's own name: checked by the service (lib/passwords).
  password: newPasswordField,
})
