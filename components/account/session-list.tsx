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

/**
 * Sessions grouped by device and address, in the order given (newest first), this one's group
 * first and this session at its top; a group's older sessions fold away.
 */
function byDevice(sessions: SessionRow[]): SessionRow[][] {
  const groups = new Map<string, SessionRow[]>()
  for (const session of sessions) {
    const key = `${session.device}\u0000${session.ip ?? ''}`
    const group = groups.get(key) ?? []
    if (session.current) group.unshift(session)
    else group.push(session)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => Number(b[0]!.current) - Number(a[0]!.current))
}

function SessionItem({ session, pending, onEnd }: { session: SessionRow; pending: boolean; onEnd(sessionId: string): void }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
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
          disabled={pending}
          aria-label={`Sign out ${session.device} (${session.ip ?? 'unknown address'}, signed in ${session.signedIn})`}
          onClick={() => onEnd(session.id)}
        >
          Sign out
        </Button>
      )}
    </div>
  )
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
        {byDevice(sessions).map(([newest, ...older]) => (
          <li key={newest!.id} className="px-4 py-3">
            <SessionItem session={newest!} pending={end.pending} onEnd={(sessionId) => end.run({ sessionId })} />
            {older.length > 0 && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs font-medium text-indigo-700">
                  {older.length} older {older.length === 1 ? 'session' : 'sessions'} on {newest!.device} from{' '}
                  {newest!.ip ?? 'an unknown address'}
                </summary>
                <ul className="mt-2 space-y-3 border-l-2 border-slate-100 pl-3">
                  {older.map((session) => (
                    <li key={session.id}>
                      <SessionItem session={session} pending={end.pending} onEnd={(sessionId) => end.run({ sessionId })} />
                    </li>
                  ))}
                </ul>
              </details>
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
