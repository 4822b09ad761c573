import { can, tenantRolesHoldingEverywhere, workspaceRolesHolding, type Actor } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import type { Environment } from '@/lib/generated/prisma/client'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'

export const REVIEWER_RULES: Record<ReleaseReviewers, string> = {
  admins: 'Workspace admins and tenant admins',
  tenant_admins: 'Tenant admins only',
}

/**
 * Whether the environment's review rule lets the actor review releases into it: "admins"
 * is everyone holding releases.review on the workspace, "tenant_admins" those holding it
 * across the tenant. The permission module decides both.
 */
export function reviewsInto(actor: Actor, environment: Pick<Environment, 'tenantId' | 'workspaceId' | 'reviewers'>): boolean {
  const tenantWide = { tenantId: environment.tenantId }
  const inWorkspace = { ...tenantWide, workspaceId: environment.workspaceId }
  return environment.reviewers === 'tenant_admins' ? can(actor, 'releases.review', tenantWide) : can(actor, 'releases.review', inWorkspace)
}

/** How many active people of the tenant the rule lets review releases into the workspace. */
export async function eligibleReviewerCount(
  db: Db | Tx,
  place: { tenantId: string; workspaceId: string },
  reviewers: ReleaseReviewers,
): Promise<number> {
  const tenantRoles = tenantRolesHoldingEverywhere('releases.review')
  const workspaceRoles = reviewers === 'admins' ? workspaceRolesHolding('releases.review') : []
  return db.tenantMembership.count({
    where: {
      tenantId: place.tenantId,
      status: 'ACTIVE',
      user: { status: 'ACTIVE' },
      OR: [
        { role: { in: tenantRoles } },
        { user: { workspaceMemberships: { some: { workspaceId: place.workspaceId, role: { in: workspaceRoles } } } } },
      ],
    },
  })
}
