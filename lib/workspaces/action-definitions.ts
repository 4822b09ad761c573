import { defineAction } from '@/lib/actions/define-action'
import { workspaceSettingsInput } from './schema'
import { updateWorkspaceSettings } from './service'

export const updateWorkspaceSettingsAction = defineAction({
  name: 'workspace.updateSettings',
  input: workspaceSettingsInput,
  permission: 'workspace.update',
  workspaceId: (input) => input.workspaceId,
  run: updateWorkspaceSettings,
})
