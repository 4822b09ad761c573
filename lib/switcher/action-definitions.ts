import { defineAction } from '@/lib/actions/define-action'
import { workspaceTargetInput } from '@/lib/workspaces/schema'
import { switchWorkspace } from './service'

export const switchWorkspaceAction = defineAction({
  name: 'workspace.switch',
  input: workspaceTargetInput,
  permission: 'workspace.read',
  workspaceId: (input) => input.workspaceId,
  run: switchWorkspace,
})
