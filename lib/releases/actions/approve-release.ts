import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { ReleaseStatus } from '@/lib/generated/prisma/enums'
import { releaseApproved, releaseNote } from '../audit-events'
import { releaseOf } from '../load'
import { approvalTally } from '../reviewers'
import { releaseTargetInput, REVIEW_RELEASES } from '../schema'
import { requireApprover, requireStatus } from '../workflow'

/** Records one reviewer's approval; the release is approved once it has as many as its target requires. */
export const approveRelease = defineAction({
  name: 'release.approve',
  input: releaseTargetInput,
  ...REVIEW_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, ['in_review', 'approved'], 'approved')
    requireApprover(scope, release, target)
    const already = await tx.releaseApproval.findUnique({
      where: { releaseId_reviewerId: { releaseId: release.id, reviewerId: scope.actor.userId } },
    })
    if (already) refuse('ALREADY_APPROVED')
    await tx.releaseApproval.create({
      data: { tenantId: release.tenantId, workspaceId: release.workspaceId, releaseId: release.id, reviewerId: scope.actor.userId },
    })
    const { counted: approvals, required } = await approvalTally(tx, release, target)
    const status: ReleaseStatus = approvals >= required ? 'approved' : 'in_review'
    const updated = await tx.release.update({ where: { id: release.id }, data: { status } })
    scope.audit(releaseApproved, releaseNote(updated, { approvals, required }))
    return { id: release.id, status, approvals, required }
  },
})
