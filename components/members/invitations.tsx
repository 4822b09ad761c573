'use client'

import { useActionState, useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { formatDate } from '@/lib/format/date'
import type { ActionResult } from '@/lib/actions/errors'
import { inviteMember, resendInvitation, revokeInvitation } from '@/lib/invitations/actions'
import type { OpenInvitation } from '@/lib/invitations/queries'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/members/schema'

type InviteResult = ActionResult<{ added: boolean; email: string; link: string | null }> | null

/** Invite by email, and the open invitations with resend and revoke. */
export function Invitations({ workspaceId, renderedForWorkspaceId, invitations }: { workspaceId: string; renderedForWorkspaceId: string; invitations: OpenInvitation[] }) {
  const [email, setEmail] = useState('')
  const [result, formAction, pending] = useActionState(async (previous: InviteResult, form: FormData) => {
    const outcome = (await inviteMember(previous, form)) as InviteResult
    if (outcome?.ok) setEmail('')
    return outcome
  }, null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // A link issued by a resend, shown once (without SMTP there is no other way to pass it on).
  const [resentLink, setResentLink] = useState<{ email: string; link: string } | null>(null)
  const [, startTransition] = useTransition()
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined
  const issuedLink = resentLink ?? (result?.ok && result.data.link ? { email: result.data.email, link: result.data.link } : null)

  const act = (run: () => Promise<ActionResult<object & { email?: string; link?: string | null }>>, done: string) =>
    startTransition(async () => {
      const outcome = await run()
      setMessage(outcome.ok ? { ok: true, text: done } : { ok: false, text: outcome.message })
      setResentLink(outcome.ok && outcome.data.link && outcome.data.email ? { email: outcome.data.email, link: outcome.data.link } : null)
    })

  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-start gap-3" noValidate>
        <input type="hidden" name="workspaceId" value={workspaceId} />
        <input type="hidden" name="expectedWorkspaceId" value={renderedForWorkspaceId} />
        <div className="min-w-72 flex-1">
          <Field id="invite-email" label="Email address" errors={fieldErrors?.email}>
            {(describedBy, invalid) => (
              <TextInput id="invite-email" name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
            )}
          </Field>
        </div>
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
            Role when they join
          </label>
          <select id="invite-role" name="role" defaultValue="workspace_member" className="mt-1.5 block rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm">
            {WORKSPACE_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
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
          <p role="status" className={`min-h-5 text-sm ${message?.ok ? 'text-green-700' : 'text-red-700'}`}>
            {message?.text}
          </p>
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
                  <button
                    type="button"
                    className="font-medium text-indigo-700 hover:underline"
                    onClick={() => act(() => resendInvitation({ workspaceId, invitationId: invitation.id, expectedWorkspaceId: renderedForWorkspaceId }), `Invitation to ${invitation.email} sent again.`)}
                  >
                    Resend
                  </button>
                  <button
                    type="button"
                    className="font-medium text-red-700 hover:underline"
                    onClick={() => act(() => revokeInvitation({ workspaceId, invitationId: invitation.id, expectedWorkspaceId: renderedForWorkspaceId }), `Invitation to ${invitation.email} revoked.`)}
                  >
                    Revoke
                  </button>
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
        <input aria-label={`Invitation link for ${email}`} readOnly value={link} onFocus={(e) => e.target.select()} className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2 py-1.5 font-mono text-xs" />
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
