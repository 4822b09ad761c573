import type { Db } from '@/lib/db/client'

/** The tenant's users with their role, status and last sign-in in this tenant, and their number of workspaces here. */
export async function tenantUsers(db: Db, tenantId: string) {
  const memberships = await db.tenantMembership.findMany({
    where: { tenantId },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          _count: { select: { workspaceMemberships: { where: { workspace: { tenantId } } } } },
        },
      },
    },
    orderBy: { user: { name: 'asc' } },
  })
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    status: m.status,
    workspaces: m.user._count.workspaceMemberships,
    lastSignInAt: m.lastSignInAt?.toISOString() ?? null,
  }))
}

export type TenantUserRow = Awaited<ReturnType<typeof tenantUsers>>[number]
