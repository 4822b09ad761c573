'use server'

import { redirect } from 'next/navigation'
import { openSession } from '@/lib/auth/open-session'
import { issueTicket } from '@/lib/auth/tickets'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { ALREADY_SET_UP, setUpInstance, setUpKeyOf } from './setup'

/**
 * /setup's form: the first account and organisation, then the person is signed in to its
 * console. Whoever loses a race to set up (or opens an old tab) is sent to sign in.
 */
export async function setUpAction(_previous: unknown, formData: FormData) {
  const config = getConfig()
  const result = await setUpInstance(getDb(), config.auditKey, Object.fromEntries(formData), await requestMeta(), {
    key: setUpKeyOf(config),
  })
  if (!result.ok && result.message === ALREADY_SET_UP) redirect('/login?setUp=done')
  if (!result.ok) return result
  const ticket = await withScope({ acrossTenants: 'sign-in' }, () => issueTicket(getDb(), result.data.userId, false))
  await openSession(ticket, '/')
  return result
}
