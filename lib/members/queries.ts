import { type z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { searchText } from '@/lib/validation'
import { listQuery, pageCount, pageWindow, personMatching } from '@/lib/listing/query'

const SORTS = {
  name: (dir: Prisma.SortOrder) => ({ user: { name: dir } }),
  email: (dir: Prisma.SortOrder) => ({ user: { email: dir } }),
  role: (dir: Prisma.SortOrder) => ({ role: dir }),
  added: (dir: Prisma.SortOrder) => ({ createdAt: dir }),
} satisfies Record<string, (dir: Prisma.SortOrder) => Prisma.WorkspaceMembershipOrderByWithRelationInput>

/** The members table's state, as it appears in the URL (lib/listing). */
export const membersQuery = listQuery(['name', 'email', 'role', 'added'])
export type MembersQuery = z.output<typeof membersQuery>

/** One page of a workspace's members, searched, sorted and paginated in the database. */
export async function membersPage(db: Db, workspaceId: string, query: MembersQuery) {
  const where = { workspaceId, ...(query.q ? { user: personMatching(query.q) } : {}) }
  const [total, memberships] = await Promise.all([
    db.workspaceMembership.count({ where }),
    db.workspaceMembership.findMany({
      where,
      orderBy: [SORTS[query.sort](query.dir), { id: 'asc' }],
      ...pageWindow(query),
      include: { user: { select: { name: true, email: true } }, addedBy: { select: { name: true } } },
    }),
  ])
  return {
    total,
    pages: pageCount(total, query),
    rows: memberships.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      addedAt: m.createdAt.toISOString(),
      addedBy: m.addedBy?.name ?? null,
    })),
  }
}

export type MemberRow = Awaited<ReturnType<typeof membersPage>>['rows'][number]

/** Active users of the tenant who are not yet members, matching a search. */
export async function memberCandidates(db: Db, tenantId: string, workspaceId: string, q: string, take = 8) {
  const search = searchText().parse(q)
  return db.user.findMany({
    where: {
      status: 'ACTIVE',
      tenantMemberships: { some: { tenantId, status: 'ACTIVE' } },
      workspaceMemberships: { none: { workspaceId } },
      ...personMatching(search),
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: 'asc' },
    take,
  })
}
