import type { z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { listQuery, pageCount, pageWindow, personMatching } from '@/lib/listing/query'

const SORTS = {
  name: (dir: Prisma.SortOrder) => ({ user: { name: dir } }),
  email: (dir: Prisma.SortOrder) => ({ user: { email: dir } }),
  role: (dir: Prisma.SortOrder) => ({ role: dir }),
  status: (dir: Prisma.SortOrder) => ({ status: dir }),
  lastSignIn: (dir: Prisma.SortOrder) => ({ lastSignInAt: { sort: dir, nulls: dir === 'asc' ? 'first' : 'last' } }),
} satisfies Record<string, (dir: Prisma.SortOrder) => Prisma.TenantMembershipOrderByWithRelationInput>

/** The users table's state, as it appears in the URL (lib/listing). */
export const tenantUsersQuery = listQuery(['name', 'email', 'role', 'status', 'lastSignIn'])
export type TenantUsersQuery = z.output<typeof tenantUsersQuery>

/**
 * One page of the tenant's people, searched, sorted and paginated in the database: their
 * role, status and last sign-in in this tenant, and their number of workspaces here.
 */
export async function tenantUsersPage(db: Db, tenantId: string, query: TenantUsersQuery) {
  const where: Prisma.TenantMembershipWhereInput = { tenantId, ...(query.q ? { user: personMatching(query.q) } : {}) }
  const [total, memberships] = await Promise.all([
    db.tenantMembership.count({ where }),
    db.tenantMembership.findMany({
      where,
      orderBy: [SORTS[query.sort](query.dir), { userId: 'asc' }],
      ...pageWindow(query),
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
    }),
  ])
  return {
    total,
    pages: pageCount(total, query),
    rows: memberships.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      status: m.status,
      workspaces: m.user._count.workspaceMemberships,
      lastSignInAt: m.lastSignInAt?.toISOString() ?? null,
    })),
  }
}

export type TenantUserRow = Awaited<ReturnType<typeof tenantUsersPage>>['rows'][number]
