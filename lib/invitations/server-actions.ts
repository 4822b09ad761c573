'use server'

import { redirect } from 'next/navigation'
import { openSession } from '@/lib/auth/open-session'
import { issueTicket } from '@/lib/auth/tickets'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { requestMeta } from '@/lib/http/request-meta'
import { requestWorkspaceSwitch } from '@/lib/switcher/session-update'
import { acceptInvitation, joinWithInvitation } from './accept'

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
