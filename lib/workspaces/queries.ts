import type { Db } from '@/lib/db/client'

export async function recentWorkspaceActivity(db: Db, workspaceId: string, take = 10) {
  const events = await db.auditEvent.findMany({ where: { workspaceId }, orderBy: { createdAt: 'desc' }, take })
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))]
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  return events.map((event) => ({ ...event, actorName: event.actorId ? (names.get(event.actorId) ?? 'Unknown user') : 'System' }))
}

export async function workspaceOverview(db: Db, workspaceId: string) {
  const [environments, memberCount, activity] = await Promise.all([
    db.environment.findMany({ where: { workspaceId }, orderBy: { position: 'asc' } }),
    db.workspaceMembership.count({ where: { workspaceId } }),
    recentWorkspaceActivity(db, workspaceId),
  ])
  return { environments, memberCount, activity }
}
