import { tenantRolesHoldingEverywhere, workspaceRolesHolding } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'

export const REVIEWER_RULES: Record<ReleaseReviewers, string> = {
  admins: 'Workspace admins and tenant admins',
  tenant_admins: 'Tenant admins only',
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
