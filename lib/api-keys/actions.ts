'use server'

import { serverAction } from '@/lib/actions/server-action'
import { createApiKeyDefinition, revokeApiKeyDefinition, rotateApiKeyDefinition } from './service'

export const createApiKeyAction = serverAction(createApiKeyDefinition)
export const revokeApiKeyAction = serverAction(revokeApiKeyDefinition)
export const rotateApiKeyAction = serverAction(rotateApiKeyDefinition)
