import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { safeNextPath } from '@/lib/auth/next-path'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { readInstance } from '@/lib/db/instance'
import { signUpOpen } from '@/lib/accounts/sign-up-policy'
import { firstValue } from '@/lib/validation'
import { LoginForm } from './login-form'

export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const next = safeNextPath(firstValue(params.next))
  const instance = await readInstance(getDb())
  // A new instance has nobody to sign in: its first person sets it up.
  if (!instance.setUpAt) redirect('/setup')
  if (await getContext()) redirect(next)
  return (
    <AuthFrame
      title="Sign in to Atrium"
      subtitle="Your organisation's workspace console"
      notice={
        (firstValue(params.reset) === '1' &&
          'Your password is changed and every session of your account has ended. Sign in with the new password.') ||
        (firstValue(params.setUp) === 'done' && 'Atrium is already set up. Sign in with your account.') ||
        (firstValue(params.verified) === '1' && 'Your address is verified. Sign in to continue.')
      }
    >
      <LoginForm next={next} signUp={signUpOpen(instance)} />
    </AuthFrame>
  )
}
