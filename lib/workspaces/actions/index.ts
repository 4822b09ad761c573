import { archiveWorkspace } from './archive-workspace'
import { createWorkspace } from './create-workspace'
import { restoreWorkspace } from './restore-workspace'
import { setDefaultWorkspace } from './set-default-workspace'
import { updateWorkspaceSettings } from './update-workspace-settings'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const WORKSPACE_ACTIONS = [
  createWorkspace,
  updateWorkspaceSettings,
  archiveWorkspace,
  restoreWorkspace,
  setDefaultWorkspace,
] as const
