import { actorFromUser, chooseWorkspace, enterableIn, enterableTenants, loadUserAccess } from '@/lib/context/resolve'
import type { Db, Tx } from '@/lib/db/client'

/**
 * The tenant and workspace a user lands in at sign-in: the first tenant they may act in
 * (their membership there is active, the tenant not scheduled for deletion), its default
 * workspace or the fallback; one statement.
 */
export async function landingWorkspace(db: Db | Tx, userId: string) {
  const user = await loadUserAccess(db, userId)
  const first = user?.status === 'ACTIVE' ? enterableTenants(user)[0] : undefined
  if (!user || !first) return { tenantId: null, workspaceId: null }
  const workspace = chooseWorkspace(enterableIn(user, actorFromUser(user, first.tenantId)), null)
  return { tenantId: first.tenantId, workspaceId: workspace?.id ?? null }
}
