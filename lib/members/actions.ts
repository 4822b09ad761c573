'use server'

import { serverAction } from '@/lib/actions/server-action'
import { addMemberDefinition, changeMemberRoleDefinition, removeMemberDefinition } from './service'

export const addMemberAction = serverAction(addMemberDefinition)
export const changeMemberRoleAction = serverAction(changeMemberRoleDefinition)
export const removeMemberAction = serverAction(removeMemberDefinition)
