'use server'

import { runAction } from '@/lib/actions/run'
import { changeTenantRoleAction, removeTenantUserAction, setUserStatusAction } from './action-definitions'

export async function changeTenantRole(input: Record<string, string>) {
  return runAction(changeTenantRoleAction, input)
}

export async function setUserStatus(input: Record<string, string>) {
  return runAction(setUserStatusAction, input)
}

export async function removeTenantUser(input: Record<string, string>) {
  return runAction(removeTenantUserAction, input)
}
