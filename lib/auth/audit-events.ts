import { auditEvent } from '@/lib/audit/events'

/** Seconds in words: "30 seconds", "2 minutes". */
function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  return seconds < 60 ? `${seconds} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`
}

export const sessionSignedIn = auditEvent('session.signedIn', 'user', () => 'signed in')

/** No longer recorded (the limiter's security events replaced it); older entries still read in words. */
export const sessionSignInFailed = auditEvent('session.signInFailed', 'user', (data: { reason: 'invalid' | 'disabled' }) =>
  data.reason === 'disabled' ? 'was refused sign-in (account disabled)' : 'failed to sign in (wrong password)',
)

export const sessionSignedOut = auditEvent('session.signedOut', 'user', () => 'signed out')

export const sessionLockedOut = auditEvent(
  'session.lockedOut',
  'user',
  (data: { seconds: number; after: 'signIn.failed' | 'secondFactor.failed' }) =>
    `was locked out of signing in for ${duration(data.seconds)} after repeated wrong ${data.after === 'secondFactor.failed' ? 'codes' : 'passwords'}`,
)

/** Recorded by the session actions (lib/sessions/actions). */
export const sessionEnded = auditEvent('session.ended', 'user', (data: { device: string }) => `ended their session on ${data.device}`)

export const sessionSignedOutEverywhere = auditEvent(
  'session.signedOutEverywhere',
  'user',
  (data: { sessions: number }) => `signed out everywhere (${data.sessions} session${data.sessions === 1 ? '' : 's'} ended)`,
)

export const SESSION_AUDIT_EVENTS = [
  sessionSignedIn,
  sessionSignInFailed,
  sessionSignedOut,
  sessionLockedOut,
  sessionEnded,
  sessionSignedOutEverywhere,
]
