import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import { calendarDay, entityId, firstValue } from '@/lib/validation'
import { AUDIT_CATEGORY_NAMES, categoryWhere } from './categories'
import type { AuditScope } from './scope'

/** The filters a person can set; each is checked on its own, so one typo drops only itself. */
const FILTER_FIELDS = {
  workspace: entityId,
  actor: entityId,
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

export type AuditFilters = { -readonly [K in keyof typeof FILTER_FIELDS]?: z.output<(typeof FILTER_FIELDS)[K]> } & { page: number }

type Params = Record<string, string | string[] | undefined> | URLSearchParams

/**
 * The audit log's filters from the URL. A value that cannot be right (an impossible
 * date, a malformed id) is left out of the query and named in `problems`, so the page
 * can say what was ignored instead of failing.
 */
export function readAuditFilters(params: Params): { filters: AuditFilters; problems: string[] } {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : firstValue(params[key]))
  const filters: AuditFilters = { page: pageNumber.parse(get('page') ?? 1) }
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

/**
 * The database condition for a scope and its filters. Dates are whole UTC days, both ends
 * included. An exact action is shown whatever the category; otherwise the category decides
 * (none: every change, sessions hidden).
 */
export function auditWhere(scope: AuditScope, filters: AuditFilters): Prisma.AuditEventWhereInput {
  const workspaceFilter = filters.workspace ? [filters.workspace] : null
  const allowed = scope.workspaceIds === 'all' ? null : scope.workspaceIds
  const workspaceIds = workspaceFilter && allowed ? workspaceFilter.filter((id) => allowed.includes(id)) : (workspaceFilter ?? allowed)
  return {
    tenantId: scope.tenantId,
    ...(workspaceIds ? { workspaceId: { in: workspaceIds } } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
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
