import { AuthError } from 'next-auth'
import { signIn } from '@/lib/auth'
import { SIGN_IN_EXPIRED } from './messages'
import { safeNextPath } from './next-path'

export interface SignInState {
  /** Which form the sign-in page shows: the password, or the code of the second step. */
  step?: 'password' | 'secondFactor'
  error?: string
  email?: string
}

/** Redeems a ticket through Auth.js, which opens the session and redirects (a thrown redirect). */
export async function openSession(ticket: string, next: FormDataEntryValue | string | null): Promise<SignInState> {
  try {
    await signIn('credentials', { ticket, redirectTo: safeNextPath(next) })
    return {}
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next.js throws: let it through.
    if (!(error instanceof AuthError)) throw error
    return { step: 'password', error: SIGN_IN_EXPIRED }
  }
}
