import { tooManyAttempts } from '@/lib/security/limits'
import type { SignInStep } from './sign-in'

/** One message for an unknown email and a wrong password alike: no hint which was wrong. */
export const INVALID_CREDENTIALS = 'Incorrect email or password.'
export const ACCOUNT_DISABLED = 'This account is disabled. Ask your tenant administrator to re-enable it.'
export const INVALID_CODE = 'That code is not right. Enter the current code from your app, or one of your recovery codes.'
export const SIGN_IN_EXPIRED = 'Your sign-in took too long. Enter your email and password again.'

/** What a person reads when a sign-in step is refused. */
export function refusalMessage(step: Extract<SignInStep, { ok: false }>, secondStep = false): string {
  switch (step.reason) {
    case 'limited':
      return tooManyAttempts(step.retryAfterMs)
    case 'disabled':
      return ACCOUNT_DISABLED
    case 'expired':
      return SIGN_IN_EXPIRED
    case 'invalid':
      return secondStep ? INVALID_CODE : INVALID_CREDENTIALS
  }
}
