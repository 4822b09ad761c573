'use server'

import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/errors'
import { requestMeta, serverAction, type ServerActionInput } from '@/lib/actions/server-action'
import { openSession } from '@/lib/auth/open-session'
import { issueTicket } from '@/lib/auth/tickets'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { deliverMail } from '@/lib/mail/outbox'
import { requestWorkspaceSwitch } from '@/lib/switcher/session-update'
import { acceptInvitation, joinWithInvitation } from './accept'
import type { invitationTargetInput, inviteInput } from './schema'
import { inviteMemberDefinition, resendInvitationDefinition, revokeInvitationDefinition, type IssuedLink } from './service'

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

const inviteMember = serverAction(inviteMemberDefinition)
const resendInvitation = serverAction(resendInvitationDefinition)

export async function inviteMemberAction(input: ServerActionInput<typeof inviteInput>) {
  return handOver(await inviteMember(input))
}

export async function resendInvitationAction(input: ServerActionInput<typeof invitationTargetInput>) {
  return handOver(await resendInvitation(input))
}

export const revokeInvitationAction = serverAction(revokeInvitationDefinition)

/** A new person accepts: the account is created, then they are signed in and land in the invited workspace. */
export async function acceptInvitationAction(_previous: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData)
  const result = await acceptInvitation(getDb(), getConfig().auditKey, fields, await requestMeta())
  if (!result.ok) return result
  await openSession(await issueTicket(getDb(), result.data.userId, false), '/?welcome=1')
  return result
}

/** Someone signed in as the invited address joins, then the invited workspace becomes their active one. */
export async function joinInvitationAction(_previous: unknown, formData: FormData) {
  const ctx = await getContext()
  if (!ctx) return { ok: false as const, code: 'UNAUTHENTICATED' as const, message: 'Sign in as the invited address to accept.' }
  const result = await joinWithInvitation(
    getDb(),
    getConfig().auditKey,
    String(formData.get('token') ?? ''),
    ctx.user.id,
    await requestMeta(),
  )
  if (!result.ok) return result
  await requestWorkspaceSwitch(result.data.workspaceId)
  redirect('/?welcome=1')
}
