import { auditEvent } from '@/lib/audit/events'
import { roleWord } from '@/lib/members/audit-events'

export const invitationCreated = auditEvent(
  'invitation.created',
  'invitation',
  (data: { email: string; role: string }) => `invited ${data.email} as ${roleWord(data.role)}`,
)

export const invitationResent = auditEvent(
  'invitation.resent',
  'invitation',
  (data: { email: string }) => `resent the invitation of ${data.email}`,
)

export const invitationRevoked = auditEvent(
  'invitation.revoked',
  'invitation',
  (data: { email: string }) => `revoked the invitation of ${data.email}`,
)

/** Recorded outside the action wrapper, by lib/invitations/accept.ts (the invitee may have no account yet). */
export const invitationAccepted = auditEvent(
  'invitation.accepted',
  'invitation',
  (data: { email: string; role: string }) => `accepted the invitation and joined as ${roleWord(data.role)}`,
)

export const INVITATION_AUDIT_EVENTS = [invitationCreated, invitationResent, invitationRevoked, invitationAccepted]
