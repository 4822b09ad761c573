import { inviteMemberAction, resendInvitationAction, revokeInvitationAction } from '@/lib/invitations/action-definitions'
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from '@/lib/members/action-definitions'
import { switchWorkspaceAction } from '@/lib/switcher/action-definitions'
import { changeTenantRoleAction, removeTenantUserAction, setUserStatusAction } from '@/lib/tenant-users/action-definitions'
import {
  archiveWorkspaceAction,
  createWorkspaceAction,
  restoreWorkspaceAction,
  setDefaultWorkspaceAction,
  updateWorkspaceSettingsAction,
} from '@/lib/workspaces/action-definitions'

/** Every mutating action. The permission matrix test walks this list, so a new action must be added here. */
export const ALL_ACTIONS = [
  updateWorkspaceSettingsAction,
  createWorkspaceAction,
  archiveWorkspaceAction,
  restoreWorkspaceAction,
  setDefaultWorkspaceAction,
  switchWorkspaceAction,
  addMemberAction,
  changeMemberRoleAction,
  removeMemberAction,
  changeTenantRoleAction,
  setUserStatusAction,
  removeTenantUserAction,
  inviteMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
] as const
