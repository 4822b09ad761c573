import { createInvitation } from './create-invitation'
import { resendInvitation } from './resend-invitation'
import { revokeInvitation } from './revoke-invitation'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const INVITATION_ACTIONS = [createInvitation, resendInvitation, revokeInvitation] as const
