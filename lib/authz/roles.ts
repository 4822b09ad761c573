import type { TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'

/**
 * The roles the "keep one" rules protect: a tenant keeps an active tenant admin, a
 * workspace keeps a workspace admin. Services name them through here, so every
 * comparison with a role lives in lib/authz (lint forbids it elsewhere).
 */
export const TENANT_ADMIN: TenantRole = 'tenant_admin'
export const WORKSPACE_ADMIN: WorkspaceRole = 'workspace_admin'

export const isTenantAdminRole = (role: TenantRole): boolean => role === TENANT_ADMIN
export const isWorkspaceAdminRole = (role: WorkspaceRole): boolean => role === WORKSPACE_ADMIN
