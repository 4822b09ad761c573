import type { Metadata } from 'next'
import Link from 'next/link'
import { AuthFrame } from '@/components/auth/auth-frame'
import { SIGN_UP_LINK_CLOSED, signUpLinkIsOpen } from '@/lib/accounts/sign-up'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { CompleteSignUpForm } from './verify-form'

export const metadata: Metadata = { title: 'Confirm your account' }

/** A sign-up's mailed link: the password again makes the account; a used or expired link says so. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const open = await withScope({ acrossTenants: 'sign-in' }, () => signUpLinkIsOpen(getDb(), token))
  return (
    <AuthFrame title="Confirm your account" subtitle="Your address is proven; one step to go">
      {open ? (
        <CompleteSignUpForm token={token} />
      ) : (
        <div className="space-y-4 text-sm text-slate-700">
          <p>{SIGN_UP_LINK_CLOSED}</p>
          <Link href="/sign-up" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Sign up again
          </Link>
        </div>
      )}
    </AuthFrame>
  )
}
