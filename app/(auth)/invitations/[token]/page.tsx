import type { Metadata } from 'next'
import Link from 'next/link'
import { getDb } from '@/lib/db/client'
import { viewInvitation } from '@/lib/invitations/accept'
import { ROLE_LABELS } from '@/lib/members/schema'
import { AcceptInvitationForm } from './accept-form'

export const metadata: Metadata = { title: 'Invitation' }

const CLOSED = {
  invalid: ['This invitation link is not valid', 'Check that you opened the whole link from the email.'],
  expired: ['This invitation has expired', 'Invitations are valid for 7 days. Ask whoever invited you to send it again.'],
  revoked: ['This invitation was withdrawn', 'Ask whoever invited you if you should still join.'],
  used: ['This invitation was already used', 'Sign in with the account it created.'],
} as const

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invitation = await viewInvitation(getDb(), token)
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-xs">
        {invitation.state === 'open' ? (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.workspaceName}</h1>
            <p className="mt-1 text-sm text-slate-600">
              You are invited to {invitation.tenantName} as {ROLE_LABELS[invitation.role as keyof typeof ROLE_LABELS].toLowerCase()} of {invitation.workspaceName}.
              Choose your name and a password for {invitation.email}.
            </p>
            <div className="mt-5">
              <AcceptInvitationForm token={token} />
            </div>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">{CLOSED[invitation.state][0]}</h1>
            <p className="mt-2 text-sm text-slate-600">{CLOSED[invitation.state][1]}</p>
            <Link href="/login" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
              Go to sign-in
            </Link>
          </>
        )}
      </div>
    </main>
  )
}
