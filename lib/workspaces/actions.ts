'use server'

import { runAction } from '@/lib/actions/run'
import { updateWorkspaceSettingsAction } from './action-definitions'

export async function updateWorkspaceSettings(_previous: unknown, formData: FormData) {
  return runAction(updateWorkspaceSettingsAction, formData)
}
