import type { TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'

/**
 * The permission matrix of ARCHITECTURE.md §2. This module is the only place that
 * decides access: code asks can(actor, permission, resource), never "role === ...".
 */
export const PERMISSIONS = [
  'workspace.create',
  'workspace.archive',
  'workspace.restore',
  'workspace.setDefault',
  'workspace.update',
  'members.manage',
  'assets.write',
  'workspace.read',
  'audit.readTenant',
  'audit.readWorkspace',
  'tenant.manage',
] as const

export type Permission = (typeof PERMISSIONS)[number]

/** What a tenant role allows in every workspace of its tenant. */
const TENANT_ROLE_GRANTS: Record<TenantRole, readonly Permission[]> = {
  tenant_admin: PERMISSIONS,
  tenant_auditor: ['workspace.read', 'audit.readTenant', 'audit.readWorkspace'],
  tenant_member: [],
}

/** What a workspace role allows in its own workspace, and nowhere else. */
const WORKSPACE_ROLE_GRANTS: Record<WorkspaceRole, readonly Permission[]> = {
  workspace_admin: ['workspace.update', 'members.manage', 'assets.write', 'workspace.read', 'audit.readWorkspace'],
  workspace_member: ['assets.write', 'workspace.read'],
  workspace_viewer: ['workspace.read'],
}

/** A user as seen from one tenant: their tenant role and their roles in its workspaces. */
export interface Actor {
  userId: string
  tenantId: string
  isPlatformAdmin: boolean
  tenantRole: TenantRole | null
  workspaceRoles: Readonly<Record<string, WorkspaceRole>>
}

export interface Resource {
  tenantId: string
  /** Absent for tenant-level resources. */
  workspaceId?: string
  /** Archived workspaces stay readable to tenant roles only, and no workspace role applies in them. */
  archived?: boolean
}

export function effectiveTenantRole(actor: Actor): TenantRole | null {
  return actor.isPlatformAdmin ? 'tenant_admin' : actor.tenantRole
}

export function can(actor: Actor, permission: Permission, resource: Resource): boolean {
  if (resource.tenantId !== actor.tenantId) return false
  const tenantRole = effectiveTenantRole(actor)
  if (tenantRole && TENANT_ROLE_GRANTS[tenantRole].includes(permission)) return true
  if (!resource.workspaceId || resource.archived) return false
  const workspaceRole = actor.workspaceRoles[resource.workspaceId]
  return workspaceRole !== undefined && WORKSPACE_ROLE_GRANTS[workspaceRole].includes(permission)
}

/** Whether the actor belongs to the tenant at all; other tenants' ids answer "not found". */
export function seesTenant(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.tenantRole !== null
}
