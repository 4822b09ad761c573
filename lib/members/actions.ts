'use server'

import { runAction } from '@/lib/actions/run'
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from './action-definitions'

export async function addMember(_previous: unknown, formData: FormData) {
  return runAction(addMemberAction, formData)
}

export async function changeMemberRole(input: Record<string, string | boolean>) {
  return runAction(changeMemberRoleAction, input)
}

export async function removeMember(input: Record<string, string | boolean>) {
  return runAction(removeMemberAction, input)
}
