/** The built-in roles and how the console names them (roles are the permission module's: lib/authz). */
export const WORKSPACE_ROLES = ['workspace_admin', 'workspace_member', 'workspace_viewer'] as const
export const ROLE_LABELS = { workspace_admin: 'Admin', workspace_member: 'Member', workspace_viewer: 'Viewer' } as const

export const TENANT_ROLES = ['tenant_admin', 'tenant_member', 'tenant_auditor'] as const
export const TENANT_ROLE_LABELS = { tenant_admin: 'Tenant admin', tenant_member: 'Member', tenant_auditor: 'Auditor' } as const
