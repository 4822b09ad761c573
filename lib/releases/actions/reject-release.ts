import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { reviewsInto } from '@/lib/authz/reviewers'
import { multilineText } from '@/lib/validation'
import { releaseNote, releaseRejected } from '../audit-events'
import { releaseOf } from '../load'
import { releaseTargetInput, REVIEW_RELEASES } from '../schema'
import { SUBMITTED_RELEASE_STATUSES } from '../status'
import { requireStatus } from '../workflow'

export const rejectReleaseInput = releaseTargetInput.extend({
  reason: multilineText({ max: 1000 }).pipe(z.string().min(1, 'Say why, so the author knows what to change.')),
})

/** Rejects a submitted release with a reason for its author. */
export const rejectRelease = defineAction({
  name: 'release.reject',
  input: rejectReleaseInput,
  ...REVIEW_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, SUBMITTED_RELEASE_STATUSES, 'rejected')
    if (!reviewsInto(scope.actor, target)) refuse('NOT_A_REVIEWER')
    const updated = await tx.release.update({
      where: { id: release.id },
      data: { status: 'rejected', rejectionReason: scope.input.reason },
    })
    scope.audit(releaseRejected, releaseNote(updated, { reason: scope.input.reason }))
    return { id: release.id, status: updated.status }
  },
})
