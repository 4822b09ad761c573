import { Badge } from '@/components/ui/badge'
import type { ReleaseChange, ReleaseStatus } from '@/lib/generated/prisma/enums'
import { CHANGE_LABELS, RELEASE_STATUS_LABELS } from '@/lib/releases/status'

const STATUS_TONES = {
  draft: 'neutral',
  in_review: 'amber',
  approved: 'amber',
  applied: 'indigo',
  rejected: 'neutral',
  withdrawn: 'neutral',
  stale: 'neutral',
} as const satisfies Record<ReleaseStatus, string>

const CHANGE_TONES = { new: 'green', changed: 'amber', removed: 'neutral', unchanged: 'neutral' } as const

/** A release's status, in the same words and colour on every page: amber while it waits for a reviewer. */
export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{RELEASE_STATUS_LABELS[status]}</Badge>
}

/** What a release does to one resource (New / Changed / Removed), or that it leaves it (Unchanged). */
export function ChangeBadge({ change }: { change: ReleaseChange | 'unchanged' }) {
  return <Badge tone={CHANGE_TONES[change]}>{CHANGE_LABELS[change]}</Badge>
}
