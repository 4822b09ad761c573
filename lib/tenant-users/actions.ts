'use server'

import { serverAction } from '@/lib/actions/server-action'
import { changeTenantRoleDefinition, removeTenantUserDefinition, setUserStatusDefinition } from './service'

export const changeTenantRoleAction = serverAction(changeTenantRoleDefinition)
export const setUserStatusAction = serverAction(setUserStatusDefinition)
export const removeTenantUserAction = serverAction(removeTenantUserDefinition)
