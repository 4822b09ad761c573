import Link from 'next/link'
import { formatTime } from '@/lib/format/date'
import type { supportNotice } from '@/lib/support/queries'

/** Tells a tenant admin on every page that an operator is inside, or that requests wait for them. */
export function SupportNotice({ notice }: { notice: Awaited<ReturnType<typeof supportNotice>> }) {
  if (notice.live.length === 0 && notice.waiting === 0) return null
  return (
    <div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      {notice.live.map((session) => (
        <p key={session.id} className="break-words">
          <strong className="font-semibold">{session.operator.name}</strong> (platform support) is in since {formatTime(session.startedAt!)}{' '}
          until {formatTime(session.endsAt!)} — {session.reason}
        </p>
      ))}
      {notice.waiting > 0 && (
        <p>
          {notice.waiting === 1 ? 'A request for support access waits' : `${notice.waiting} requests for support access wait`} for your
          answer.
        </p>
      )}
      <Link href="/settings/security" className="font-medium text-indigo-700 underline">
        Review support access
      </Link>
    </div>
  )
}
