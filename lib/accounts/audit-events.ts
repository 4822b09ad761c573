import { auditEvent } from '@/lib/audit/events'

/** What an operator command about an account records: whose account, and which operator. */
type OperatorCommand = { email: string; by: string }

export const accountPasswordChanged = auditEvent(
  'account.passwordChanged',
  'user',
  (data: { otherSessionsEnded: number }) =>
    `changed their password (${data.otherSessionsEnded} other session${data.otherSessionsEnded === 1 ? '' : 's'} ended)`,
)

export const accountPasswordReset = auditEvent(
  'account.passwordReset',
  'user',
  () => 'reset their password with an emailed link (every session ended)',
)

export const accountDisabled = auditEvent(
  'account.disabled',
  'user',
  (data: OperatorCommand) => `disabled the account of ${data.email} everywhere (${data.by})`,
)

export const accountEnabled = auditEvent(
  'account.enabled',
  'user',
  (data: OperatorCommand) => `re-enabled the account of ${data.email} (${data.by})`,
)

export const accountTwoFactorRemoved = auditEvent(
  'account.twoFactorRemoved',
  'user',
  (data: OperatorCommand) => `removed the two-factor authentication of ${data.email} and ended their sessions (${data.by})`,
)

export const accountSessionsEnded = auditEvent(
  'account.sessionsEnded',
  'user',
  (data: OperatorCommand & { sessions: number }) =>
    `ended ${data.sessions} session${data.sessions === 1 ? '' : 's'} of ${data.email} (${data.by})`,
)

export const ACCOUNT_AUDIT_EVENTS = [
  accountPasswordChanged,
  accountPasswordReset,
  accountDisabled,
  accountEnabled,
  accountTwoFactorRemoved,
  accountSessionsEnded,
]
