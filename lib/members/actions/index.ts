import { addMember } from './add-member'
import { changeMemberRole } from './change-member-role'
import { removeMember } from './remove-member'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const MEMBER_ACTIONS = [addMember, changeMemberRole, removeMember] as const
