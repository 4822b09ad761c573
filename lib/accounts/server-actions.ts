'use server'

import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/errors'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { requestPasswordReset, resetPassword } from './reset'

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
