import type { ApiKeyScope, TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'

/**
 * The permission matrix (docs/architecture.md §2). This module is the only place that
 * decides access: code asks can(actor, permission, resource), never "role === ...".
 *
 * Tenant-wide: a resource without a workspaceId asks for the permission across the whole
 * tenant (every workspace of it, and tenant-level things such as its people). Only a
 * tenant role grants that; a workspace role grants in its own workspace and nowhere else.
 *
 * Every permission is a read or a write. No write is allowed in an archived workspace,
 * whoever asks (restoring it is the one exception): that rule lives here, in
 * authorize(), so no service or page has to remember it.
 */
export const PERMISSION_KINDS = {
  'workspace.create': 'write',
  'workspace.archive': 'write',
  'workspace.restore': 'write',
  'workspace.setDefault': 'write',
  'workspace.update': 'write',
  'members.manage': 'write',
  /** Remove or demote a workspace's last workspace admin, leaving it to tenant admins. */
  'members.overrideLastAdmin': 'write',
  'workspace.read': 'read',
  /** See the tenant's people: the users list and a user's page. */
  'users.read': 'read',
  'audit.readTenant': 'read',
  'audit.readWorkspace': 'read',
  'tenant.manage': 'write',
  /** See the organisation's settings page: its name, slug and facts. */
  'tenant.read': 'read',
  /** Schedule the organisation's deletion, or cancel it while it waits. */
  'tenant.delete': 'write',
  /** Create, edit, delete and restore agents and policies in unprotected environments. */
  'resources.write': 'write',
  /** Draft, edit, submit, withdraw, refresh and roll back releases. */
  'releases.propose': 'write',
  /** Approve, reject and apply releases (never one's own unless the target allows it). */
  'releases.review': 'write',
  /** Add, rename, reorder, protect and delete environments; set their review rules. */
  'environments.manage': 'write',
  /** See the tenant's AI provider credentials: names, fingerprints, status, grants (never a key). */
  'credentials.read': 'read',
  /** Add, rotate, test, disable and delete provider credentials; grant them to workspaces. */
  'credentials.manage': 'write',
  /** See API keys: the tenant's, or those bound to one's own workspace (never a key itself). */
  'apiKeys.read': 'read',
  /** Create, rotate and revoke API keys: tenant-wide keys, or keys bound to one's own workspace. */
  'apiKeys.manage': 'write',
  /** One's own account: password, two-factor authentication, sessions (every role, in every tenant). */
  'account.manage': 'write',
  /** Decide whether and how platform operators may look inside the organisation; approve, deny and end their sessions. */
  'support.manage': 'write',
} as const satisfies Record<string, 'read' | 'write'>

export type Permission = keyof typeof PERMISSION_KINDS
export const PERMISSIONS = Object.keys(PERMISSION_KINDS) as Permission[]

/** One's own account: every role holds it, and it changes nothing of the tenant's. */
export const OWN_ACCOUNT: Permission = 'account.manage'

/** The one write that an archived workspace accepts. */
const ALLOWED_WHEN_ARCHIVED: ReadonlySet<Permission> = new Set(['workspace.restore'])

/** What a tenant role allows in every workspace of its tenant. */
const TENANT_ROLE_GRANTS: Record<TenantRole, readonly Permission[]> = {
  tenant_admin: PERMISSIONS,
  tenant_auditor: [
    OWN_ACCOUNT,
    'workspace.read',
    'users.read',
    'audit.readTenant',
    'audit.readWorkspace',
    'credentials.read',
    'apiKeys.read',
    'tenant.read',
  ],
  tenant_member: [OWN_ACCOUNT],
}

/** What a workspace role allows in its own workspace, and nowhere else. */
const WORKSPACE_ROLE_GRANTS: Record<WorkspaceRole, readonly Permission[]> = {
  workspace_admin: [
    'workspace.update',
    'members.manage',
    'workspace.read',
    'audit.readWorkspace',
    'resources.write',
    'releases.propose',
    'releases.review',
    'environments.manage',
    'apiKeys.read',
    'apiKeys.manage',
  ],
  workspace_member: ['workspace.read', 'resources.write', 'releases.propose'],
  workspace_viewer: ['workspace.read'],
}

/**
 * A user as seen from one tenant in which they are active: their tenant role and their
 * roles in its workspaces. A person disabled in a tenant has no role there.
 */
export interface Actor {
  userId: string
  tenantId: string
  /**
   * The tenant role: from their membership, or, for a platform operator in a support
   * session (`support`), the one the session grants. Being an operator grants nothing.
   */
  tenantRole: TenantRole | null
  workspaceRoles: Readonly<Record<string, WorkspaceRole>>
  /**
   * Their tenant requires two-factor authentication and they have none yet: until they
   * enrol, they may manage their own account and nothing else.
   */
  mustEnrolTwoFactor?: boolean
  /** Set when the call comes with an API key: the key narrows what the person may do. */
  apiKey?: ApiKeyBounds
  /** Set when a platform operator acts through a support session the organisation granted (§15). */
  support?: SupportGrant
}

/** A live support session, as it bears on what its operator may do in the organisation. */
export interface SupportGrant {
  sessionId: string
  mode: SupportMode
  endsAt: Date
  reason: string
}

export type SupportMode = 'read_only' | 'read_write'

/**
 * What a support session never gives, whatever role it grants: deciding on support access
 * itself (an operator would approve their own request), the organisation's people, its keys
 * and its settings (through which a session could outlive itself: inviting the operator's own
 * address as an admin, a key of theirs), deleting it, and the operator's own account (managed
 * from their own organisation, not audited in this one). A read-write session works on the
 * organisation's content: workspaces, environments, agents and policies, proposing releases.
 */
const NOT_THROUGH_SUPPORT: ReadonlySet<Permission> = new Set([
  'support.manage',
  // Reviewing stays with the organisation's own people, whom the review rules count.
  'releases.review',
  'members.manage',
  'members.overrideLastAdmin',
  'tenant.manage',
  'apiKeys.manage',
  'tenant.delete',
  'account.manage',
])

/** The tenant role a support session gives its operator: an auditor's, or a tenant admin's once read-write was granted. */
export function supportRole(mode: SupportMode): TenantRole {
  return mode === 'read_write' ? 'tenant_admin' : 'tenant_auditor'
}

/** What an API key allows, at most: its scopes, in its workspace (or the whole tenant). */
export interface ApiKeyBounds {
  id: string
  workspaceId: string | null
  scopes: readonly ApiKeyScope[]
}

/** The permissions each API key scope reaches; a key never reaches past its creator's own. */
export const API_KEY_SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  read: ['workspace.read'],
  // Writing or proposing needs to see what is written to or proposed from.
  write: ['workspace.read', 'resources.write'],
  propose: ['workspace.read', 'releases.propose'],
}

/**
 * Who a key an operator made (npm run apikey:create) acts as: it has nobody's permissions to
 * borrow, so it reads (tenant-wide or in its workspace) and nothing more, whatever scopes it names.
 */
export function operatorKeyActor(tenantId: string, key: ApiKeyBounds): Actor {
  return {
    userId: '',
    tenantId,
    tenantRole: 'tenant_auditor',
    workspaceRoles: {},
    apiKey: { ...key, scopes: key.scopes.filter((scope) => scope === 'read') },
  }
}

/**
 * Why an API key's scopes alone fall short of a permission, in words ("This key has the read
 * scope; this needs the write scope."), or undefined when something else refuses it (the key
 * is bound to another workspace, or its creator lacks the permission): a scope would not help.
 */
export function keyScopeShortfall(actor: Actor, permission: Permission, resource: Resource): string | undefined {
  const key = actor.apiKey
  if (!key || key.scopes.some((scope) => API_KEY_SCOPE_PERMISSIONS[scope].includes(permission))) return undefined
  if (key.workspaceId !== null && resource.workspaceId !== key.workspaceId) return undefined
  if (!granted({ ...actor, apiKey: undefined }, permission, resource)) return undefined
  const has = key.scopes.length === 0 ? 'no scope' : `the ${key.scopes.join(' and ')} scope${key.scopes.length > 1 ? 's' : ''}`
  const needed = (Object.keys(API_KEY_SCOPE_PERMISSIONS) as ApiKeyScope[]).filter((scope) =>
    API_KEY_SCOPE_PERMISSIONS[scope].includes(permission),
  )
  return needed.length === 0
    ? `This key has ${has}; no API key may do this.`
    : `This key has ${has}; this needs the ${needed.join(' or ')} scope.`
}

function keyAllows(key: ApiKeyBounds, permission: Permission, resource: Resource): boolean {
  if (!key.scopes.some((scope) => API_KEY_SCOPE_PERMISSIONS[scope].includes(permission))) return false
  return key.workspaceId === null || resource.workspaceId === key.workspaceId
}

export interface Resource {
  tenantId: string
  /** Absent for tenant-level resources. */
  workspaceId?: string
  /** An archived workspace is read-only for everyone, and no workspace role applies in it. */
  archived?: boolean
}

/**
 * The resource every permission check on a workspace names: its tenant, its id and whether
 * it is archived (the archived-workspace rule cannot be forgotten by leaving a field out).
 */
export function workspaceResource(workspace: { id: string; tenantId: string; status: string }): Resource {
  return { tenantId: workspace.tenantId, workspaceId: workspace.id, archived: workspace.status === 'ARCHIVED' }
}

export type Decision = 'ok' | 'FORBIDDEN' | 'WORKSPACE_ARCHIVED' | 'TWO_FACTOR_REQUIRED'

function granted(actor: Actor, permission: Permission, resource: Resource): boolean {
  if (resource.tenantId !== actor.tenantId) return false
  if (actor.apiKey && !keyAllows(actor.apiKey, permission, resource)) return false
  const tenantRole = actor.tenantRole
  if (tenantRole && TENANT_ROLE_GRANTS[tenantRole].includes(permission)) return true
  if (!resource.workspaceId || resource.archived) return false
  const workspaceRole = actor.workspaceRoles[resource.workspaceId]
  return workspaceRole !== undefined && WORKSPACE_ROLE_GRANTS[workspaceRole].includes(permission)
}

/**
 * Whether the actor may use the permission on the resource, and if not, why: a write
 * the actor would otherwise hold on an archived workspace is WORKSPACE_ARCHIVED.
 */
export function authorize(actor: Actor, permission: Permission, resource: Resource): Decision {
  if (!granted(actor, permission, resource)) return 'FORBIDDEN'
  if (actor.support && NOT_THROUGH_SUPPORT.has(permission)) return 'FORBIDDEN'
  if (actor.mustEnrolTwoFactor && permission !== OWN_ACCOUNT) return 'TWO_FACTOR_REQUIRED'
  const writesArchived = resource.archived && PERMISSION_KINDS[permission] === 'write' && !ALLOWED_WHEN_ARCHIVED.has(permission)
  return writesArchived ? 'WORKSPACE_ARCHIVED' : 'ok'
}

/** Whether the actor must set up two-factor authentication before anything but their own account (pages send them there first). */
export function mustSetUpTwoFactorFirst(actor: Actor | null): boolean {
  return Boolean(actor?.mustEnrolTwoFactor)
}

export function can(actor: Actor, permission: Permission, resource: Resource): boolean {
  return authorize(actor, permission, resource) === 'ok'
}

/**
 * The tenant roles that hold `permission` in every workspace of their tenant. Queries use it to narrow what they load; can() decides.
 */
export function tenantRolesHoldingEverywhere(permission: Permission): TenantRole[] {
  return (Object.keys(TENANT_ROLE_GRANTS) as TenantRole[]).filter((role) => TENANT_ROLE_GRANTS[role].includes(permission))
}

/** The workspace roles that hold `permission` in their own workspace. */
export function workspaceRolesHolding(permission: Permission): WorkspaceRole[] {
  return (Object.keys(WORKSPACE_ROLE_GRANTS) as WorkspaceRole[]).filter((role) => WORKSPACE_ROLE_GRANTS[role].includes(permission))
}

/** Where the actor holds the permission: tenant-wide ('all'), or in these of their workspaces (a query narrows by them). */
export function workspacesHolding(actor: Actor, permission: Permission): 'all' | string[] {
  const tenant = { tenantId: actor.tenantId }
  if (can(actor, permission, tenant)) return 'all'
  return Object.keys(actor.workspaceRoles).filter((workspaceId) => can(actor, permission, { ...tenant, workspaceId }))
}

/** Whether the actor holds the permission tenant-wide or in at least one of their workspaces (what a page lists is then narrowed by can()). */
export function canAnywhere(actor: Actor, permission: Permission): boolean {
  const where = workspacesHolding(actor, permission)
  return where === 'all' || where.length > 0
}

/** Whether the actor belongs to the tenant at all; other tenants' ids answer "not found". */
export function seesTenant(actor: Actor): boolean {
  return actor.tenantRole !== null
}

/**
 * Whether the actor may change nothing at all in its tenant (auditors, viewers): pages
 * say so with a "Read-only" marker where nothing on them is theirs to change.
 */
export function holdsNoWrite(actor: Actor): boolean {
  const tenantRole = actor.tenantRole
  const grants = [
    ...(tenantRole ? TENANT_ROLE_GRANTS[tenantRole] : []),
    ...Object.values(actor.workspaceRoles).flatMap((role) => WORKSPACE_ROLE_GRANTS[role]),
  ]
  // One's own account is not the tenant's: an auditor who changes their password is still read-only there.
  return grants.every((permission) => PERMISSION_KINDS[permission] === 'read' || permission === OWN_ACCOUNT)
}

/**
 * A person as themselves, outside every tenant: what account-level actions (creating an
 * organisation) are decided on.
 */
export interface AccountActor {
  userId: string
  isPlatformAdmin: boolean
  /** Whether they proved their address; until then an account can do nothing. */
  emailVerified: boolean
  /** Whether they have confirmed a second factor: operators need one for anything of the platform's. */
  hasTwoFactor: boolean
}

/** What the instance's settings say about who may do what outside a tenant (the Instance row). */
export interface InstanceRules {
  organisationCreation: 'anyone' | 'operators'
}

/**
 * Account-level permissions: held by a verified account, within what the instance allows.
 * `platform.operate` (the platform console, support sessions, what operator commands do) is a
 * platform operator's, and only with two-factor authentication set up.
 */
export const ACCOUNT_PERMISSIONS = ['organisation.create', 'platform.operate'] as const
export type AccountPermission = (typeof ACCOUNT_PERMISSIONS)[number]

/** The account-level permissions whose every use is written into the platform log (§15). */
export function isPlatformPermission(permission: string): boolean {
  return permission === 'platform.operate'
}

export type AccountDecision = 'ok' | 'FORBIDDEN' | 'EMAIL_NOT_VERIFIED' | 'TWO_FACTOR_REQUIRED'

/** Whether the person may open the platform console (anyone else gets the console's "not found"). */
export function isPlatformOperator(account: Pick<AccountActor, 'isPlatformAdmin'>): boolean {
  return account.isPlatformAdmin
}

/** Whether the account may use an account-level permission on this instance, and if not, why. */
export function authorizeAccount(account: AccountActor, permission: AccountPermission, rules: InstanceRules): AccountDecision {
  if (!account.emailVerified) return 'EMAIL_NOT_VERIFIED'
  switch (permission) {
    case 'organisation.create':
      return rules.organisationCreation === 'anyone' || account.isPlatformAdmin ? 'ok' : 'FORBIDDEN'
    case 'platform.operate':
      if (!account.isPlatformAdmin) return 'FORBIDDEN'
      return account.hasTwoFactor ? 'ok' : 'TWO_FACTOR_REQUIRED'
  }
}
