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

export const CHANGE_LABELS: Record<ReleaseChange | 'unchanged', string> = {
  new: 'New',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: 'Unchanged',
}
