import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { fieldChanges } from '@/lib/audit/changes'
import { entityId } from '@/lib/validation'
import { workspaceUpdated } from '../audit-events'
import { workspaceColor, workspaceDescription, workspaceName } from '../schema'

export const updateWorkspaceSettingsInput = z.object({
  workspaceId: entityId,
  name: workspaceName,
  description: workspaceDescription.default(''),
  color: workspaceColor,
})

/** Edits a workspace's name, description and colour. The slug never changes. */
export const updateWorkspaceSettings = defineAction({
  name: 'workspace.updateSettings',
  input: updateWorkspaceSettingsInput,
  permission: 'workspace.update',
  workspaceId: (input) => input.workspaceId,
  async run(tx, scope) {
    const workspace = scope.workspace
    if (!workspace) return refuse('NOT_FOUND')
    const { name, description, color } = scope.input
    const { changed, before, after } = fieldChanges(workspace, { name, description, color })
    if (changed.length === 0) return { id: workspace.id, name: workspace.name, changed }
    const updated = await tx.workspace.update({ where: { id: workspace.id }, data: after })
    scope.audit(workspaceUpdated, { targetId: workspace.id, workspaceId: workspace.id, data: { slug: workspace.slug, before, after } })
    return { id: updated.id, name: updated.name, changed }
  },
})
