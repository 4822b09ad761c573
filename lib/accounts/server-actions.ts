'use server'

import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/errors'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { requestMeta } from '@/lib/http/request-meta'
import { requestPasswordReset, resetPassword } from './reset'

export async function requestPasswordResetAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ message: string }>> {
  const { appUrl, smtpUrl, mailFrom } = getConfig()
  return requestPasswordReset(getDb(), { appUrl, smtpUrl, mailFrom }, Object.fromEntries(formData), await requestMeta())
}

/** A new password from a reset link; then the person signs in with it. */
export async function resetPasswordAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const result = await resetPassword(getDb(), getConfig().auditKey, Object.fromEntries(formData), await requestMeta())
  if (result.ok) redirect('/login?reset=1')
  return result
}
