import { approvalStanding, reviewersWhere, type ApprovalRefusal } from '@/lib/authz/reviewers'
import type { Db, Tx } from '@/lib/db/client'
import type { Environment, Release } from '@/lib/generated/prisma/client'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'

export const REVIEWER_RULES: Record<ReleaseReviewers, string> = {
  admins: 'Workspace admins and tenant admins',
  tenant_admins: 'Tenant admins only',
}

/**
 * How many active people the rule lets review releases into the workspace (the rule itself
 * is lib/authz/reviewers.ts's, the one approving checks).
 */
export function eligibleReviewerCount(db: Db | Tx, place: { tenantId: string; workspaceId: string }, reviewers: ReleaseReviewers) {
  return db.user.count({ where: reviewersWhere({ tenantId: place.tenantId, workspaceId: place.workspaceId, reviewers }) })
}

type Target = Pick<Environment, 'tenantId' | 'workspaceId' | 'name' | 'reviewers' | 'allowSelfApproval' | 'requiredApprovals'>

/** One approval of a release and whether it counts now; when it does not, why, in words. */
export interface ApprovalStanding {
  id: string
  reviewerId: string
  reviewerName: string
  createdAt: Date
  counts: boolean
  /** Why it no longer counts, e.g. "they left the organisation"; null when it counts. */
  why: string | null
}

/** Why an approval no longer counts, from what changed about the person who gave it: "they left the organisation". */
function whyNot(refusal: ApprovalRefusal, reviewer: { status: string; tenantMemberships: { status: string }[] }, target: Target): string {
  if (refusal === 'SELF_APPROVAL') return `they wrote this release, and ${target.name} does not let authors approve their own`
  if (reviewer.status !== 'ACTIVE') return 'their account is disabled'
  const membership = reviewer.tenantMemberships[0]
  if (!membership) return 'they left the organisation'
  if (membership.status !== 'ACTIVE') return 'they are disabled in this organisation'
  return `they no longer review releases into ${target.name} (${REVIEWER_RULES[target.reviewers].toLowerCase()})`
}

/**
 * The approvals of a release and which of them count now: given by someone the target's
 * rule lets review today (a reviewer since removed, disabled or demoted no longer counts),
 * and not by its author unless the target allows self-approval. The one count: approving
 * and applying use it, and the release page shows it, so the page cannot say "1 of 1"
 * while applying answers APPROVALS_MISSING.
 */
export async function approvalTally(db: Db | Tx, release: Pick<Release, 'id' | 'authorId'>, target: Target) {
  const approvals = await db.releaseApproval.findMany({
    where: { releaseId: release.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      reviewerId: true,
      createdAt: true,
      reviewer: {
        select: { name: true, status: true, tenantMemberships: { where: { tenantId: target.tenantId }, select: { status: true } } },
      },
    },
  })
  const reviewers = approvals.length
    ? await db.user.findMany({
        where: { AND: [{ id: { in: approvals.map((approval) => approval.reviewerId) } }, reviewersWhere(target)] },
        select: { id: true },
      })
    : []
  const reviewing = new Set(reviewers.map((user) => user.id))
  const standings: ApprovalStanding[] = approvals.map(({ id, reviewerId, createdAt, reviewer }) => {
    const refusal = approvalStanding(reviewerId, reviewing.has(reviewerId), release, target)
    return {
      id,
      reviewerId,
      reviewerName: reviewer.name,
      createdAt,
      counts: refusal === null,
      why: refusal && whyNot(refusal, reviewer, target),
    }
  })
  return { approvals: standings, counted: standings.filter((standing) => standing.counts).length, required: target.requiredApprovals }
}

export type ApprovalTally = Awaited<ReturnType<typeof approvalTally>>
