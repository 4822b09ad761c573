import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { fieldChanges } from '@/lib/audit/changes'
import { workspaceSettingsInput, type WorkspaceSettingsInput } from './schema'

/** Edits a workspace's name, description and colour. The slug never changes. */
export async function updateWorkspaceSettings(tx: Tx, scope: ActionScope<WorkspaceSettingsInput>) {
  const workspace = scope.workspace
  if (!workspace) return refuse('NOT_FOUND')

  const { name, description, color } = scope.input
  const { changed, before, after } = fieldChanges(workspace, { name, description, color })
  if (changed.length === 0) return { id: workspace.id, name: workspace.name, changed }

  const updated = await tx.workspace.update({ where: { id: workspace.id }, data: after })
  scope.audit({
    action: 'workspace.updated',
    targetType: 'workspace',
    targetId: workspace.id,
    workspaceId: workspace.id,
    data: { slug: workspace.slug, before, after },
  })
  return { id: updated.id, name: updated.name, changed }
}

export const updateWorkspaceSettingsDefinition = defineAction({
  name: 'workspace.updateSettings',
  input: workspaceSettingsInput,
  permission: 'workspace.update',
  workspaceId: (input) => input.workspaceId,
  run: updateWorkspaceSettings,
})
