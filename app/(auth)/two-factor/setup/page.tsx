import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { TwoFactorSetup } from '@/components/account/two-factor-setup'
import { signOutAction } from '@/lib/auth/server-actions'
import { mustSetUpTwoFactorFirst } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { firstValue } from '@/lib/validation'

export const metadata: Metadata = { title: 'Set up two-factor authentication' }

/**
 * Setting up two-factor authentication, outside the console: people whose tenant requires
 * it are sent here before anything else; the account page links here too.
 */
export default async function TwoFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const ctx = await getContext()
  if (!ctx) redirect('/login?next=/two-factor/setup')
  const fromAccount = firstValue((await searchParams).next) === '/account'
  const required = mustSetUpTwoFactorFirst(ctx.actor)
  return (
    <AuthFrame
      wide
      title="Set up two-factor authentication"
      subtitle={
        required ? `${ctx.tenant?.name ?? 'Your organisation'} requires it before you continue` : 'A code from your phone at each sign-in'
      }
    >
      <TwoFactorSetup
        alreadyOn={ctx.user.hasTwoFactor}
        next={fromAccount ? '/account' : '/'}
        nextLabel={fromAccount ? 'Back to your account' : 'Continue to the console'}
      />
      {required && (
        <form action={signOutAction} className="mt-6 border-t border-slate-100 pt-4 text-sm">
          Not now?{' '}
          <button type="submit" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Sign out
          </button>
        </form>
      )}
    </AuthFrame>
  )
}
