import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { can } from '@/lib/authz/permissions'
import { isWorkspaceAdminRole, WORKSPACE_ADMIN } from '@/lib/authz/roles'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/generated/prisma/client'
import {
  addMemberInput,
  changeMemberRoleInput,
  removeMemberInput,
  type AddMemberInput,
  type ChangeMemberRoleInput,
  type RemoveMemberInput,
} from './schema'

/**
 * Membership rules: one membership per user per workspace (unique index), nobody removes
 * themselves, and a workspace keeps a workspace admin unless a tenant admin confirms it
 * will be managed by tenant admins only. The wrapper holds the tenant lock, so the admin
 * count read here cannot change before commit.
 */

export const LAST_ADMIN_OVERRIDE_HINT = 'Confirm to leave this workspace to tenant admins only.'

async function membershipOf(tx: Tx, workspaceId: string, userId: string) {
  const membership = await tx.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    include: { user: { select: { email: true } } },
  })
  return membership ?? refuse('NOT_FOUND', 'This person is not a member of this workspace.')
}

async function keepAWorkspaceAdmin(tx: Tx, scope: ActionScope<{ workspaceId: string; confirmTenantManaged: boolean }>) {
  const admins = await tx.workspaceMembership.count({ where: { workspaceId: scope.input.workspaceId, role: WORKSPACE_ADMIN } })
  if (admins > 1) return
  const mayOverride = can(scope.actor, 'members.overrideLastAdmin', { tenantId: scope.tenantId })
  if (!mayOverride) refuse('LAST_WORKSPACE_ADMIN')
  if (!scope.input.confirmTenantManaged)
    refuse('LAST_WORKSPACE_ADMIN', `${ERROR_MESSAGES.LAST_WORKSPACE_ADMIN}. ${LAST_ADMIN_OVERRIDE_HINT}`)
}

export async function addMember(tx: Tx, scope: ActionScope<AddMemberInput>) {
  const { workspaceId, userId, role } = scope.input
  const user = await tx.user.findFirst({
    where: { id: userId, status: 'ACTIVE', tenantMemberships: { some: { tenantId: scope.tenantId, status: 'ACTIVE' } } },
    select: { id: true, email: true },
  })
  if (!user) refuse('VALIDATION', undefined, { userId: ['Choose an active user of this tenant.'] })
  if (await tx.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } })) refuse('ALREADY_MEMBER')
  try {
    await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: scope.actor.userId } })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') refuse('ALREADY_MEMBER')
    throw error
  }
  scope.audit({ action: 'member.added', targetType: 'user', targetId: userId, workspaceId, data: { email: user!.email, role } })
  return { userId, role }
}

export async function changeMemberRole(tx: Tx, scope: ActionScope<ChangeMemberRoleInput>) {
  const { workspaceId, userId, role } = scope.input
  const membership = await membershipOf(tx, workspaceId, userId)
  if (membership.role === role) return { userId, role, previousRole: membership.role }
  if (isWorkspaceAdminRole(membership.role)) await keepAWorkspaceAdmin(tx, scope)
  await tx.workspaceMembership.update({ where: { id: membership.id }, data: { role } })
  scope.audit({
    action: 'member.roleChanged',
    targetType: 'user',
    targetId: userId,
    workspaceId,
    data: { email: membership.user.email, from: membership.role, to: role },
  })
  return { userId, role, previousRole: membership.role }
}

export async function removeMember(tx: Tx, scope: ActionScope<RemoveMemberInput>) {
  const { workspaceId, userId } = scope.input
  if (userId === scope.actor.userId) refuse('SELF_REMOVAL')
  const membership = await membershipOf(tx, workspaceId, userId)
  if (isWorkspaceAdminRole(membership.role)) await keepAWorkspaceAdmin(tx, scope)
  await tx.workspaceMembership.delete({ where: { id: membership.id } })
  scope.audit({
    action: 'member.removed',
    targetType: 'user',
    targetId: userId,
    workspaceId,
    data: { email: membership.user.email, role: membership.role },
  })
  return { userId }
}

export const addMemberDefinition = defineAction({
  name: 'member.add',
  input: addMemberInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: addMember,
})

export const changeMemberRoleDefinition = defineAction({
  name: 'member.changeRole',
  input: changeMemberRoleInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: changeMemberRole,
})

export const removeMemberDefinition = defineAction({
  name: 'member.remove',
  input: removeMemberInput,
  permission: 'members.manage',
  workspaceId: (input) => input.workspaceId,
  run: removeMember,
})
