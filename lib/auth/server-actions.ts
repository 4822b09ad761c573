'use server'

import { cookies, headers } from 'next/headers'
import { signOut } from '@/lib/auth'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { requestMeta } from '@/lib/http/request-meta'
import { endSession } from '@/lib/sessions/service'
import { sessionSignedOut } from './audit-events'
import { refusalMessage } from './messages'
import { openSession, type SignInState } from './open-session'
import { recordAccountEvent } from './session-audit'
import { signInWithPassword, signInWithSecondFactor } from './sign-in'

/** Holds the ticket between the two steps, for the sign-in page only. */
const PENDING_SIGN_IN_COOKIE = 'atrium-pending-sign-in'

/** Signing in and out happens before (or after) a tenant is chosen: its named path across tenants. */
const SIGN_IN = { acrossTenants: 'sign-in' } as const

async function passwordStep(formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '')
  const { auditKey } = getConfig()
  const meta = await requestMeta()
  const step = await withScope(SIGN_IN, () =>
    signInWithPassword(getDb(), { auditKey }, { email, password: String(formData.get('password') ?? '') }, meta),
  )
  if (!step.ok) return { step: 'password', error: refusalMessage(step), email }
  if (step.needsSecondFactor) {
    // Server actions always carry the page's Origin: the cookie is Secure wherever the page is.
    const secure = (await headers()).get('origin')?.startsWith('https:') ?? false
    ;(await cookies()).set(PENDING_SIGN_IN_COOKIE, step.ticket, { httpOnly: true, sameSite: 'lax', secure, path: '/login', maxAge: 600 })
    return { step: 'secondFactor', email }
  }
  return openSession(step.ticket, formData.get('next'))
}

async function codeStep(previous: SignInState, formData: FormData): Promise<SignInState> {
  const jar = await cookies()
  const { auditKey, encryptionKeys } = getConfig()
  const meta = await requestMeta()
  const step = await withScope(SIGN_IN, () =>
    signInWithSecondFactor(
      getDb(),
      { auditKey, rootKeys: encryptionKeys },
      jar.get(PENDING_SIGN_IN_COOKIE)?.value ?? '',
      String(formData.get('code') ?? ''),
      meta,
    ),
  )
  if (!step.ok) return { ...previous, step: step.reason === 'expired' ? 'password' : 'secondFactor', error: refusalMessage(step, true) }
  jar.delete({ name: PENDING_SIGN_IN_COOKIE, path: '/login' })
  return openSession(step.ticket, formData.get('next'))
}

/** The sign-in page's one action: the code step when the form carries a code, else the password step. */
export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  return formData.has('code') ? codeStep(previous, formData) : passwordStep(formData)
}

/** Ends this session at once (for every app instance), then clears the cookie. */
export async function signOutAction() {
  const ctx = await getContext()
  if (ctx) {
    const meta = await requestMeta()
    await withScope(SIGN_IN, async () => {
      await endSession(getDb(), ctx.user.id, ctx.sessionId, 'signedOut')
      // An operator signing out from inside a support session signs out of their own account, not of the organisation they support.
      const tenantId = ctx.actor?.support ? undefined : ctx.tenant?.id
      await recordAccountEvent(getDb(), getConfig().auditKey, sessionSignedOut, ctx.user.id, meta, { tenantId, data: {} })
    })
  }
  await signOut({ redirectTo: '/login' })
}
