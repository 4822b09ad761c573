import { z } from 'zod'
import { entityId } from '@/lib/validation'

export const WORKSPACE_ROLES = ['workspace_admin', 'workspace_member', 'workspace_viewer'] as const
export const ROLE_LABELS = { workspace_admin: 'Admin', workspace_member: 'Member', workspace_viewer: 'Viewer' } as const

const role = z.enum(WORKSPACE_ROLES, { message: 'Choose a role.' })
/** A tenant admin's explicit "yes, leave this workspace to tenant admins" for its last workspace admin. */
const confirmTenantManaged = z.boolean().default(false)

const target = { workspaceId: entityId, userId: z.uuid({ message: 'Choose a person.' }) }

export const addMemberInput = z.object({ ...target, role })
export const changeMemberRoleInput = z.object({ ...target, role, confirmTenantManaged })
export const removeMemberInput = z.object({ ...target, confirmTenantManaged })

export type AddMemberInput = z.output<typeof addMemberInput>
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleInput>
export type RemoveMemberInput = z.output<typeof removeMemberInput>
