'use server'

import { serverAction } from '@/lib/actions/server-action'
import { createResourceDefinition, deleteResourceDefinition, restoreRevisionDefinition, updateResourceDefinition } from './service'

export const createResourceAction = serverAction(createResourceDefinition)
export const updateResourceAction = serverAction(updateResourceDefinition)
export const deleteResourceAction = serverAction(deleteResourceDefinition)
export const restoreRevisionAction = serverAction(restoreRevisionDefinition)
