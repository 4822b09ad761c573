import Link from 'next/link'
import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { formatDateTime } from '@/lib/format/date'
import type { QueuedRelease } from '@/lib/releases/queue'
import { ReleaseStatusBadge } from './badges'

const QUEUES = {
  waiting: { title: 'Waiting for your review', empty: 'Nothing waits for your review.' },
  own: { title: 'Your releases', empty: 'You have no open release. Propose one from an environment’s Compare page.' },
} as const

/** One of a person's two queues in its card, "Waiting for your review (3)": all of it, or its first `limit` rows with a link to the rest. */
export function ReleaseQueueCard({
  queue,
  releases,
  limit,
  action,
  className,
}: {
  queue: keyof typeof QUEUES
  releases: QueuedRelease[]
  limit?: number
  action?: ReactNode
  className?: string
}) {
  const { title, empty } = QUEUES[queue]
  return (
    <Card title={`${title} (${releases.length})`} className={className} action={action}>
      <ReleaseQueue releases={limit ? releases.slice(0, limit) : releases} label={title} empty={empty} />
    </Card>
  )
}

/**
 * Releases as rows that open them: title, where it goes, what it changes, who wrote it and
 * how long it has waited; what the reader does next ("Approve", "Ready to apply") or its status.
 */
function ReleaseQueue({ releases, empty, label }: { releases: QueuedRelease[]; empty: string; label: string }) {
  if (releases.length === 0) return <p className="text-sm text-slate-500">{empty}</p>
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {releases.map((release) => (
        <li key={release.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 py-3 text-sm">
          <span className="min-w-0 flex-1">
            <Link href={release.href} className="font-medium break-words text-indigo-700 hover:underline">
              {release.title}
            </Link>
            <span className="block text-xs text-slate-600">
              {release.workspace} / {release.target}
              {release.targetProtected && ' (protected)'} · {release.changes}
            </span>
            <span className="block text-xs text-slate-500">
              by {release.author} ·{' '}
              <time dateTime={release.since.toISOString()} title={formatDateTime(release.since)}>
                {release.age} ago
              </time>
            </span>
          </span>
          {release.next === 'approve' ? (
            <Badge tone="amber">Approve</Badge>
          ) : release.next === 'apply' ? (
            <Badge tone="green">Ready to apply</Badge>
          ) : (
            <ReleaseStatusBadge status={release.status} />
          )}
        </li>
      ))}
    </ul>
  )
}
