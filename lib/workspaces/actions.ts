'use server'

import { runAction } from '@/lib/actions/run'
import {
  archiveWorkspaceAction,
  createWorkspaceAction,
  restoreWorkspaceAction,
  setDefaultWorkspaceAction,
  updateWorkspaceSettingsAction,
} from './action-definitions'

export async function updateWorkspaceSettings(_previous: unknown, formData: FormData) {
  return runAction(updateWorkspaceSettingsAction, formData)
}

export async function createWorkspace(_previous: unknown, formData: FormData) {
  return runAction(createWorkspaceAction, formData)
}

export async function archiveWorkspace(_previous: unknown, formData: FormData) {
  return runAction(archiveWorkspaceAction, formData)
}

export async function restoreWorkspace(_previous: unknown, formData: FormData) {
  return runAction(restoreWorkspaceAction, formData)
}

export async function setDefaultWorkspace(_previous: unknown, formData: FormData) {
  return runAction(setDefaultWorkspaceAction, formData)
}
