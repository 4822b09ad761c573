import { Badge } from '@/components/ui/badge'
import { formatDateTime } from '@/lib/format/date'
import type { supportSessionsIn } from '@/lib/support/queries'
import { liveAt, waitingAt } from '@/lib/support/service'
import { DecideRequest, RevokeSession } from './session-decisions'

type Session = Awaited<ReturnType<typeof supportSessionsIn>>[number]

const ENDED_WHY: Record<string, string> = {
  operator: 'ended by the operator',
  withdrawn: 'withdrawn',
  revoked: 'ended by a tenant admin',
  policy_off: 'ended when support access was turned off',
  closed: 'ended when the organisation closed, or the operator stopped being one',
  expired: 'expired',
  lapsed: 'lapsed unanswered',
  denied: 'denied',
}

/** Where a session stands now: the status column says "active" until its end even when nothing wrote it down yet. */
export function sessionState(session: Pick<Session, 'status' | 'endsAt' | 'endReason' | 'requestedAt'>, now: Date) {
  if (liveAt(session, now)) return { label: 'In now', tone: 'amber' as const, live: true, waiting: false }
  if (waitingAt(session, now)) return { label: 'Waiting for approval', tone: 'indigo' as const, live: false, waiting: true }
  // Past its end, or a request nobody answered in time, before the sweep has written it down.
  if (session.status === 'active') return { label: 'expired', tone: 'neutral' as const, live: false, waiting: false }
  if (session.status === 'requested') return { label: 'lapsed unanswered', tone: 'neutral' as const, live: false, waiting: false }
  return { label: ENDED_WHY[session.endReason ?? ''] ?? session.status, tone: 'neutral' as const, live: false, waiting: false }
}

/**
 * An organisation's support sessions, newest first: who, since when and why; a tenant admin
 * (`decide`) approves or denies what waits and ends what is live.
 */
export function SupportSessionsList({ sessions, decide, now }: { sessions: Session[]; decide: boolean; now: Date }) {
  if (sessions.length === 0) return <p className="text-sm text-slate-600">No operator has asked for access yet.</p>
  return (
    <ul className="divide-y divide-slate-100">
      {sessions.map((session) => {
        const state = sessionState(session, now)
        const operator = session.operator.name
        return (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0 space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{operator}</span>
                <span className="text-slate-500">{session.operator.email}</span>
                <Badge tone={state.tone}>{state.label}</Badge>
                <Badge>{session.mode === 'read_write' ? 'Read-write' : 'Read-only'}</Badge>
              </p>
              <p className="break-words text-slate-700">
                {session.reason}
                {session.ticket && <span className="text-slate-500"> · ticket {session.ticket}</span>}
              </p>
              <p className="text-xs text-slate-500">
                Asked {formatDateTime(session.requestedAt)} for {session.durationMinutes} minutes
                {session.startedAt && ` · in since ${formatDateTime(session.startedAt)} until ${formatDateTime(session.endsAt!)}`}
                {session.decidedBy && ` · decided by ${session.decidedBy.name}`}
              </p>
            </div>
            {decide && state.waiting && <DecideRequest sessionId={session.id} operator={operator} />}
            {decide && state.live && <RevokeSession sessionId={session.id} operator={operator} />}
          </li>
        )
      })}
    </ul>
  )
}
