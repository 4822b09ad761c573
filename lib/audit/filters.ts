import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AuditScope } from './scope'

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined)

/** The audit log's filters, as they appear in the URL (anything malformed is ignored). */
export const auditFilters = z.object({
  workspace: z.string().min(1).optional().catch(undefined),
  actor: z.string().min(1).optional().catch(undefined),
  action: z.string().min(1).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
})

export type AuditFilters = z.output<typeof auditFilters>

export function parseAuditFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): AuditFilters {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : params
  const single = Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]))
  return auditFilters.parse(single)
}

/** The database condition for a scope and its filters. Dates are whole UTC days, both ends included. */
export function auditWhere(scope: AuditScope, filters: AuditFilters): Prisma.AuditEventWhereInput {
  const workspaceFilter = filters.workspace ? [filters.workspace] : null
  const allowed = scope.workspaceIds === 'all' ? null : scope.workspaceIds
  const workspaceIds = workspaceFilter && allowed ? workspaceFilter.filter((id) => allowed.includes(id)) : (workspaceFilter ?? allowed)
  return {
    tenantId: scope.tenantId,
    ...(workspaceIds ? { workspaceId: { in: workspaceIds } } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
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
