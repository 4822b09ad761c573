'use server'

import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/errors'
import { requestMeta, runAction } from '@/lib/actions/run'
import { signIn, unstable_update } from '@/lib/auth'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { deliverMail } from '@/lib/mail/outbox'
import { switchThroughSessionUpdate } from '@/lib/switcher/switch'
import { acceptInvitation as accept, joinWithInvitation } from './accept'
import { inviteMemberAction, resendInvitationAction, revokeInvitationAction } from './action-definitions'
import type { IssuedLink } from './service'

/**
 * After an invitation link was issued: with SMTP it is mailed and nobody else sees it;
 * without SMTP it is shown once to the person who invited, to pass on. Either way it is
 * never stored (the outbox keeps the mail without it).
 */
async function handOver<T extends { issued: IssuedLink | null }>(result: ActionResult<T>) {
  if (!result.ok) return result
  const { issued, ...data } = result.data
  const { smtpUrl, mailFrom } = getConfig()
  if (issued && smtpUrl) await deliverMail(getDb(), { smtpUrl, mailFrom }, issued.delivery)
  return { ok: true as const, data: { ...data, link: issued && !smtpUrl ? issued.link : null } }
}

export async function inviteMember(_previous: unknown, formData: FormData) {
  return handOver(await runAction(inviteMemberAction, formData))
}

export async function resendInvitation(input: Record<string, string>) {
  return handOver(await runAction(resendInvitationAction, input))
}

export async function revokeInvitation(input: Record<string, string>) {
  return runAction(revokeInvitationAction, input)
}

/** A new person accepts: the account is created, then they are signed in and land in the invited workspace. */
export async function acceptInvitation(_previous: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData)
  const result = await accept(getDb(), getConfig().auditKey, fields, await requestMeta())
  if (!result.ok) return result
  await signIn('credentials', { email: result.data.email, password: String(fields.password), redirectTo: '/' })
  return result
}

/** Someone signed in as the invited address joins, then the invited workspace becomes their active one. */
export async function joinInvitation(_previous: unknown, formData: FormData) {
  const ctx = await getContext()
  if (!ctx) return { ok: false as const, code: 'UNAUTHENTICATED' as const, message: 'Sign in as the invited address to accept.' }
  const result = await joinWithInvitation(getDb(), getConfig().auditKey, String(formData.get('token') ?? ''), ctx.user.id, await requestMeta())
  if (!result.ok) return result
  await switchThroughSessionUpdate(() => unstable_update({ workspaceId: result.data.workspaceId } as never))
  redirect('/')
}
