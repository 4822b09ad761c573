'use client'

import { useAction } from '@/components/actions/use-action'
import { formatTime } from '@/lib/format/date'

/**
 * On every page while a platform operator works inside an organisation through a support
 * session: where, until when, why, and the way out.
 */
export function SupportBanner({
  organisation,
  sessionId,
  endsAt,
  reason,
  mode,
}: {
  organisation: string
  sessionId: string
  endsAt: string
  reason: string
  mode: 'read_only' | 'read_write'
}) {
  const end = useAction('support.end', { confirm: () => `Your support access to ${organisation} has ended.` })
  return (
    <div
      role="status"
      className="sticky top-0 z-10 -mx-4 -mt-6 mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 md:-mx-8 md:-mt-8 md:px-8"
    >
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">
          Support access for {organisation} until {formatTime(endsAt)}
        </strong>{' '}
        ({mode === 'read_write' ? 'read-write' : 'read-only'}) — <span className="break-words">{reason}</span>
      </p>
      <button
        type="button"
        disabled={end.pending}
        onClick={() => void end.run({ sessionId })}
        className="rounded-md border border-amber-400 bg-surface px-3 py-1 font-medium text-amber-900 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-60"
      >
        {end.pending ? 'Ending…' : 'End now'}
      </button>
      {end.formError && <p className="w-full text-red-700">{end.formError}</p>}
    </div>
  )
}
