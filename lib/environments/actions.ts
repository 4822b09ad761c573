'use server'

import { serverAction } from '@/lib/actions/server-action'
import {
  createEnvironmentDefinition,
  deleteEnvironmentDefinition,
  moveEnvironmentDefinition,
  setReviewRulesDefinition,
  updateEnvironmentDefinition,
} from './service'

export const createEnvironmentAction = serverAction(createEnvironmentDefinition)
export const updateEnvironmentAction = serverAction(updateEnvironmentDefinition)
export const moveEnvironmentAction = serverAction(moveEnvironmentDefinition)
export const deleteEnvironmentAction = serverAction(deleteEnvironmentDefinition)
export const setReviewRulesAction = serverAction(setReviewRulesDefinition)
