'use client'

import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { StatusMessage } from '@/components/ui/status-message'
import { TextButton } from '@/components/ui/text-button'
import { formatDate } from '@/lib/format/date'
import type { ActionResult } from '@/lib/actions/errors'
import type { OpenInvitation } from '@/lib/invitations/queries'
import { ROLE_LABELS } from '@/lib/authz/role-names'
import { OneTimeLink } from './one-time-link'

/** A workspace's open invitations, each with Resend (a new link; the old one stops working) and Revoke. */
export function Invitations({ workspaceId, invitations }: { workspaceId: string; invitations: OpenInvitation[] }) {
  const emailOf = (invitationId: string) => invitations.find((invitation) => invitation.id === invitationId)?.email ?? 'them'
  const resend = useAction('invitation.resend', { confirm: (input) => `Invitation to ${emailOf(input.invitationId)} sent again.` })
  const revoke = useAction('invitation.revoke', { confirm: (input) => `Invitation to ${emailOf(input.invitationId)} revoked.` })
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // A link issued by a resend, shown once (without SMTP there is no other way to pass it on).
  const [resentLink, setResentLink] = useState<{ email: string; link: string } | null>(null)

  /** Sends a resend or a revocation; a refusal is shown above the list (successes are confirmed by a toast). */
  const report = async <Data,>(call: Promise<ActionResult<Data> | undefined>) => {
    setResentLink(null)
    setMessage(null)
    const outcome = await call
    if (outcome && !outcome.ok) setMessage({ ok: false, text: outcome.message })
    return outcome
  }
  const resendTo = async (invitation: OpenInvitation) => {
    const outcome = await report(resend.run({ workspaceId, invitationId: invitation.id }))
    if (outcome?.ok && outcome.data.link) setResentLink({ email: outcome.data.email, link: outcome.data.link })
  }

  if (invitations.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
        No open invitations. People you invite by email appear here until they join.
      </p>
    )
  }
  return (
    <div className="space-y-3">
      <StatusMessage message={message} />
      {resentLink && <OneTimeLink {...resentLink} />}
      <ul aria-label="Open invitations" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-surface">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
            <span className="min-w-0">
              <span className="block truncate font-medium text-slate-900" title={invitation.email}>
                {invitation.email}
              </span>
              <span className="text-slate-600">
                {ROLE_LABELS[invitation.role]} ·{' '}
                <span className={invitation.expired ? 'text-red-700' : ''}>
                  {invitation.expired ? 'expired' : 'expires'} {formatDate(invitation.expiresAt)}
                </span>
              </span>
            </span>
            <span className="flex gap-3">
              <TextButton tone="neutral" className="" onClick={() => void resendTo(invitation)}>
                Resend<span className="sr-only"> to {invitation.email}</span>
              </TextButton>
              <TextButton tone="danger" className="" onClick={() => void report(revoke.run({ workspaceId, invitationId: invitation.id }))}>
                Revoke<span className="sr-only"> invitation for {invitation.email}</span>
              </TextButton>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
