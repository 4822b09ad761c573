import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { workspaceSettingsInput, type WorkspaceSettingsInput } from './schema'

const EDITABLE = ['name', 'description', 'color'] as const

/** Edits a workspace's name, description and colour. The slug never changes. */
export async function updateWorkspaceSettings(tx: Tx, scope: ActionScope<WorkspaceSettingsInput>) {
  const workspace = scope.workspace
  if (!workspace) return refuse('NOT_FOUND')

  const changed = EDITABLE.filter((field) => workspace[field] !== scope.input[field])
  if (changed.length === 0) return { id: workspace.id, name: workspace.name, changed }

  const updated = await tx.workspace.update({
    where: { id: workspace.id },
    data: Object.fromEntries(changed.map((field) => [field, scope.input[field]])),
  })
  scope.audit({
    action: 'workspace.updated',
    targetType: 'workspace',
    targetId: workspace.id,
    workspaceId: workspace.id,
    data: {
      slug: workspace.slug,
      before: Object.fromEntries(changed.map((field) => [field, workspace[field]])),
      after: Object.fromEntries(changed.map((field) => [field, updated[field]])),
    },
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
