import { defineAction } from '@/lib/actions/define-action'
import { addToWorkspace } from '../membership'
import { MANAGE_MEMBERS, oneMember, workspaceRole } from '../schema'

export const addMemberInput = oneMember.extend({ role: workspaceRole })

/** Adds an active user of the tenant to the workspace with a role. */
export const addMember = defineAction({
  name: 'member.add',
  input: addMemberInput,
  ...MANAGE_MEMBERS,
  run: (tx, scope) => addToWorkspace(tx, scope, scope.input),
})
