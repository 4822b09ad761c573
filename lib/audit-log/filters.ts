import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Db } from '@/lib/db/client'
import { calendarDay, entityId, firstValue, searchText } from '@/lib/validation'
import { AUDIT_CATEGORY_NAMES, categoryWhere } from './categories'
import type { AuditScope } from './scope'

/** The filters a person can set; each is checked on its own, so one typo drops only itself. */
const FILTER_FIELDS = {
  workspace: entityId,
  /** Who acted: part of a name or an email address (or a person's id, from a link). */
  actor: searchText(100).pipe(z.string().min(1, 'Type part of a name or an email address.')),
  category: z.enum(AUDIT_CATEGORY_NAMES, 'This is not a category of the audit log.'),
  action: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/, 'This is not an action of the audit log.'),
  from: calendarDay,
  to: calendarDay,
} as const

const FILTER_LABELS: Record<keyof typeof FILTER_FIELDS, string> = {
  workspace: 'workspace',
  actor: 'actor',
  category: 'category',
  action: 'action',
  from: '“From” date',
  to: '“To” date',
}

const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1)
const cursor = z.coerce
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1)
  .optional()
  .catch(undefined)

/**
 * The filters, the page number people see, and where the page starts: entries before
 * (older than) seq `before`, or after (newer than) seq `after`. Page links carry a cursor,
 * so a deep page costs what the first does; a bare `?page=` still works (by offset).
 */
export type AuditFilters = { -readonly [K in keyof typeof FILTER_FIELDS]?: z.output<(typeof FILTER_FIELDS)[K]> } & {
  page: number
  before?: number
  after?: number
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams

/**
 * The audit log's filters from the URL. A value that cannot be right (an impossible
 * date, a malformed id) is left out of the query and named in `problems`, so the page
 * can say what was ignored instead of failing.
 */
export function readAuditFilters(params: Params): { filters: AuditFilters; problems: string[] } {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : firstValue(params[key]))
  const filters: AuditFilters = { page: pageNumber.parse(get('page') ?? 1) }
  const before = cursor.parse(get('before'))
  const after = before === undefined ? cursor.parse(get('after')) : undefined
  if (before !== undefined) filters.before = before
  if (after !== undefined) filters.after = after
  const problems: string[] = []
  for (const key of Object.keys(FILTER_FIELDS) as (keyof typeof FILTER_FIELDS)[]) {
    const raw = get(key)
    if (!raw) continue
    const parsed = FILTER_FIELDS[key].safeParse(raw)
    if (parsed.success) Object.assign(filters, { [key]: parsed.data })
    else
      problems.push(
        `The ${FILTER_LABELS[key]} “${raw.replace(/[\p{Cc}\p{Cf}]/gu, '�').slice(0, 40)}” was ignored: ${parsed.error.issues[0]!.message}`,
      )
  }
  return { filters, problems }
}

export function parseAuditFilters(params: Params): AuditFilters {
  return readAuditFilters(params).filters
}

/** At most this many people match an actor search; the log then shows what any of them did. */
const MAX_MATCHING_ACTORS = 500

/**
 * The people an actor search means: the id itself, or those who acted in this tenant and
 * whose name or address contains the text (case-insensitive, as personMatching; served by
 * the trigram indexes, and by (tenantId, actorId, seq) for "acted here"). People who left
 * the tenant are found too: their entries stay in its log.
 */
async function matchingActorIds(db: Db, tenantId: string, actor: string): Promise<string[]> {
  if (entityId.safeParse(actor).success) return [actor]
  const contains = `%${actor.replace(/[\\%_]/g, '\\$&')}%`
  const people = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    WHERE (u.name ILIKE ${contains} OR u.email ILIKE ${contains})
      AND EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."tenantId" = ${tenantId} AND e."actorId" = u.id)
    LIMIT ${MAX_MATCHING_ACTORS}`
  return people.map((person) => person.id)
}

/**
 * The database condition for a scope and its filters. Dates are whole UTC days, both ends
 * included. An exact action is shown whatever the category; otherwise the category decides
 * (none: every change, sessions hidden). Every condition starts with the tenant, so the
 * (tenantId, …, seq) indexes serve it.
 */
export async function auditWhere(db: Db, scope: AuditScope, filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const workspaceFilter = filters.workspace ? [filters.workspace] : null
  const allowed = scope.workspaceIds === 'all' ? null : scope.workspaceIds
  const workspaceIds = workspaceFilter && allowed ? workspaceFilter.filter((id) => allowed.includes(id)) : (workspaceFilter ?? allowed)
  return {
    tenantId: scope.tenantId,
    ...(workspaceIds ? { workspaceId: { in: workspaceIds } } : {}),
    ...(filters.actor ? { actorId: { in: await matchingActorIds(db, scope.tenantId, filters.actor) } } : {}),
    ...(filters.action ? { action: filters.action } : categoryWhere(filters.category)),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00.000Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  }
}
