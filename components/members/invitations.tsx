'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { StatusMessage } from '@/components/ui/status-message'
import { formatDate } from '@/lib/format/date'
import type { ActionResult } from '@/lib/actions/errors'
import { inviteMemberAction, resendInvitationAction, revokeInvitationAction } from '@/lib/invitations/actions'
import type { OpenInvitation } from '@/lib/invitations/queries'
import { ROLE_LABELS } from '@/lib/members/schema'
import { WorkspaceRoleField, type WorkspaceRole } from './workspace-role-field'
import { TextButton } from '@/components/ui/text-button'

/** Invite by email, and the open invitations with resend and revoke. */
export function Invitations({ workspaceId, invitations }: { workspaceId: string; invitations: OpenInvitation[] }) {
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<WorkspaceRole>('workspace_member')
  const { run: invite, result, pending, fieldErrors } = useAction(inviteMemberAction)
  const resend = useAction(resendInvitationAction)
  const revoke = useAction(revokeInvitationAction)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // A link issued by a resend, shown once (without SMTP there is no other way to pass it on).
  const [resentLink, setResentLink] = useState<{ email: string; link: string } | null>(null)
  const issuedLink = resentLink ?? (result?.ok && result.data.link ? { email: result.data.email, link: result.data.link } : null)

  const submit = async () => {
    setResentLink(null)
    const outcome = await invite({ workspaceId, email, role })
    if (outcome?.ok) setEmail('')
  }
  const report = async <Data,>(call: Promise<ActionResult<Data> | undefined>, done: string) => {
    setResentLink(null)
    const outcome = await call
    if (outcome) setMessage(outcome.ok ? { ok: true, text: done } : { ok: false, text: outcome.message })
    return outcome
  }
  const resendTo = async (invitation: OpenInvitation) => {
    const outcome = await report(resend.run({ workspaceId, invitationId: invitation.id }), `Invitation to ${invitation.email} sent again.`)
    if (outcome?.ok && outcome.data.link) setResentLink({ email: outcome.data.email, link: outcome.data.link })
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submitWith(submit)} className="flex flex-wrap items-start gap-3" noValidate>
        <div className="min-w-72 flex-1">
          <TextField
            id="invite-email"
            label="Email address"
            errors={fieldErrors?.email}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <WorkspaceRoleField id="invite-role" label="Role when they join" value={role} onChange={setRole} />
        <Button type="submit" className="mt-7" disabled={pending}>
          {pending ? 'Inviting…' : 'Invite'}
        </Button>
      </form>
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      {result?.ok && (
        <p role="status" className="text-sm text-green-700">
          {result.data.added
            ? `${result.data.email} already had an account here and was added.`
            : result.data.link
              ? `Invitation created for ${result.data.email}.`
              : `Invitation sent to ${result.data.email}.`}
        </p>
      )}
      {issuedLink && <OneTimeLink {...issuedLink} />}
      {invitations.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Open invitations</h3>
          <StatusMessage message={message} />
          <ul aria-label="Open invitations" className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
                <span>
                  <span className="font-medium text-slate-900">{invitation.email}</span> · {ROLE_LABELS[invitation.role]} ·{' '}
                  <span className={invitation.expired ? 'text-red-700' : 'text-slate-500'}>
                    {invitation.expired ? 'expired' : 'expires'} {formatDate(invitation.expiresAt)}
                  </span>
                </span>
                <span className="flex gap-3">
                  <TextButton tone="neutral" className="" onClick={() => void resendTo(invitation)}>
                    Resend
                  </TextButton>
                  <TextButton
                    tone="danger"
                    className=""
                    onClick={() =>
                      void report(revoke.run({ workspaceId, invitationId: invitation.id }), `Invitation to ${invitation.email} revoked.`)
                    }
                  >
                    Revoke
                  </TextButton>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

/**
 * Without SMTP the invitation link cannot be mailed, and it is never stored: it is shown
 * here once, for the person who invited to pass on.
 */
function OneTimeLink({ email, link }: { email: string; link: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">Send this link to {email}. It is shown only now: Atrium keeps no copy of it.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          aria-label={`Invitation link for ${email}`}
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-surface px-2 py-1.5 font-mono text-xs"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(link)
            setCopied(true)
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p className="mt-2 text-xs">Lost it? Resend the invitation for a new link (the old one stops working).</p>
    </div>
  )
}
