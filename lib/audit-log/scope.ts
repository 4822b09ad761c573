import { can, workspaceResource, type Actor } from '@/lib/authz/permissions'
import type { Db } from '@/lib/db/client'

/**
 * Which audit entries an actor may read (docs/architecture.md §2): the whole tenant for tenant
 * admins and auditors, their own workspaces' entries for workspace admins, none otherwise.
 */
export type AuditScope = { tenantId: string; workspaceIds: 'all' | string[] }

export async function auditScopeOf(db: Db, actor: Actor): Promise<AuditScope | null> {
  if (can(actor, 'audit.readTenant', { tenantId: actor.tenantId })) return { tenantId: actor.tenantId, workspaceIds: 'all' }
  const candidates = await db.workspace.findMany({
    where: { tenantId: actor.tenantId, id: { in: Object.keys(actor.workspaceRoles) } },
    select: { id: true, tenantId: true, status: true },
  })
  const readable = candidates.filter((w) => can(actor, 'audit.readWorkspace', workspaceResource(w))).map((w) => w.id)
  return readable.length > 0 ? { tenantId: actor.tenantId, workspaceIds: readable } : null
}
