import { can, canAnywhere, isPlatformOperator } from '@/lib/authz/permissions'
import type { RequestContext } from '@/lib/context/resolve'
import { environmentsPath } from '@/lib/environments/paths'

export interface NavItem {
  href: string
  label: string
  /** Also the current page on the pages below it (an environment's pages under Environments). */
  nested?: boolean
}

/** The sidebar's sections: the active workspace's pages, the organisation's, and the platform's for its operators. */
export interface NavSections {
  workspace: NavItem[]
  organisation: NavItem[]
  platform: NavItem[]
}

/** The platform console's pages (docs/architecture.md §15), for platform operators only. */
export function platformItems(ctx: Pick<RequestContext, 'user'>): NavItem[] {
  if (!isPlatformOperator(ctx.user)) return []
  return [
    { href: '/platform', label: 'Organisations' },
    { href: '/platform/accounts', label: 'Accounts', nested: true },
    { href: '/platform/instance', label: 'Instance' },
    { href: '/platform/log', label: 'Platform log' },
  ]
}

/**
 * The sidebar's links for the signed-in user. A link to a page that not everyone may
 * open is added as `can(actor, permission, resource) && { ... }`: lib/authz decides.
 */
export function navItems(ctx: RequestContext): NavSections {
  const { actor, workspace } = ctx
  const platform = platformItems(ctx)
  if (!actor || !workspace) return { workspace: [], organisation: [], platform }
  const tenant = { tenantId: actor.tenantId }
  const organisation: (NavItem | false)[] = [
    // What waits for them across the organisation's workspaces.
    (canAnywhere(actor, 'releases.review') || canAnywhere(actor, 'releases.propose')) && { href: '/reviews', label: 'Reviews' },
    can(actor, 'workspace.read', tenant) && { href: '/workspaces', label: 'Workspaces' },
    can(actor, 'users.read', tenant) && { href: '/settings/users', label: 'Users' },
    can(actor, 'credentials.read', tenant) && { href: '/settings/providers', label: 'AI providers' },
    // Tenant-wide, or for a workspace admin the keys of their own workspaces.
    canAnywhere(actor, 'apiKeys.read') && {
      href: '/settings/api-keys',
      label: 'API keys',
    },
    can(actor, 'tenant.read', tenant) && { href: '/settings/organisation', label: 'Organisation settings' },
    // Everyone in the organisation sees whether operators may come in, and who is in now.
    { href: '/settings/security', label: 'Security' },
    can(actor, 'tenant.manage', tenant) && { href: '/settings/outbox', label: 'Outbox' },
    (can(actor, 'audit.readTenant', tenant) || can(actor, 'audit.readWorkspace', { ...tenant, workspaceId: workspace.id })) && {
      href: '/audit',
      label: 'Audit log',
    },
  ]
  return {
    workspace: [
      { href: `/workspaces/${workspace.id}`, label: 'Overview' },
      { href: environmentsPath(workspace.id), label: 'Environments', nested: true },
      { href: `/workspaces/${workspace.id}/members`, label: 'Members' },
      { href: `/workspaces/${workspace.id}/settings`, label: 'Settings' },
    ],
    organisation: organisation.filter((item): item is NavItem => item !== false),
    platform,
  }
}
