import { tenantRolesHoldingEverywhere, workspaceRolesHolding } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import type { Environment, Prisma, Release } from '@/lib/generated/prisma/client'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'

export const REVIEWER_RULES: Record<ReleaseReviewers, string> = {
  admins: 'Workspace admins and tenant admins',
  tenant_admins: 'Tenant admins only',
}

/**
 * The tenant memberships the rule lets review releases into the workspace now: active
 * people holding releases.review there (the roles come from the permission module, so
 * this is reviewsInto in SQL).
 */
function eligibleReviewers(
  place: { tenantId: string; workspaceId: string },
  reviewers: ReleaseReviewers,
): Prisma.TenantMembershipWhereInput {
  const workspaceRoles = reviewers === 'admins' ? workspaceRolesHolding('releases.review') : []
  return {
    tenantId: place.tenantId,
    status: 'ACTIVE',
    user: { status: 'ACTIVE' },
    OR: [
      { role: { in: tenantRolesHoldingEverywhere('releases.review') } },
      { user: { workspaceMemberships: { some: { workspaceId: place.workspaceId, role: { in: workspaceRoles } } } } },
    ],
  }
}

/** How many active people of the tenant the rule lets review releases into the workspace. */
export function eligibleReviewerCount(db: Db | Tx, place: { tenantId: string; workspaceId: string }, reviewers: ReleaseReviewers) {
  return db.tenantMembership.count({ where: eligibleReviewers(place, reviewers) })
}

/**
 * The approvals of a release that count now: given by someone the target's rule lets
 * review today (a reviewer since removed, disabled or demoted no longer counts), and not
 * by its author unless the target allows self-approval.
 */
export function countedApprovals(
  db: Db | Tx,
  release: Pick<Release, 'id' | 'authorId'>,
  target: Pick<Environment, 'tenantId' | 'workspaceId' | 'reviewers' | 'allowSelfApproval'>,
) {
  const notTheAuthor = !target.allowSelfApproval && release.authorId ? { reviewerId: { not: release.authorId } } : {}
  return db.releaseApproval.count({
    where: {
      releaseId: release.id,
      ...notTheAuthor,
      reviewer: { tenantMemberships: { some: eligibleReviewers(target, target.reviewers) } },
    },
  })
}
