'use server'

import { serverAction } from '@/lib/actions/server-action'
import {
  archiveWorkspaceDefinition,
  createWorkspaceDefinition,
  restoreWorkspaceDefinition,
  setDefaultWorkspaceDefinition,
} from './lifecycle'
import { updateWorkspaceSettingsDefinition } from './service'

export const createWorkspaceAction = serverAction(createWorkspaceDefinition)
export const archiveWorkspaceAction = serverAction(archiveWorkspaceDefinition)
export const restoreWorkspaceAction = serverAction(restoreWorkspaceDefinition)
export const setDefaultWorkspaceAction = serverAction(setDefaultWorkspaceDefinition)
export const updateWorkspaceSettingsAction = serverAction(updateWorkspaceSettingsDefinition)
