import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { safeNextPath } from '@/lib/auth/next-path'
import { getContext } from '@/lib/context'
import { firstValue } from '@/lib/validation'
import { LoginForm } from './login-form'

export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const next = safeNextPath(firstValue(params.next))
  if (await getContext()) redirect(next)
  return (
    <AuthFrame
      title="Sign in to Atrium"
      subtitle="Your organisation's workspace console"
      notice={
        firstValue(params.reset) === '1' &&
        'Your password is changed and every session of your account has ended. Sign in with the new password.'
      }
    >
      <LoginForm next={next} />
    </AuthFrame>
  )
}
