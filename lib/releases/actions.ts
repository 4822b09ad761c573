'use server'

import { serverAction } from '@/lib/actions/server-action'
import { applyReleaseDefinition } from './apply'
import {
  approveReleaseDefinition,
  draftReleaseDefinition,
  editReleaseDefinition,
  proposeRollbackDefinition,
  refreshReleaseDefinition,
  rejectReleaseDefinition,
  submitReleaseDefinition,
  withdrawReleaseDefinition,
} from './service'

export const draftReleaseAction = serverAction(draftReleaseDefinition)
export const editReleaseAction = serverAction(editReleaseDefinition)
export const submitReleaseAction = serverAction(submitReleaseDefinition)
export const withdrawReleaseAction = serverAction(withdrawReleaseDefinition)
export const refreshReleaseAction = serverAction(refreshReleaseDefinition)
export const proposeRollbackAction = serverAction(proposeRollbackDefinition)
export const approveReleaseAction = serverAction(approveReleaseDefinition)
export const rejectReleaseAction = serverAction(rejectReleaseDefinition)
export const applyReleaseAction = serverAction(applyReleaseDefinition)
