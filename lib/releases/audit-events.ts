import { auditEvent, type AuditFields, type AuditNote } from '@/lib/audit/events'
import type { Release } from '@/lib/generated/prisma/client'

/** Every release entry names the release by its title. */
type Titled = { title: string }
/** The changes a release carries, as "kind:key". */
type Changes = { changes: string[] }

const releaseWords = (data: Titled) => `release "${data.title}"`

export const releaseDrafted = auditEvent(
  'release.drafted',
  'release',
  (data: Titled & Changes & { from: string; to: string }) => `drafted ${releaseWords(data)}`,
)

/** Submitted for review: when drafted and submitted at once, with what it carries; when a draft is submitted, its title alone. */
export const releaseSubmitted = auditEvent(
  'release.submitted',
  'release',
  (data: Titled & Partial<Changes & { from: string; to: string }>) => `submitted ${releaseWords(data)} for review`,
)

export const releaseEdited = auditEvent(
  'release.edited',
  'release',
  (data: Titled & { approvalsVoided: number }) =>
    `edited ${releaseWords(data)}${data.approvalsVoided > 0 ? ', voiding its approvals' : ''}`,
)

export const releaseApproved = auditEvent(
  'release.approved',
  'release',
  (data: Titled & { approvals: number; required: number }) => `approved ${releaseWords(data)} (${data.approvals} of ${data.required})`,
)

export const releaseRejected = auditEvent(
  'release.rejected',
  'release',
  (data: Titled & { reason: string }) => `rejected ${releaseWords(data)}`,
)

export const releaseWithdrawn = auditEvent('release.withdrawn', 'release', (data: Titled) => `withdrew ${releaseWords(data)}`)

export const releaseRefreshed = auditEvent(
  'release.refreshed',
  'release',
  (data: Titled & Changes & { approvalsVoided: number }) => `refreshed ${releaseWords(data)} against its target`,
)

export const releaseMarkedStale = auditEvent(
  'release.markedStale',
  'release',
  (data: Titled & { changedSinceDraft: string[] }) => `found ${releaseWords(data)} stale: its target changed since it was drafted`,
)

export const releaseRollbackProposed = auditEvent(
  'release.rollbackProposed',
  'release',
  (data: Titled & Changes & { to: string; rollbackOf: number | null }) =>
    `proposed ${releaseWords(data)}, rolling ${data.to} back to release #${String(data.rollbackOf)}`,
)

export const releaseApplied = auditEvent(
  'release.applied',
  'release',
  (data: Titled & Changes & { to: string; number: number; contentHash: string }) =>
    `applied ${releaseWords(data)} to ${data.to} as #${data.number}`,
)

/** The entry about a release: its id, its workspace, its title and what the event adds. */
export function releaseNote<Data extends AuditFields>(release: Release, data: Data): AuditNote<Titled & Data> {
  return { targetId: release.id, workspaceId: release.workspaceId, data: { title: release.title, ...data } }
}

export const RELEASE_AUDIT_EVENTS = [
  releaseDrafted,
  releaseSubmitted,
  releaseEdited,
  releaseApproved,
  releaseRejected,
  releaseWithdrawn,
  releaseRefreshed,
  releaseMarkedStale,
  releaseRollbackProposed,
  releaseApplied,
]
