import type { Metadata } from 'next'
import Link from 'next/link'
import { LinkButton } from '@/components/ui/link-button'
import { signOutAction } from '@/lib/auth/server-actions'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { crossTenantDb } from '@/lib/db/scope'
import { viewInvitation } from '@/lib/invitations/accept'
import { ROLE_LABELS } from '@/lib/authz/role-names'
import { AcceptInvitationForm } from './accept-form'
import { JoinInvitationForm } from './join-form'

export const metadata: Metadata = { title: 'Invitation' }

const CLOSED = {
  invalid: ['This invitation link is not valid', 'Check that you opened the whole link from the email.'],
  expired: ['This invitation has expired', 'Invitations are valid for 7 days. Ask whoever invited you to send it again.'],
  revoked: ['This invitation was withdrawn', 'Ask whoever invited you if you should still join.'],
  used: ['This invitation was already used', 'Sign in with the account it created.'],
} as const

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  // The link names no tenant: the invitation's path across tenants finds it.
  const invitation = await viewInvitation(crossTenantDb(getDb(), 'invitation'), token)
  const ctx = invitation.state === 'open' && invitation.hasAccount ? await getContext() : null
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-surface p-6 shadow-xs">
        {invitation.state !== 'open' ? (
          <>
            <h1 className="text-xl font-semibold">{CLOSED[invitation.state][0]}</h1>
            <p className="mt-2 text-sm text-slate-600">{CLOSED[invitation.state][1]}</p>
            <Link href="/login" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
              Go to sign-in
            </Link>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.workspaceName}</h1>
            <p className="mt-1 text-sm text-slate-600">
              You are invited to {invitation.tenantName} as {ROLE_LABELS[invitation.role as keyof typeof ROLE_LABELS].toLowerCase()} of{' '}
              {invitation.workspaceName}. {!invitation.hasAccount && `Choose your name and a password for ${invitation.email}.`}
            </p>
            <div className="mt-5">
              {!invitation.hasAccount ? (
                <AcceptInvitationForm token={token} />
              ) : ctx?.user.email === invitation.email ? (
                <JoinInvitationForm token={token} email={invitation.email} tenantName={invitation.tenantName} />
              ) : ctx ? (
                <div className="space-y-3 text-sm text-slate-700">
                  <p>
                    You are signed in as {ctx.user.email}, but this invitation is for {invitation.email}. Sign out, then sign in as{' '}
                    {invitation.email} to accept it.
                  </p>
                  <form action={signOutAction}>
                    <button type="submit" className="font-medium text-indigo-700 hover:underline">
                      Sign out
                    </button>
                  </form>
                </div>
              ) : (
                <div className="space-y-4 text-sm text-slate-700">
                  <p>
                    {invitation.email} already has an Atrium account. Sign in with it to join {invitation.tenantName}: you keep one account
                    and one password for every organisation you belong to.
                  </p>
                  <LinkButton
                    variant="primary"
                    href={`/login?next=${encodeURIComponent(`/invitations/${token}`)}`}
                    className="inline-block"
                  >
                    Sign in to accept
                  </LinkButton>
                </div>
              )}
            </div>
          </>
        )}
      </div>
    </main>
  )
}
