import type { Environment, Release } from '@/lib/generated/prisma/client'
import type { ReleaseChange, ReleaseStatus } from '@/lib/generated/prisma/enums'

export const RELEASE_STATUS_LABELS: Record<ReleaseStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  applied: 'Applied',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  stale: 'Stale',
}

/**
 * Whether an applied release's content is what the environment holds now: its live release
 * (the releases list marks it), to which rolling back would change nothing.
 */
export const isLiveIn = (environment: Pick<Environment, 'contentHash'>, release: Pick<Release, 'status' | 'contentHash'>) =>
  release.status === 'applied' && release.contentHash === environment.contentHash

/** Statuses in which a release is still open: it can be edited, reviewed, refreshed or withdrawn. */
export const OPEN_RELEASE_STATUSES: readonly ReleaseStatus[] = ['draft', 'in_review', 'approved', 'stale']

/** Open and submitted: in front of reviewers, who may reject it. */
export const SUBMITTED_RELEASE_STATUSES: readonly ReleaseStatus[] = ['in_review', 'approved', 'stale']

export const CHANGE_LABELS: Record<ReleaseChange | 'unchanged', string> = {
  new: 'New',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: 'Unchanged',
}
