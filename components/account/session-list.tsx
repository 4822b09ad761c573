'use client'

import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { signOutEverywhereAction } from '@/lib/sessions/server-actions'

export interface SessionRow {
  id: string
  device: string
  ip: string | null
  signedIn: string
  lastSeen: string
  current: boolean
}

/** A person's live sessions, this one marked; any other can be ended, or all at once. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const end = useAction('session.end', { confirm: (_input, data) => `Signed out ${data.device}.` })
  const everywhere = useAction(signOutEverywhereAction)
  const [confirming, setConfirming] = useState(false)
  return (
    <div className="space-y-4">
      <FormAlert message={end.formError ?? everywhere.formError} />
      <ul aria-label="Sessions" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-surface">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">
                {session.device}{' '}
                {session.current && (
                  <span className="ml-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">This device</span>
                )}
              </p>
              <p className="text-xs text-slate-600">
                {session.ip ?? 'Unknown address'} · signed in {session.signedIn} · last seen {session.lastSeen}
              </p>
            </div>
            {!session.current && (
              <Button
                type="button"
                variant="secondary"
                disabled={end.pending}
                aria-label={`Sign out ${session.device} (${session.ip ?? 'unknown address'}, signed in ${session.signedIn})`}
                onClick={() => end.run({ sessionId: session.id })}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button type="button" variant="danger" onClick={() => setConfirming(true)} disabled={everywhere.pending}>
        Sign out everywhere
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void everywhere.run({})
        }}
      >
        Every session of your account ends at once, this one included. You will sign in again here.
      </ConfirmDialog>
    </div>
  )
}
