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
/** The pages that lead here and where "back" returns to (any other `next` continues to the console). */
const BACK_TO: Record<string, { href: string; label: string }> = {
  '/account': { href: '/account', label: 'Back to your account' },
  '/settings/security': { href: '/settings/security', label: 'Back to security settings' },
}

export default async function TwoFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const ctx = await getContext()
  if (!ctx) redirect('/login?next=/two-factor/setup')
  const back = BACK_TO[firstValue((await searchParams).next) ?? ''] ?? null
  const required = mustSetUpTwoFactorFirst(ctx.actor)
  return (
    <AuthFrame
      wide
      title="Set up two-factor authentication"
      subtitle={
        required ? `${ctx.tenant?.name ?? 'Your organisation'} requires it before you continue` : 'A code from your phone at each sign-in'
      }
    >
      <TwoFactorSetup alreadyOn={ctx.user.hasTwoFactor} next={back?.href ?? '/'} nextLabel={back?.label ?? 'Continue to the console'} />
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
