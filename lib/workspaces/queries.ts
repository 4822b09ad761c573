import { workspaceEnvironments } from '@/lib/environments/queries'
import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { WorkspaceRole } from '@/lib/generated/prisma/enums'
import { listQuery, pageCount, pageWindow } from '@/lib/listing/query'
import type { Db } from '@/lib/db/client'
import { categoryWhere } from '@/lib/audit-log/categories'

/** A workspace's latest changes (sign-ins and switches are in the audit log but are not changes). */
export async function recentWorkspaceActivity(db: Db, workspace: { id: string; tenantId: string }, take = 10) {
  const events = await db.auditEvent.findMany({
    where: { tenantId: workspace.tenantId, workspaceId: workspace.id, ...categoryWhere(undefined) },
    orderBy: { seq: 'desc' },
    take,
  })
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))]
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  return events.map((event) => ({ ...event, actorName: event.actorId ? (names.get(event.actorId) ?? 'Unknown user') : 'System' }))
}

/**
 * What a workspace's overview shows. Its recent activity is part of the audit log, so it
 * is loaded only for someone who may read that workspace's audit entries.
 */
export async function workspaceOverview(db: Db, workspace: { id: string; tenantId: string }, { withActivity }: { withActivity: boolean }) {
  const [environments, activity] = await Promise.all([
    workspaceEnvironments(db, workspace.id),
    withActivity ? recentWorkspaceActivity(db, workspace) : null,
  ])
  return { environments, activity }
}

const SORTS = {
  name: (dir: Prisma.SortOrder) => ({ name: dir }),
  members: (dir: Prisma.SortOrder) => ({ memberships: { _count: dir } }),
  created: (dir: Prisma.SortOrder) => ({ createdAt: dir }),
} satisfies Record<string, (dir: Prisma.SortOrder) => Prisma.WorkspaceOrderByWithRelationInput>

export const WORKSPACE_STATUS_FILTERS = { active: 'Active', archived: 'Archived', all: 'All' } as const

/** The workspaces list's state in the URL (lib/listing), plus the status shown (active by default). */
export const workspacesQuery = listQuery(['name', 'members', 'created']).extend({
  status: z.enum(['active', 'archived', 'all']).default('active').catch('active'),
})
export type WorkspacesQuery = z.output<typeof workspacesQuery>

/** One page of a tenant's workspaces (search by name or slug, status, sort), with what the list shows. */
export async function tenantWorkspacesPage(db: Db, tenantId: string, query: WorkspacesQuery) {
  const where: Prisma.WorkspaceWhereInput = {
    tenantId,
    ...(query.status === 'all' ? {} : { status: query.status === 'active' ? 'ACTIVE' : 'ARCHIVED' }),
    ...(query.q
      ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { slug: { contains: query.q, mode: 'insensitive' } }] }
      : {}),
  }
  const [total, workspaces] = await Promise.all([
    db.workspace.count({ where }),
    db.workspace.findMany({
      where,
      orderBy: [SORTS[query.sort](query.dir), { id: 'asc' }],
      ...pageWindow(query),
      include: { _count: { select: { memberships: true, environments: true } } },
    }),
  ])
  return {
    total,
    pages: pageCount(total, query),
    rows: workspaces.map((w) => ({
      id: w.id,
      name: w.name,
      slug: w.slug,
      color: w.color,
      status: w.status,
      isDefault: w.isDefault,
      memberCount: w._count.memberships,
      environmentCount: w._count.environments,
      createdAt: w.createdAt.toISOString(),
    })),
  }
}

export type WorkspaceRow = Awaited<ReturnType<typeof tenantWorkspacesPage>>['rows'][number]

/**
 * How many people a workspace has and the first few of them (admins first): one statement,
 * since the overview, where everyone lands, shows it within its budget of statements.
 */
export async function workspaceMembersSummary(db: Db, workspaceId: string, take = 5) {
  // The count is its own sub-select: a window count would join every member to their account first.
  const rows = await db.$queryRaw<{ id: string; name: string; email: string; role: WorkspaceRole; total: number }[]>`
    SELECT m.id, u.name, u.email, m.role::text AS role,
      (SELECT count(*)::int FROM "WorkspaceMembership" c WHERE c."workspaceId" = ${workspaceId}) AS total
    FROM (SELECT * FROM "WorkspaceMembership" WHERE "workspaceId" = ${workspaceId} ORDER BY role, "createdAt", id LIMIT ${take}) m
    JOIN "User" u ON u.id = m."userId"
    ORDER BY m.role, m."createdAt", m.id`
  return { count: rows[0]?.total ?? 0, members: rows.map(({ total: _total, ...member }) => member) }
}
