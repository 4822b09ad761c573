import { z } from 'zod'
import { WORKSPACE_ROLES } from '@/lib/authz/role-names'
import { entityId } from '@/lib/validation'

export const workspaceRole = z.enum(WORKSPACE_ROLES, { message: 'Choose a role.' })
/** A tenant admin's explicit "yes, leave this workspace to tenant admins" for its last workspace admin. */
export const confirmTenantManaged = z.boolean().default(false)

/** What every action on one membership names: the workspace, then the person in it. */
export const oneMember = z.object({ workspaceId: entityId, userId: z.uuid({ message: 'Choose a person.' }) })

/** How member actions are declared: aimed at a workspace, by those who manage its members. */
export const MANAGE_MEMBERS = {
  workspaceId: (input: { workspaceId: string }) => input.workspaceId,
  permission: 'members.manage',
} as const
