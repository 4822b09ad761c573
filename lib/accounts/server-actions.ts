'use server'

import { redirect } from 'next/navigation'
import { ERROR_MESSAGES, refusal, type ActionResult } from '@/lib/actions/errors'
import { getContext } from '@/lib/context'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { requestPasswordReset, resetPassword } from './reset'
import { resendVerification, signUp, verifyEmail } from './sign-up'

export async function requestPasswordResetAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ message: string }>> {
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  const meta = await requestMeta()
  // Resetting a password is part of the way in: the sign-in path across tenants.
  return withScope({ acrossTenants: 'sign-in' }, () =>
    requestPasswordReset(getDb(), { appUrl, smtpUrl, mailFrom }, Object.fromEntries(formData), meta),
  )
}

/** A new password from a reset link; then the person signs in with it. */
export async function resetPasswordAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const meta = await requestMeta()
  const result = await withScope({ acrossTenants: 'sign-in' }, () =>
    resetPassword(getDb(), getConfig().auditKey, Object.fromEntries(formData), meta),
  )
  if (result.ok) redirect('/login?reset=1')
  return result
}

/** Signing up: the same answer whether or not the address has an account; the link verifies it. */
export async function signUpAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ message: string }>> {
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  const meta = await requestMeta()
  return withScope({ acrossTenants: 'sign-in' }, () => signUp(getDb(), { appUrl, smtpUrl, mailFrom }, Object.fromEntries(formData), meta))
}

/** A signed-in person whose address is not verified yet asks for the link again. */
export async function resendVerificationAction(_previous: unknown): Promise<ActionResult<{ message: string }>> {
  const ctx = await getContext()
  if (!ctx) return refusal('UNAUTHENTICATED', ERROR_MESSAGES.UNAUTHENTICATED)
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  const meta = await requestMeta()
  return withScope({ acrossTenants: 'sign-in' }, () => resendVerification(getDb(), { appUrl, smtpUrl, mailFrom }, ctx.user.id, meta))
}

/** The verification link's button: the address is verified, then the console (or sign-in) follows. */
export async function verifyEmailAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const meta = await requestMeta()
  const result = await withScope({ acrossTenants: 'sign-in' }, () => verifyEmail(getDb(), Object.fromEntries(formData), meta))
  if (result.ok) redirect((await getContext()) ? '/' : '/login?verified=1')
  return result
}
