import type { Actor } from '@/lib/authz/permissions'
import type { Environment, Release } from '@/lib/generated/prisma/client'
import { approvalRefusal, isAuthorOf, reviewsInto } from '@/lib/authz/reviewers'
import { isLiveIn, OPEN_RELEASE_STATUSES as OPEN, SUBMITTED_RELEASE_STATUSES } from './status'

/**
 * Which steps of a release to offer someone (convenience: every action checks again).
 * `may` answers the permission module for the release's workspace; `approvedByActor`, whether
 * they approved it already (Approve is not offered twice).
 */
export function releaseControls(
  actor: Actor,
  release: Release,
  target: Environment,
  may: (permission: 'releases.propose' | 'releases.review') => boolean,
  approvedByActor = false,
) {
  const proposes = may('releases.propose') && isAuthorOf(actor, release)
  const reviews = may('releases.review') && reviewsInto(actor, target)
  const mayApprove = may('releases.review') && approvalRefusal(actor, release, target) === null
  return {
    submit: proposes && release.status === 'draft',
    edit: proposes && OPEN.includes(release.status),
    approve: mayApprove && !approvedByActor && (release.status === 'in_review' || release.status === 'approved'),
    reject: reviews && SUBMITTED_RELEASE_STATUSES.includes(release.status),
    apply: mayApprove && release.status === 'approved',
    withdraw: proposes && OPEN.includes(release.status),
    refresh: proposes && OPEN.includes(release.status),
    // Rolling back to the content the target holds now would change nothing.
    rollback: may('releases.propose') && release.status === 'applied' && !isLiveIn(target, release),
  }
}
