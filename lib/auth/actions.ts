'use server'

import { AuthError } from 'next-auth'
import { signIn, signOut } from '@/lib/auth'
import { requestMeta } from '@/lib/actions/server-action'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS } from './messages'
import { safeNextPath } from './next-path'
import { recordSessionEvent } from './session-audit'

export interface SignInState {
  error?: string
  email?: string
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '')
  try {
    await signIn('credentials', { email, password: String(formData.get('password') ?? ''), redirectTo: safeNextPath(formData.get('next')) })
    return {}
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next.js throws: let it through.
    if (!(error instanceof AuthError)) throw error
    const disabled = (error as AuthError & { code?: string }).code === 'disabled'
    return { error: disabled ? ACCOUNT_DISABLED : INVALID_CREDENTIALS, email }
  }
}

export async function signOutAction() {
  const ctx = await getContext()
  if (ctx)
    await recordSessionEvent(getDb(), getConfig().auditKey, 'session.signedOut', ctx.user.id, await requestMeta(), {
      tenantId: ctx.tenant?.id,
    })
  await signOut({ redirectTo: '/login' })
}
