import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { approvalRefusal, isAuthorOf } from '@/lib/authz/reviewers'
import type { Environment, Release } from '@/lib/generated/prisma/client'
import type { ReleaseStatus } from '@/lib/generated/prisma/enums'
import { RELEASE_STATUS_LABELS } from './status'

/** Refuses a step the release's status does not allow, e.g. "This release is applied: it cannot be edited." */
export function requireStatus(release: Release, allowed: readonly ReleaseStatus[], doing: string) {
  if (!allowed.includes(release.status)) {
    refuse('RELEASE_NOT_OPEN', `This release is ${RELEASE_STATUS_LABELS[release.status].toLowerCase()}: it cannot be ${doing}.`)
  }
}

/** The author alone submits, edits, refreshes and withdraws a release. */
export function requireAuthor(scope: ActionScope<unknown>, release: Release, doing: string) {
  if (!isAuthorOf(scope.actor, release)) refuse('FORBIDDEN', `Only the author of a release can ${doing} it.`)
}

/** Approving and applying: the target's reviewer rule, and never one's own unless it allows that (lib/authz/reviewers.ts). */
export function requireApprover(scope: ActionScope<unknown>, release: Release, target: Environment) {
  const refusal = approvalRefusal(scope.actor, release, target)
  if (refusal) refuse(refusal)
}

/** A submitted release waits for approvals, unless its target requires none. */
export const submittedStatus = (target: Environment): ReleaseStatus => (target.requiredApprovals === 0 ? 'approved' : 'in_review')
