import type { Environment, Prisma, Release } from '@/lib/generated/prisma/client'
import { can, tenantRolesHoldingEverywhere, workspaceRolesHolding, type Actor, type Permission, type Resource } from './permissions'

// The one "may review" rule of releases lives here, in two forms that cannot drift apart
// because both come from the same scope and the same permission matrix: reviewsInto() for
// one actor (what approving, rejecting and applying check) and reviewersWhere() for a query
// over people (what counting approvals and eligible reviewers uses, lib/releases/reviewers.ts).

const REVIEW: Permission = 'releases.review'

type ReviewedTarget = Pick<Environment, 'tenantId' | 'workspaceId' | 'reviewers' | 'allowSelfApproval'>
type ReviewRule = Omit<ReviewedTarget, 'allowSelfApproval'>

/**
 * Where an environment's review rule asks for releases.review: "admins" in the workspace
 * (its admins and the tenant's), "tenant_admins" across the tenant (tenant roles only).
 */
function reviewScope(environment: ReviewRule): Resource {
  const tenantWide = { tenantId: environment.tenantId }
  return environment.reviewers === 'tenant_admins' ? tenantWide : { ...tenantWide, workspaceId: environment.workspaceId }
}

/** Whether an environment's review rule lets the actor review releases into it. */
export function reviewsInto(actor: Actor, environment: ReviewRule): boolean {
  return can(actor, REVIEW, reviewScope(environment))
}

/**
 * The same rule as a filter on users: the active people who hold releases.review on the
 * rule's scope now, by their roles (a tenant role holding it everywhere, or a workspace role holding it in the workspace when the rule
 * lets workspace roles review). What can() adds for a call rather than a person (an API
 * key's bounds, a pending two-factor enrolment) is not a matter of who reviews.
 */
export function reviewersWhere(environment: ReviewRule): Prisma.UserWhereInput {
  const scope = reviewScope(environment)
  const tenantRoles = tenantRolesHoldingEverywhere(REVIEW)
  const activeHere = { tenantId: scope.tenantId, status: 'ACTIVE' } as const
  const workspaceRoles = scope.workspaceId ? workspaceRolesHolding(REVIEW) : []
  return {
    status: 'ACTIVE',
    OR: [
      { tenantMemberships: { some: { ...activeHere, role: { in: tenantRoles } } } },
      ...(scope.workspaceId && workspaceRoles.length > 0
        ? [
            {
              tenantMemberships: { some: activeHere },
              workspaceMemberships: { some: { workspaceId: scope.workspaceId, role: { in: workspaceRoles } } },
            },
          ]
        : []),
    ],
  }
}

/** Whether the actor wrote the release (the author alone submits, edits, refreshes and withdraws it). */
export const isAuthorOf = (actor: Pick<Actor, 'userId'>, release: Pick<Release, 'authorId'>) => release.authorId === actor.userId

export type ApprovalRefusal = 'NOT_A_REVIEWER' | 'SELF_APPROVAL'

/**
 * Why an approval by `reviewerId` into `target` does not count, or null when it does:
 * given by a reviewer under the target's rule (`reviews`, from reviewsInto or
 * reviewersWhere), and not by the release's author unless the target allows that.
 */
export function approvalStanding(
  reviewerId: string,
  reviews: boolean,
  release: Pick<Release, 'authorId'>,
  target: Pick<ReviewedTarget, 'allowSelfApproval'>,
): ApprovalRefusal | null {
  if (!reviews) return 'NOT_A_REVIEWER'
  if (isAuthorOf({ userId: reviewerId }, release) && !target.allowSelfApproval) return 'SELF_APPROVAL'
  return null
}

/**
 * Why the actor may not approve (or apply) a release into `target`, or null when they
 * may: a reviewer under the target's rule, and not its author unless the target allows it.
 */
export function approvalRefusal(actor: Actor, release: Pick<Release, 'authorId'>, target: ReviewedTarget): ApprovalRefusal | null {
  return approvalStanding(actor.userId, reviewsInto(actor, target), release, target)
}
