import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { workspaceTargetInput } from '@/lib/workspaces/schema'
import { workspaceSwitched } from '../audit-events'

/**
 * Records a switch of the active workspace. The wrapper has already checked that the
 * user may read the target (another tenant's or a made-up id is "not found"); the
 * session token is re-issued by the caller once this has committed (lib/switcher/switch.ts).
 */
export const switchWorkspace = defineAction({
  name: 'workspace.switch',
  input: workspaceTargetInput,
  permission: 'workspace.read',
  workspaceId: (input) => input.workspaceId,
  // Changing the active workspace is what a switch is for: a tab showing another one may ask for it.
  staleTabCheck: false,
  // Only the session update may start it: it re-issues the token in the same step.
  browser: false,
  async run(_tx, scope) {
    const workspace = scope.workspace!
    if (workspace.status === 'ARCHIVED') refuse('WORKSPACE_ARCHIVED', `${workspace.name} is archived: it cannot be your active workspace.`)
    scope.audit(workspaceSwitched, {
      targetId: workspace.id,
      workspaceId: workspace.id,
      data: { name: workspace.name, slug: workspace.slug },
    })
    return { id: workspace.id, tenantId: workspace.tenantId, name: workspace.name }
  },
})
