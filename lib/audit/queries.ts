import type { Db } from '@/lib/db/client'
import type { AuditEvent } from '@/lib/generated/prisma/client'
import { describeAuditEvent } from './describe'
import { auditWhere, type AuditFilters } from './filters'
import type { AuditScope } from './scope'

export const AUDIT_PAGE_SIZE = 50

export type NamedAuditEvent = AuditEvent & { actorName: string; actorEmail: string | null; workspaceName: string | null }

async function withNames(db: Db, events: AuditEvent[]): Promise<NamedAuditEvent[]> {
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))]
  const workspaceIds = [...new Set(events.map((e) => e.workspaceId).filter((id): id is string => id !== null))]
  const [actors, workspaces] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
    db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, name: true } }),
  ])
  const actorById = new Map(actors.map((a) => [a.id, a]))
  const workspaceById = new Map(workspaces.map((w) => [w.id, w.name]))
  return events.map((event) => ({
    ...event,
    actorName: event.actorId ? (actorById.get(event.actorId)?.name ?? 'Unknown user') : 'System',
    actorEmail: event.actorId ? (actorById.get(event.actorId)?.email ?? null) : null,
    workspaceName: event.workspaceId ? (workspaceById.get(event.workspaceId) ?? 'Unknown workspace') : null,
  }))
}

/** One page of the audit log, newest first. */
export async function auditPage(db: Db, scope: AuditScope, filters: AuditFilters) {
  const where = auditWhere(scope, filters)
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { seq: 'desc' }, skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ])
  const rows = (await withNames(db, events)).map((event) => ({
    id: event.id,
    seq: event.seq,
    createdAt: event.createdAt.toISOString(),
    actorName: event.actorName,
    action: event.action,
    description: describeAuditEvent(event),
    target: `${event.targetType} ${event.targetId}`,
    workspaceName: event.workspaceName,
    ip: event.ip,
    data: event.data,
  }))
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), rows }
}

export type AuditRow = Awaited<ReturnType<typeof auditPage>>['rows'][number]

/** What the filters offer: the tenant's workspaces (archived included), actors and action types seen. */
export async function auditFilterOptions(db: Db, scope: AuditScope) {
  const visible = scope.workspaceIds === 'all' ? {} : { id: { in: scope.workspaceIds } }
  const [workspaces, actorRows, actionRows] = await Promise.all([
    db.workspace.findMany({
      where: { tenantId: scope.tenantId, ...visible },
      select: { id: true, name: true, status: true },
      orderBy: { name: 'asc' },
    }),
    db.auditEvent.findMany({ where: auditWhere(scope, { page: 1 }), distinct: ['actorId'], select: { actorId: true } }),
    db.auditEvent.findMany({
      where: auditWhere(scope, { page: 1 }),
      distinct: ['action'],
      select: { action: true },
      orderBy: { action: 'asc' },
    }),
  ])
  const actorIds = actorRows.map((r) => r.actorId).filter((id): id is string => id !== null)
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } })
  return { workspaces, actors, actions: actionRows.map((r) => r.action) }
}

/**
 * Every entry matching the filters, oldest first, read in pages of `batch` by seq (a
 * keyset, so memory stays flat however long the log is).
 */
export async function* auditEntries(db: Db, scope: AuditScope, filters: AuditFilters, batch = 1000): AsyncGenerator<NamedAuditEvent> {
  const where = auditWhere(scope, filters)
  let after = 0
  for (;;) {
    const events = await db.auditEvent.findMany({ where: { ...where, seq: { gt: after } }, orderBy: { seq: 'asc' }, take: batch })
    if (events.length === 0) return
    yield* await withNames(db, events)
    after = events.at(-1)!.seq
    if (events.length < batch) return
  }
}
