import { loadActor, pickWorkspace, canEnter } from '@/lib/context/resolve'
import type { Db } from '@/lib/db/client'

/** The tenant and workspace a user lands in at sign-in: their first tenant's default, or the fallback. */
export async function landingWorkspace(db: Db, userId: string) {
  const first = await db.tenantMembership.findFirst({ where: { userId }, orderBy: { createdAt: 'asc' } })
  if (!first) return { tenantId: null, workspaceId: null }
  const actor = await loadActor(db, userId, first.tenantId)
  const workspace = actor ? await pickWorkspace(db, actor, null) : null
  return { tenantId: first.tenantId, workspaceId: workspace?.id ?? null }
}

/**
 * Verifies a request to change the token's active workspace. The session update
 * endpoint accepts client-chosen data, so the id is never trusted: null unless the
 * user may enter that workspace now.
 */
export async function verifiedWorkspaceClaim(db: Db, userId: string, requestedId: unknown) {
  if (typeof requestedId !== 'string') return null
  const workspace = await db.workspace.findUnique({ where: { id: requestedId } })
  if (!workspace) return null
  const actor = await loadActor(db, userId, workspace.tenantId)
  if (!actor || !canEnter(actor, workspace)) return null
  return { tenantId: workspace.tenantId, workspaceId: workspace.id }
}
