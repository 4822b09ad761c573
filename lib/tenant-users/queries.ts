import type { Db } from '@/lib/db/client'

/** The tenant's users with their tenant role, status, number of workspaces and last sign-in. */
export async function tenantUsers(db: Db, tenantId: string) {
  const memberships = await db.tenantMembership.findMany({
    where: { tenantId },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          status: true,
          lastSignInAt: true,
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
    status: m.user.status,
    workspaces: m.user._count.workspaceMemberships,
    lastSignInAt: m.user.lastSignInAt?.toISOString() ?? null,
  }))
}

export type TenantUserRow = Awaited<ReturnType<typeof tenantUsers>>[number]
