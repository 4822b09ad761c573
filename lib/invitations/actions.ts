'use server'

import { runAction } from '@/lib/actions/run'
import { signIn } from '@/lib/auth'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { deliverQueuedMail } from '@/lib/mail/outbox'
import { acceptInvitation as accept } from './accept'
import { inviteMemberAction, resendInvitationAction, revokeInvitationAction } from './action-definitions'

async function deliver() {
  const config = getConfig()
  await deliverQueuedMail(getDb(), config.smtpUrl, config.mailFrom)
}

export async function inviteMember(_previous: unknown, formData: FormData) {
  const result = await runAction(inviteMemberAction, formData)
  if (result.ok) await deliver()
  return result
}

export async function resendInvitation(input: Record<string, string>) {
  const result = await runAction(resendInvitationAction, input)
  if (result.ok) await deliver()
  return result
}

export async function revokeInvitation(input: Record<string, string>) {
  return runAction(revokeInvitationAction, input)
}

/** Accepts, then signs the new user in: they land in the invited workspace. */
export async function acceptInvitation(_previous: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData)
  const result = await accept(getDb(), getConfig().auditKey, fields)
  if (!result.ok) return result
  await signIn('credentials', { email: result.data.email, password: String(fields.password), redirectTo: '/' })
  return result
}
