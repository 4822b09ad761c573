import { Card } from '@/components/ui/card'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { formatDateTime } from '@/lib/format/date'
import type { recentWorkspaceActivity } from '@/lib/workspaces/queries'

type Activity = Awaited<ReturnType<typeof recentWorkspaceActivity>>

export function ActivityList({ events }: { events: Activity }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No activity recorded in this workspace yet.</p>
  return (
    <ol className="divide-y divide-slate-100" aria-label="Recent activity">
      {events.map((event) => (
        <li key={event.id} className="flex flex-col gap-0.5 py-2.5 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <span>
            <span className="font-medium text-slate-900">{event.actorName}</span>{' '}
            <span className="text-slate-700">{describeAuditEvent(event)}</span>
          </span>
          <span className="shrink-0 text-xs text-slate-500">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time> · #{event.seq}
          </span>
        </li>
      ))}
    </ol>
  )
}

/** The "Recent activity" card, for those allowed to read the workspace's audit entries (null otherwise). */
export function RecentActivityCard({ events }: { events: Activity | null }) {
  if (!events) return null
  return (
    <Card title="Recent activity" className="md:col-span-3">
      <ActivityList events={events} />
    </Card>
  )
}
