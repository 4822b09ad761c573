import type { Db } from '@/lib/db/client'
import type { AuditEvent, Prisma } from '@/lib/generated/prisma/client'
import { countFromHead } from './categories'
import { verifySinceMark } from '@/lib/audit/verified-mark'
import { describeAuditEvent } from './describe'
import { auditWhere, type AuditFilters } from './filters'
import type { AuditScope } from './scope'
import { isResourceKind, resourceLabel } from '@/lib/resources/kinds'

const TARGET_LABELS: Record<'environment' | 'release' | 'resource' | 'credential' | 'apiKey', string> = {
  environment: 'Environment',
  release: 'Release',
  resource: 'Resource',
  credential: 'Credential',
  apiKey: 'API key',
}

export const AUDIT_PAGE_SIZE = 50

/** What the head row says: the newest link and how many entries (and session entries) the chain holds. */
export type AuditHeadCounts = { seq: number; hash: string; sessionEntries: number }

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

/** The kinds of content an entry can be about that have a page of their own, read by id in the one names statement. */
const CONTENT_TARGETS = ['environment', 'release', 'resource', 'credential', 'apiKey'] as const
type ContentTarget = (typeof CONTENT_TARGETS)[number]
const isContentTarget = (type: string): type is ContentTarget => (CONTENT_TARGETS as readonly string[]).includes(type)

/** Content on a tenant-wide page: named and linked only for those who may read that page (AuditReadable). */
const TENANT_PAGES: Partial<Record<ContentTarget, string>> = { credential: '/settings/providers', apiKey: '/settings/api-keys' }

/** What the reader may open, as the page asks lib/authz: people's pages, the credentials page, the API keys page. */
export interface AuditReadable {
  people?: boolean
  credential?: boolean
  apiKey?: boolean
}

type NameRow = {
  kind: 'user' | 'workspace' | ContentTarget
  id: string
  name: string
  email: string | null
  detail: string | null
  href: string | null
}

/**
 * Names the actor, workspace and target of each entry (people, workspaces and every content
 * kind by their name now, with a link to their page); people and tenant-wide pages link only
 * for those who may open them.
 */
async function withNames(db: Db, events: AuditEvent[], readable: AuditReadable = {}): Promise<NamedAuditEvent[]> {
  const userIds = ids(events.flatMap((e) => [e.actorId, e.targetType === 'user' ? e.targetId : null]))
  const workspaceIds = ids(events.flatMap((e) => [e.workspaceId, e.targetType === 'workspace' ? e.targetId : null]))
  const targetsOf = (kind: ContentTarget) => ids(events.map((e) => (e.targetType === kind ? e.targetId : null)))
  // Every name in one statement.
  const names = await db.$queryRaw<NameRow[]>`
    SELECT 'user' AS kind, id, name, email, NULL AS detail, NULL AS href FROM "User" WHERE id = ANY(${userIds}::text[])
    UNION ALL
    SELECT 'workspace', id, name, NULL, NULL, NULL FROM "Workspace" WHERE id = ANY(${workspaceIds}::text[])
    UNION ALL
    SELECT 'environment', e.id, e.name, NULL, NULL, '/workspaces/' || e."workspaceId" || '/environments/' || e.slug
      FROM "Environment" e WHERE e.id = ANY(${targetsOf('environment')}::text[])
    UNION ALL
    SELECT 'release', r.id, r.title, NULL, NULL, '/workspaces/' || r."workspaceId" || '/environments/' || e.slug || '/releases/' || r.id
      FROM "Release" r JOIN "Environment" e ON e.id = r."targetEnvironmentId" WHERE r.id = ANY(${targetsOf('release')}::text[])
    UNION ALL
    SELECT 'resource', x.id, COALESCE(x.spec->>'name', x.key), NULL, x.kind::text,
      '/workspaces/' || x."workspaceId" || '/environments/' || e.slug || '/resources/' || x.kind::text || '/' || x.key
      FROM "Resource" x JOIN "Environment" e ON e.id = x."environmentId" WHERE x.id = ANY(${targetsOf('resource')}::text[])
    UNION ALL
    SELECT 'credential', id, name, NULL, NULL, NULL FROM "ProviderCredential" WHERE id = ANY(${targetsOf('credential')}::text[])
    UNION ALL
    SELECT 'apiKey', id, name, NULL, NULL, NULL FROM "ApiKey" WHERE id = ANY(${targetsOf('apiKey')}::text[])`
  const userById = new Map(names.filter((n) => n.kind === 'user').map((u) => [u.id, u]))
  const workspaceById = new Map(names.filter((n) => n.kind === 'workspace').map((w) => [w.id, w.name]))
  const contentById = new Map(names.filter((n) => isContentTarget(n.kind)).map((n) => [`${n.kind}:${n.id}`, n]))

  const targetOf = (event: AuditEvent): AuditTarget => {
    const id = event.targetId
    if (event.targetType === 'workspace' && workspaceById.has(id)) return { label: workspaceById.get(id)!, href: `/workspaces/${id}` }
    if (event.targetType === 'user' && userById.has(id))
      return { label: userById.get(id)!.name, href: readable.people ? `/settings/users/${id}` : null }
    const kind = isContentTarget(event.targetType) ? event.targetType : null
    const content = kind && contentById.get(`${kind}:${id}`)
    const tenantPage = kind && TENANT_PAGES[kind]
    if (kind && content && (!tenantPage || readable[kind as keyof AuditReadable])) {
      const label =
        content.detail && isResourceKind(content.detail)
          ? resourceLabel(content.detail, content.name)
          : `${TARGET_LABELS[kind]} ${content.name}`
      return { label, href: tenantPage || content.href }
    }
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

/** Where the page's neighbours start: a cursor (seq) and their page number, or null at either end. */
export interface AuditPageLinks {
  newer: { after: number; page: number } | null
  older: { before: number; page: number } | null
}

/**
 * One page of the audit log, newest first. Pages are read by keyset from the cursor the
 * link carries (`before`/`after` a seq), so a deep page costs what the first does; a
 * bare page number (an old link) is read by offset.
 */
export async function auditPage(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  { readable = {}, head }: { readable?: AuditReadable; head?: AuditHeadCounts | null } = {},
) {
  const where = await auditWhere(db, scope, filters)
  const [total, { events, number, links }] = await Promise.all([
    countEntries(db, scope, filters, where, head),
    pageOfEntries(db, where, filters),
  ])
  const rows = (await withNames(db, events, readable)).map((event) => ({
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
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), number, rows, links }
}

async function pageOfEntries(db: Db, where: Prisma.AuditEventWhereInput, filters: AuditFilters) {
  const take = AUDIT_PAGE_SIZE + 1 // one more tells whether there is a page beyond
  const { page } = filters
  if (filters.after !== undefined) {
    const newerFirst = await db.auditEvent.findMany({
      where: { AND: [where, { seq: { gt: filters.after } }] },
      orderBy: { seq: 'asc' },
      take,
    })
    const events = newerFirst.slice(0, AUDIT_PAGE_SIZE).reverse()
    const atNewest = newerFirst.length <= AUDIT_PAGE_SIZE || page <= 1
    const number = atNewest ? 1 : page
    return { events, number, links: linksAround(events, number, !atNewest, true) }
  }
  const fromCursor = filters.before !== undefined
  const olderFirst = await db.auditEvent.findMany({
    where: fromCursor ? { AND: [where, { seq: { lt: filters.before } }] } : where,
    orderBy: { seq: 'desc' },
    skip: fromCursor ? 0 : (page - 1) * AUDIT_PAGE_SIZE,
    take,
  })
  const events = olderFirst.slice(0, AUDIT_PAGE_SIZE)
  return { events, number: page, links: linksAround(events, page, page > 1, olderFirst.length > AUDIT_PAGE_SIZE) }
}

function linksAround(events: AuditEvent[], page: number, hasNewer: boolean, hasOlder: boolean): AuditPageLinks {
  const first = events[0]
  const last = events.at(-1)
  return {
    newer: hasNewer && first ? { after: first.seq, page: page - 1 } : null,
    older: hasOlder && last ? { before: last.seq, page: page + 1 } : null,
  }
}

/** How many entries match: from the chain's head when only a category narrows the log, else counted. */
async function countEntries(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  where: Prisma.AuditEventWhereInput,
  knownHead?: AuditHeadCounts | null,
) {
  const onlyByCategory =
    scope.workspaceIds === 'all' && !filters.workspace && !filters.actor && !filters.action && !filters.from && !filters.to
  if (onlyByCategory) {
    const head = knownHead !== undefined ? knownHead : await db.auditHead.findUnique({ where: { tenantId: scope.tenantId } })
    const fromHead = countFromHead(filters.category, head ?? { seq: 0, sessionEntries: 0 })
    if (fromHead !== null) return fromHead
  }
  return db.auditEvent.count({ where })
}

export type AuditRow = Awaited<ReturnType<typeof auditPage>>['rows'][number]

/** What the filters offer: the tenant's workspaces the reader may see, archived included (the actor is a search box). */
export async function auditFilterOptions(db: Db, scope: AuditScope) {
  const visible = scope.workspaceIds === 'all' ? {} : { id: { in: scope.workspaceIds } }
  const workspaces = await db.workspace.findMany({
    where: { tenantId: scope.tenantId, ...visible },
    select: { id: true, name: true, status: true },
    orderBy: { name: 'asc' },
  })
  return { workspaces }
}

/**
 * What the audit page shows: a page of entries, the filters' choices and, for readers of
 * the whole tenant, the chain's verification. For them the head row is read once, for the
 * count and for the verification (which reads up to it).
 */
export async function auditLogView(db: Db, auditKey: string, scope: AuditScope, filters: AuditFilters, readable: AuditReadable = {}) {
  // Only readers of the whole tenant count from the head or verify the chain.
  const wholeTenant = scope.workspaceIds === 'all'
  const head = wholeTenant ? await db.auditHead.findUnique({ where: { tenantId: scope.tenantId } }) : null
  const [page, options, verification] = await Promise.all([
    auditPage(db, scope, filters, { readable, head }),
    auditFilterOptions(db, scope),
    wholeTenant ? verifySinceMark(db, auditKey, scope.tenantId, head) : null,
  ])
  return { page, options, verification }
}

/**
 * Every entry matching the filters, oldest first, read in pages of `batch` by seq (a
 * keyset, so memory stays flat however long the log is).
 */
export async function* auditEntries(db: Db, scope: AuditScope, filters: AuditFilters, batch = 1000): AsyncGenerator<NamedAuditEvent> {
  const where = await auditWhere(db, scope, filters)
  let after = 0
  for (;;) {
    const events = await db.auditEvent.findMany({ where: { ...where, seq: { gt: after } }, orderBy: { seq: 'asc' }, take: batch })
    if (events.length === 0) return
    yield* await withNames(db, events)
    after = events.at(-1)!.seq
    if (events.length < batch) return
  }
}
