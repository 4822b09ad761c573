import type { Environment, Release } from '@/lib/generated/prisma/client'
import { can, type Actor } from './permissions'

type ReviewedTarget = Pick<Environment, 'tenantId' | 'workspaceId' | 'reviewers' | 'allowSelfApproval'>

/**
 * Whether an environment's review rule lets the actor review releases into it: "admins"
 * is everyone holding releases.review on the workspace, "tenant_admins" those holding it
 * across the tenant.
 */
export function reviewsInto(actor: Actor, environment: Omit<ReviewedTarget, 'allowSelfApproval'>): boolean {
  const tenantWide = { tenantId: environment.tenantId }
  const inWorkspace = { ...tenantWide, workspaceId: environment.workspaceId }
  return can(actor, 'releases.review', environment.reviewers === 'tenant_admins' ? tenantWide : inWorkspace)
}

/** Whether the actor wrote the release (the author alone submits, edits, refreshes and withdraws it). */
export const isAuthorOf = (actor: Actor, release: Pick<Release, 'authorId'>) => release.authorId === actor.userId

/**
 * Why the actor may not approve (or apply) a release into `target`, or null when they
 * may: a reviewer under the target's rule, and not its author unless the target allows it.
 */
export function approvalRefusal(
  actor: Actor,
  release: Pick<Release, 'authorId'>,
  target: ReviewedTarget,
): 'NOT_A_REVIEWER' | 'SELF_APPROVAL' | null {
  if (!reviewsInto(actor, target)) return 'NOT_A_REVIEWER'
  if (isAuthorOf(actor, release) && !target.allowSelfApproval) return 'SELF_APPROVAL'
  return null
}
