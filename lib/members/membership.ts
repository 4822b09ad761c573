import type { ActionScope } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { can } from '@/lib/authz/permissions'
import { WORKSPACE_ADMIN } from '@/lib/authz/roles'
import type { Tx } from '@/lib/db/client'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import type { WorkspaceRole } from '@/lib/generated/prisma/enums'
import { memberAdded } from './audit-events'

/**
 * Membership rules shared by the actions in ./actions (and invitations, which add someone of
 * the tenant at once): one membership per user per workspace (unique index), nobody removes
 * themselves, and a workspace keeps a workspace admin unless a tenant admin confirms it
 * will be managed by tenant admins only. The wrapper holds the tenant lock, so the admin
 * count read here cannot change before commit.
 */

export const LAST_ADMIN_OVERRIDE_HINT = 'Confirm to leave this workspace to tenant admins only.'

/** The person's membership of the workspace, with their address; "not a member" otherwise. */
export async function membershipOf(tx: Tx, workspaceId: string, userId: string) {
  const membership = await tx.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    include: { user: { select: { email: true } } },
  })
  return membership ?? refuse('NOT_FOUND', 'This person is not a member of this workspace.')
}

/** Refuses losing the workspace's last workspace admin, unless a tenant admin confirms tenant admins will manage it. */
export async function keepAWorkspaceAdmin(tx: Tx, scope: ActionScope<{ workspaceId: string; confirmTenantManaged: boolean }>) {
  const admins = await tx.workspaceMembership.count({ where: { workspaceId: scope.input.workspaceId, role: WORKSPACE_ADMIN } })
  if (admins > 1) return
  const mayOverride = can(scope.actor, 'members.overrideLastAdmin', { tenantId: scope.tenantId })
  if (!mayOverride) refuse('LAST_WORKSPACE_ADMIN')
  if (!scope.input.confirmTenantManaged)
    refuse('LAST_WORKSPACE_ADMIN', `${ERROR_MESSAGES.LAST_WORKSPACE_ADMIN}. ${LAST_ADMIN_OVERRIDE_HINT}`)
}

/** Adds an active user of the tenant to the workspace with a role, audited as `member.added`. */
export async function addToWorkspace(
  tx: Tx,
  scope: ActionScope<unknown>,
  { workspaceId, userId, role }: { workspaceId: string; userId: string; role: WorkspaceRole },
) {
  const user = await tx.user.findFirst({
    where: { id: userId, status: 'ACTIVE', tenantMemberships: { some: { tenantId: scope.tenantId, status: 'ACTIVE' } } },
    select: { id: true, email: true },
  })
  if (!user) refuse('VALIDATION', undefined, { userId: ['Choose an active user of this tenant.'] })
  if (await tx.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } })) refuse('ALREADY_MEMBER')
  try {
    await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: scope.actor.userId } })
  } catch (error) {
    if (isUniqueViolation(error)) refuse('ALREADY_MEMBER')
    throw error
  }
  scope.audit(memberAdded, { targetId: userId, workspaceId, data: { email: user!.email, role } })
  return { userId, role }
}
