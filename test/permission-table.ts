import type { Permission } from '@/lib/authz/permissions'
import type { WorkspaceRole } from '@/lib/generated/prisma/enums'

/**
 * The product's permission table (docs/architecture.md §2), transcribed independently of
 * lib/authz so that the tests of lib/authz and the authorisation matrix check it against
 * something it did not write. 'all' = every workspace of the tenant (tenant-wide),
 * 'own' = only the workspace the role is held in.
 */
export type Reach = 'all' | 'own' | false
export type Role = 'tenant_admin' | WorkspaceRole | 'tenant_auditor'
export const PERMISSION_TABLE: Record<Permission, Record<Role, Reach>> = {
  'workspace.create': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'workspace.archive': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'workspace.restore': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'workspace.setDefault': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'workspace.update': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'members.manage': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'members.overrideLastAdmin': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'tenant.read': { tenant_admin: 'all', workspace_admin: false, workspace_member: false, workspace_viewer: false, tenant_auditor: 'all' },
  'tenant.delete': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'users.read': { tenant_admin: 'all', workspace_admin: false, workspace_member: false, workspace_viewer: false, tenant_auditor: 'all' },
  'workspace.read': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: 'own',
    workspace_viewer: 'own',
    tenant_auditor: 'all',
  },
  'audit.readTenant': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: 'all',
  },
  'audit.readWorkspace': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: 'all',
  },
  'tenant.manage': { tenant_admin: 'all', workspace_admin: false, workspace_member: false, workspace_viewer: false, tenant_auditor: false },
  'resources.write': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: 'own',
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'releases.propose': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: 'own',
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'releases.review': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'environments.manage': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'credentials.read': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: 'all',
  },
  'credentials.manage': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'apiKeys.read': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: 'all',
  },
  'apiKeys.manage': {
    tenant_admin: 'all',
    workspace_admin: 'own',
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
  'account.manage': {
    tenant_admin: 'all',
    workspace_admin: 'all',
    workspace_member: 'all',
    workspace_viewer: 'all',
    tenant_auditor: 'all',
  },
  'support.manage': {
    tenant_admin: 'all',
    workspace_admin: false,
    workspace_member: false,
    workspace_viewer: false,
    tenant_auditor: false,
  },
}

/** The permissions that only read. */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set([
  'workspace.read',
  'users.read',
  'audit.readTenant',
  'audit.readWorkspace',
])
