import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'

/**
 * The lifecycle rules of docs/architecture.md §1 that SQL cannot express, shared by the
 * actions in ./actions. The action wrapper holds the tenant lock, so the counts read here
 * cannot change before commit.
 */

/** Refuses a new active workspace (created or restored) once the tenant has as many as its limit. */
export async function refuseAtWorkspaceLimit(tx: Tx, tenantId: string) {
  const [tenant, active] = await Promise.all([
    tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { workspaceLimit: true } }),
    tx.workspace.count({ where: { tenantId, status: 'ACTIVE' } }),
  ])
  if (active >= tenant.workspaceLimit) {
    refuse(
      'WORKSPACE_LIMIT_REACHED',
      `${tenant.workspaceLimit} workspaces limit reached. Archive unused workspaces, or ask a platform administrator to raise the limit.`,
    )
  }
}
