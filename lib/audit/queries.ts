import type { Db } from '@/lib/db/client'
import type { AuditEvent } from '@/lib/generated/prisma/client'
import { describeAuditEvent } from './describe'
import { auditWhere, type AuditFilters } from './filters'
import type { AuditScope } from './scope'

export const AUDIT_PAGE_SIZE = 50

/** What an entry is about, as people read it: a name, and the page that shows it when there is one. */
export interface AuditTarget {
  label: string
  href: string | null
}

export type NamedAuditEvent = AuditEvent & {
  actorName: string
  actorEmail: string | null
  workspaceName: string | null
  target: AuditTarget
}

const ids = (values: (string | null)[]) => [...new Set(values.filter((id): id is string => id !== null))]

function recordedEmail(data: AuditEvent['data']): string | null {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && typeof data.email === 'string' ? data.email : null
}

/** Names the actor, workspace and target of each entry; people link to their page only for those who may open it. */
async function withNames(db: Db, events: AuditEvent[], { linkPeople = false } = {}): Promise<NamedAuditEvent[]> {
  const userIds = ids(events.flatMap((e) => [e.actorId, e.targetType === 'user' ? e.targetId : null]))
  const workspaceIds = ids(events.flatMap((e) => [e.workspaceId, e.targetType === 'workspace' ? e.targetId : null]))
  const [users, workspaces] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, name: true } }),
  ])
  const userById = new Map(users.map((u) => [u.id, u]))
  const workspaceById = new Map(workspaces.map((w) => [w.id, w.name]))

  const targetOf = (event: AuditEvent): AuditTarget => {
    const id = event.targetId
    if (event.targetType === 'workspace' && workspaceById.has(id)) return { label: workspaceById.get(id)!, href: `/workspaces/${id}` }
    if (event.targetType === 'user' && userById.has(id))
      return { label: userById.get(id)!.name, href: linkPeople ? `/settings/users/${id}` : null }
    // An invitation is known by the address it was sent to; anything else by its kind and a short id.
    const email = recordedEmail(event.data)
    if (event.targetType === 'invitation' && email) return { label: `Invitation to ${email}`, href: null }
    return { label: `${event.targetType} ${id.slice(0, 8)}…`, href: null }
  }

  return events.map((event) => ({
    ...event,
    actorName: event.actorId ? (userById.get(event.actorId)?.name ?? 'Unknown user') : 'System',
    actorEmail: event.actorId ? (userById.get(event.actorId)?.email ?? null) : null,
    workspaceName: event.workspaceId ? (workspaceById.get(event.workspaceId) ?? 'Unknown workspace') : null,
    target: targetOf(event),
  }))
}

/** One page of the audit log, newest first. */
export async function auditPage(db: Db, scope: AuditScope, filters: AuditFilters, { linkPeople = false } = {}) {
  const where = auditWhere(scope, filters)
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { seq: 'desc' }, skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ])
  const rows = (await withNames(db, events, { linkPeople })).map((event) => ({
    id: event.id,
    seq: event.seq,
    createdAt: event.createdAt.toISOString(),
    actorName: event.actorName,
    action: event.action,
    description: describeAuditEvent(event),
    target: event.target,
    targetType: event.targetType,
    targetId: event.targetId,
    workspaceName: event.workspaceName,
    ip: event.ip,
    data: event.data,
  }))
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), rows }
}

export type AuditRow = Awaited<ReturnType<typeof auditPage>>['rows'][number]

/** What the filters offer: the tenant's workspaces (archived included) and the actors seen. */
export async function auditFilterOptions(db: Db, scope: AuditScope) {
  const visible = scope.workspaceIds === 'all' ? {} : { id: { in: scope.workspaceIds } }
  const [workspaces, actorRows] = await Promise.all([
    db.workspace.findMany({
      where: { tenantId: scope.tenantId, ...visible },
      select: { id: true, name: true, status: true },
      orderBy: { name: 'asc' },
    }),
    db.auditEvent.findMany({
      where: auditWhere(scope, { page: 1, category: 'everything' }),
      distinct: ['actorId'],
      select: { actorId: true },
    }),
  ])
  const actorIds = actorRows.map((r) => r.actorId).filter((id): id is string => id !== null)
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } })
  return { workspaces, actors }
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
