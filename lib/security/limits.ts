import { DomainError } from '@/lib/actions/errors'

/**
 * What the sign-in limiter allows (lib/security/throttle.ts). Each rule counts attempts
 * for one kind of key; the address rules are looser, since many people can share one
 * client address (an office behind one gateway).
 */
export interface ThrottleRule {
  /** The key's prefix: `${prefix}:${subject}`. */
  prefix: string
  /** Attempts allowed in a window before a lock-out starts. */
  attempts: number
  /**
   * Whether a success forgets the failures before it (a person who finally typed their
   * password), or only its own attempt (an address: one success proves nothing about the rest).
   */
  successForgives: boolean
}

export const THROTTLE_RULES = {
  signInAccount: { prefix: 'sign-in:account', attempts: 5, successForgives: true },
  signInAddress: { prefix: 'sign-in:address', attempts: 30, successForgives: false },
  secondFactor: { prefix: 'second-factor', attempts: 5, successForgives: true },
  resetAccount: { prefix: 'reset:account', attempts: 3, successForgives: false },
  resetAddress: { prefix: 'reset:address', attempts: 10, successForgives: false },
  invitationAddress: { prefix: 'invitation:address', attempts: 10, successForgives: false },
  /** Signing up and asking for a verification link again: per address typed, and per client address. */
  signUpAccount: { prefix: 'sign-up:account', attempts: 3, successForgives: false },
  signUpAddress: { prefix: 'sign-up:address', attempts: 10, successForgives: false },
  /** Sign-up links that do not work, or come with the wrong password, per client address. */
  verificationAddress: { prefix: 'verification:address', attempts: 10, successForgives: false },
} as const satisfies Record<string, ThrottleRule>

/** Attempts older than this no longer count. */
export const THROTTLE_WINDOW_MS = 15 * 60_000
/** The first lock-out; each further one doubles, up to the cap. */
export const FIRST_LOCKOUT_MS = 30_000
export const MAX_LOCKOUT_MS = 15 * 60_000
/** After a day without attempts, lock-outs start again from the first. */
export const LOCKOUT_MEMORY_MS = 24 * 60 * 60_000

export function lockoutDuration(previousLockouts: number): number {
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.min(previousLockouts, 20), MAX_LOCKOUT_MS)
}

/** "Too many attempts. Try again in N minutes." (seconds under a minute). */
export function tooManyAttempts(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  if (seconds < 60) return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`
  const minutes = Math.ceil(seconds / 60)
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

/** Refuses a check the limiter did not let through: RATE_LIMITED, with when to try again (the API's Retry-After). */
export function refuseTooManyAttempts(retryAfterMs: number): never {
  throw new DomainError('RATE_LIMITED', tooManyAttempts(retryAfterMs), undefined, Math.ceil(retryAfterMs / 1000))
}
