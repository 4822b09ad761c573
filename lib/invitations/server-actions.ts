'use server'

import { redirect } from 'next/navigation'
import { openSession } from '@/lib/auth/open-session'
import { issueTicket } from '@/lib/auth/tickets'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { requestWorkspaceSwitch } from '@/lib/switcher/session-update'
import { acceptInvitation, joinWithInvitation } from './accept'

/** An invitation link is found before its tenant is known: the named path across tenants. */
const INVITATION = { acrossTenants: 'invitation' } as const

/** A new person accepts: the account is created, then they are signed in and land in the invited workspace. */
export async function acceptInvitationAction(_previous: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData)
  const meta = await requestMeta()
  const result = await withScope(INVITATION, () => acceptInvitation(getDb(), getConfig().auditKey, fields, meta))
  if (!result.ok) return result
  await openSession(await withScope(INVITATION, () => issueTicket(getDb(), result.data.userId, false)), '/?welcome=1')
  return result
}

/** Someone signed in as the invited address joins, then the invited workspace becomes their active one. */
export async function joinInvitationAction(_previous: unknown, formData: FormData) {
  const ctx = await getContext()
  if (!ctx) return { ok: false as const, code: 'UNAUTHENTICATED' as const, message: 'Sign in as the invited address to accept.' }
  const meta = await requestMeta()
  const result = await withScope(INVITATION, () =>
    joinWithInvitation(getDb(), getConfig().auditKey, String(formData.get('token') ?? ''), ctx.user.id, meta),
  )
  if (!result.ok) return result
  await requestWorkspaceSwitch(result.data.workspaceId)
  redirect('/?welcome=1')
}
