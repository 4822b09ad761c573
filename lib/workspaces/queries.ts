import type { Db } from '@/lib/db/client'

/** Session events are in the audit log but are not changes to a workspace. */
const SESSION_ACTIONS = ['workspace.switched', 'session.signedIn', 'session.signInFailed', 'session.signedOut']

export async function recentWorkspaceActivity(db: Db, workspace: { id: string; tenantId: string }, take = 10) {
  const events = await db.auditEvent.findMany({
    where: { tenantId: workspace.tenantId, workspaceId: workspace.id, action: { notIn: SESSION_ACTIONS } },
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
    db.environment.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: 'asc' } }),
    withActivity ? recentWorkspaceActivity(db, workspace) : null,
  ])
  return { environments, activity }
}

/** Every workspace of a tenant, with what the workspaces list shows. */
export async function tenantWorkspaces(db: Db, tenantId: string) {
  const workspaces = await db.workspace.findMany({
    where: { tenantId },
    orderBy: { name: 'asc' },
    include: { _count: { select: { memberships: true, environments: true } } },
  })
  return workspaces.map((w) => ({
    id: w.id,
    name: w.name,
    slug: w.slug,
    color: w.color,
    status: w.status,
    isDefault: w.isDefault,
    memberCount: w._count.memberships,
    environmentCount: w._count.environments,
    createdAt: w.createdAt.toISOString(),
  }))
}

export type WorkspaceRow = Awaited<ReturnType<typeof tenantWorkspaces>>[number]

export async function workspaceMembersSummary(db: Db, workspaceId: string, take = 5) {
  const [count, members] = await Promise.all([
    db.workspaceMembership.count({ where: { workspaceId } }),
    db.workspaceMembership.findMany({
      where: { workspaceId },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      take,
      include: { user: { select: { name: true, email: true } } },
    }),
  ])
  return { count, members: members.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email, role: m.role })) }
}
