import { defineAction } from '@/lib/actions/define-action'
import { addMemberInput, changeMemberRoleInput, removeMemberInput } from './schema'
import { addMember, changeMemberRole, removeMember } from './service'

export const addMemberAction = defineAction({
  name: 'member.add',
  input: addMemberInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: addMember,
})

export const changeMemberRoleAction = defineAction({
  name: 'member.changeRole',
  input: changeMemberRoleInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: changeMemberRole,
})

export const removeMemberAction = defineAction({
  name: 'member.remove',
  input: removeMemberInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: removeMember,
})
