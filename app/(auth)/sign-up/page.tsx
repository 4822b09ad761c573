import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { signUpOpen } from '@/lib/accounts/sign-up-policy'
import { SIGN_UP_BY_INVITATION } from '@/lib/accounts/sign-up'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { readInstance } from '@/lib/db/instance'
import { SignUpForm } from './sign-up-form'

export const metadata: Metadata = { title: 'Create your account' }

/** Signing up, where the instance allows it; otherwise why not, and the way in that remains. */
export default async function SignUpPage() {
  if (await getContext()) redirect('/')
  const instance = await readInstance(getDb())
  if (!instance.setUpAt) redirect('/setup')
  const open = signUpOpen(instance)
  return (
    <AuthFrame
      title="Create your Atrium account"
      subtitle={
        instance.signUpPolicy === 'listed_domains'
          ? `For addresses at ${instance.signUpDomains.join(', ') || 'no domain yet'}`
          : 'Then make your organisation, or join one'
      }
    >
      {open ? (
        <SignUpForm />
      ) : (
        <div className="space-y-4 text-sm text-slate-700">
          <p>{SIGN_UP_BY_INVITATION}</p>
          <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Go to sign in
          </Link>
        </div>
      )}
    </AuthFrame>
  )
}
