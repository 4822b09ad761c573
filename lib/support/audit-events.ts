import { auditEvent } from '@/lib/audit/events'
import { formatDateTime } from '@/lib/format/date'

/** What a support session's entries carry: enough for either log to read on its own. */
type SessionFacts = { operator: string; reason: string; ticket: string | null; mode: 'read_only' | 'read_write'; minutes: number }

const modeWords = (mode: SessionFacts['mode']) => (mode === 'read_write' ? 'read-write' : 'read-only')

export const supportRequested = auditEvent(
  'support.requested',
  'supportSession',
  (data: SessionFacts) => `asked for ${modeWords(data.mode)} support access for ${data.minutes} minutes: ${data.reason}`,
)

export const supportStarted = auditEvent(
  'support.started',
  'supportSession',
  (data: SessionFacts & { endsAt: string; approved: boolean }) =>
    data.approved
      ? `approved ${data.operator}’s ${modeWords(data.mode)} support access until ${formatDateTime(new Date(data.endsAt))}: ${data.reason}`
      : `started ${modeWords(data.mode)} support access (allowed by the organisation) until ${formatDateTime(new Date(data.endsAt))}: ${data.reason}`,
)

export const supportDenied = auditEvent(
  'support.denied',
  'supportSession',
  (data: { operator: string; reason: string }) => `denied ${data.operator}’s request for support access: ${data.reason}`,
)

/** Why a session or request ended: its operator, a tenant admin, the organisation's policy, or the clock. */
export type SupportEndReason = 'operator' | 'withdrawn' | 'revoked' | 'policy_off' | 'closed' | 'expired' | 'lapsed'

const END_WORDS: Record<SupportEndReason, string> = {
  operator: 'ended their support access',
  withdrawn: 'withdrew their request for support access',
  revoked: 'revoked the support access of',
  policy_off: 'support access ended (turned off) for',
  closed: 'support access ended (organisation closed, or operator no more) for',
  expired: 'support access expired for',
  lapsed: 'an unanswered request for support access lapsed for',
}

export const supportEnded = auditEvent('support.ended', 'supportSession', (data: { operator: string; endReason: SupportEndReason }) =>
  data.endReason === 'operator' || data.endReason === 'withdrawn'
    ? END_WORDS[data.endReason]
    : `${END_WORDS[data.endReason]} ${data.operator}`,
)

export const supportAccessChanged = auditEvent(
  'tenant.supportAccessChanged',
  'tenant',
  (data: { policy: 'off' | 'on_approval' | 'allowed'; readWrite: boolean }) =>
    `set support access to ${{ off: 'off', on_approval: 'on approval', allowed: 'allowed (read-only)' }[data.policy]}${data.readWrite ? ', read-write sessions possible after approval' : ''}`,
)

export const SUPPORT_AUDIT_EVENTS = [supportRequested, supportStarted, supportDenied, supportEnded, supportAccessChanged] as const
