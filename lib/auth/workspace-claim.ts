import { loadActor, pickWorkspace } from '@/lib/context/resolve'
import type { Db, Tx } from '@/lib/db/client'

/**
 * The tenant and workspace a user lands in at sign-in: the first tenant they may act in
 * (their membership there is active), its default workspace or the fallback.
 */
export async function landingWorkspace(db: Db | Tx, userId: string) {
  const first = await db.tenantMembership.findFirst({ where: { userId, status: 'ACTIVE' }, orderBy: { createdAt: 'asc' } })
  if (!first) return { tenantId: null, workspaceId: null }
  const actor = await loadActor(db, userId, first.tenantId)
  const workspace = actor ? await pickWorkspace(db, actor, null) : null
  return { tenantId: first.tenantId, workspaceId: workspace?.id ?? null }
}
