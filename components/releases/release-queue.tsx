import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { formatDateTime } from '@/lib/format/date'
import type { QueuedRelease } from '@/lib/releases/queue'
import { ReleaseStatusBadge } from './badges'

/**
 * Releases as rows that open them: title, where it goes, what it changes, who wrote it and
 * how long it has waited; what the reader does next ("Approve", "Ready to apply") or its status.
 */
export function ReleaseQueue({ releases, empty, label }: { releases: QueuedRelease[]; empty: string; label: string }) {
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
