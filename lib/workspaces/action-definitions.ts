import { defineAction } from '@/lib/actions/define-action'
import { archiveWorkspace, createWorkspace, restoreWorkspace, setDefaultWorkspace } from './lifecycle'
import { archiveWorkspaceInput, createWorkspaceInput, workspaceSettingsInput, workspaceTargetInput } from './schema'
import { updateWorkspaceSettings } from './service'

export const updateWorkspaceSettingsAction = defineAction({
  name: 'workspace.updateSettings',
  input: workspaceSettingsInput,
  permission: 'workspace.update',
  workspaceId: (input) => input.workspaceId,
  run: updateWorkspaceSettings,
})

export const createWorkspaceAction = defineAction({
  name: 'workspace.create',
  input: createWorkspaceInput,
  permission: 'workspace.create',
  run: createWorkspace,
})

export const archiveWorkspaceAction = defineAction({
  name: 'workspace.archive',
  input: archiveWorkspaceInput,
  permission: 'workspace.archive',
  workspaceId: (input) => input.workspaceId,
  run: archiveWorkspace,
})

export const restoreWorkspaceAction = defineAction({
  name: 'workspace.restore',
  input: workspaceTargetInput,
  permission: 'workspace.restore',
  workspaceId: (input) => input.workspaceId,
  run: restoreWorkspace,
})

export const setDefaultWorkspaceAction = defineAction({
  name: 'workspace.setDefault',
  input: workspaceTargetInput,
  permission: 'workspace.setDefault',
  workspaceId: (input) => input.workspaceId,
  run: setDefaultWorkspace,
})
