import type { Metadata } from 'next'
import Link from 'next/link'
import { AuthFrame } from '@/components/auth/auth-frame'
import { RESET_LINK_CLOSED, resetLinkIsOpen } from '@/lib/accounts/reset'
import { getDb } from '@/lib/db/client'
import { ResetPasswordForm } from './reset-password-form'

export const metadata: Metadata = { title: 'Choose a new password' }

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const open = await resetLinkIsOpen(getDb(), token)
  return (
    <AuthFrame title="Choose a new password" subtitle="Every session of your account ends when you save it">
      {open ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4 text-sm">
          <p className="text-slate-700">{RESET_LINK_CLOSED}</p>
          <Link href="/forgot-password" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Ask for a new link
          </Link>
        </div>
      )}
    </AuthFrame>
  )
}
