'use server'

import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/errors'
import { openSession } from '@/lib/auth/open-session'
import { issueTicket } from '@/lib/auth/tickets'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { requestPasswordReset, resetPassword } from './reset'
import { completeSignUp, resendSignUp, signUp } from './sign-up'

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

/** Signing up: the same answer whether or not the address has an account; the mailed link makes the account. */
export async function signUpAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ message: string; email: string }>> {
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  const meta = await requestMeta()
  return withScope({ acrossTenants: 'sign-in' }, () => signUp(getDb(), { appUrl, smtpUrl, mailFrom }, Object.fromEntries(formData), meta))
}

/** "Send it again", from the page that says where the link went. */
export async function resendSignUpAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ message: string }>> {
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  const meta = await requestMeta()
  return withScope({ acrossTenants: 'sign-in' }, () =>
    resendSignUp(getDb(), { appUrl, smtpUrl, mailFrom }, Object.fromEntries(formData), meta),
  )
}

/** The sign-up's link and its password: the account is made, and the person signed in to it. */
export async function completeSignUpAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ userId: string; email: string }>> {
  const meta = await requestMeta()
  const result = await withScope({ acrossTenants: 'sign-in' }, () => completeSignUp(getDb(), Object.fromEntries(formData), meta))
  if (!result.ok) return result
  await openSession(await withScope({ acrossTenants: 'sign-in' }, () => issueTicket(getDb(), result.data.userId, false)), '/')
  return result
}
