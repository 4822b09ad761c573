import type { TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'
import type { Actor } from './permissions'
import { ROLE_LABELS, TENANT_ROLE_LABELS } from './role-names'

/**
 * The roles the "keep one" rules protect: a tenant keeps an active tenant admin, a
 * workspace keeps a workspace admin. Services name them through here, so every
 * comparison with a role lives in lib/authz (lint forbids it elsewhere).
 */
export const TENANT_ADMIN: TenantRole = 'tenant_admin'
export const WORKSPACE_ADMIN: WorkspaceRole = 'workspace_admin'

export const isTenantAdminRole = (role: TenantRole): boolean => role === TENANT_ADMIN
export const isWorkspaceAdminRole = (role: WorkspaceRole): boolean => role === WORKSPACE_ADMIN

/**
 * How the console names someone's access to one workspace, and whether it is read-only
 * (viewers and auditors: they see everything there and change nothing).
 */
export function accessIn(actor: Pick<Actor, 'tenantRole' | 'workspaceRoles'>, workspaceId: string): { label: string; readOnly: boolean } {
  if (actor.tenantRole === TENANT_ADMIN) return { label: TENANT_ROLE_LABELS.tenant_admin, readOnly: false }
  const role = actor.workspaceRoles[workspaceId]
  if (role) return { label: ROLE_LABELS[role], readOnly: role === 'workspace_viewer' }
  return { label: actor.tenantRole === 'tenant_auditor' ? TENANT_ROLE_LABELS.tenant_auditor : 'No role', readOnly: true }
}
