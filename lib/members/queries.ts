import { z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { searchText } from '@/lib/validation'

export const PAGE_SIZES = [10, 25, 50, 100] as const
const SORTS = {
  name: (dir: Prisma.SortOrder) => ({ user: { name: dir } }),
  email: (dir: Prisma.SortOrder) => ({ user: { email: dir } }),
  role: (dir: Prisma.SortOrder) => ({ role: dir }),
  added: (dir: Prisma.SortOrder) => ({ createdAt: dir }),
} satisfies Record<string, (dir: Prisma.SortOrder) => Prisma.WorkspaceMembershipOrderByWithRelationInput>

/** The members table's state, as it appears in the URL (anything malformed falls back). */
export const membersQuery = z.object({
  q: searchText().default('').catch(''),
  sort: z.enum(['name', 'email', 'role', 'added']).default('name').catch('name'),
  dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).default(1).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .default(25)
    .catch(25),
})
export type MembersQuery = z.output<typeof membersQuery>

function matching(q: string): Prisma.WorkspaceMembershipWhereInput {
  return q ? { user: { OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }] } } : {}
}

/** One page of a workspace's members, searched, sorted and paginated in the database. */
export async function membersPage(db: Db, workspaceId: string, query: MembersQuery) {
  const where = { workspaceId, ...matching(query.q) }
  const [total, memberships] = await Promise.all([
    db.workspaceMembership.count({ where }),
    db.workspaceMembership.findMany({
      where,
      orderBy: [SORTS[query.sort](query.dir), { id: 'asc' }],
      skip: (query.page - 1) * query.size,
      take: query.size,
      include: { user: { select: { name: true, email: true } }, addedBy: { select: { name: true } } },
    }),
  ])
  return {
    total,
    pages: Math.max(1, Math.ceil(total / query.size)),
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
      ...(search
        ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }] }
        : {}),
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: 'asc' },
    take,
  })
}
