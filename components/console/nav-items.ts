import { can } from '@/lib/authz/permissions'
import type { RequestContext } from '@/lib/context/resolve'

export interface NavItem {
  href: string
  label: string
}

/**
 * The sidebar's links for the signed-in user. A link to a page that not everyone may
 * open is added as `can(actor, permission, resource) && { ... }`: lib/authz decides.
 */
export function navItems(ctx: RequestContext): NavItem[] {
  const { actor, workspace } = ctx
  if (!actor || !workspace) return []
  const items: (NavItem | false)[] = [
    { href: '/', label: 'Dashboard' },
    { href: `/workspaces/${workspace.id}/members`, label: 'Members' },
    { href: `/workspaces/${workspace.id}/settings`, label: 'Workspace settings' },
    can(actor, 'workspace.read', { tenantId: actor.tenantId }) && { href: '/workspaces', label: 'Workspaces' },
    can(actor, 'users.read', { tenantId: actor.tenantId }) && { href: '/settings/users', label: 'Users' },
    can(actor, 'tenant.manage', { tenantId: actor.tenantId }) && { href: '/settings/outbox', label: 'Outbox' },
    (can(actor, 'audit.readTenant', { tenantId: actor.tenantId }) ||
      can(actor, 'audit.readWorkspace', { tenantId: actor.tenantId, workspaceId: workspace.id })) && { href: '/audit', label: 'Audit log' },
  ]
  return items.filter((item): item is NavItem => item !== false)
}
