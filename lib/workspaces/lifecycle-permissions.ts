import { can, workspaceResource, type Actor } from '@/lib/authz/permissions'

/** Which lifecycle actions lib/authz allows the actor on a workspace (for showing controls only; the actions check again). */
export function lifecyclePermissions(actor: Actor, workspace: { id: string; tenantId: string; status: string }) {
  const resource = workspaceResource(workspace)
  return {
    setDefault: can(actor, 'workspace.setDefault', resource),
    archive: can(actor, 'workspace.archive', resource),
    restore: can(actor, 'workspace.restore', resource),
  }
}
