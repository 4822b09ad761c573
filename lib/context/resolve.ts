import { can, seesTenant, type Actor } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import type { TenantRole, UserStatus, WorkspaceRole } from '@/lib/generated/prisma/enums'
import type { Workspace } from '@/lib/generated/prisma/client'

/** What the session token carries (docs/architecture.md §3). */
export interface SessionClaims {
  userId: string
  tenantId: string | null
  workspaceId: string | null
  sessionVersion: number
}

export interface RequestContext {
  user: { id: string; email: string; name: string; isPlatformAdmin: boolean }
  tenant: { id: string; name: string; slug: string } | null
  actor: Actor | null
  /** The active workspace after the fallback of §3; null when the user may enter none. */
  workspace: Workspace | null
}

interface UserWithMemberships {
  id: string
  isPlatformAdmin: boolean
  tenantMemberships: { tenantId: string; role: TenantRole; status: UserStatus; tenant: { id: string; name: string; slug: string } }[]
  workspaceMemberships: { workspaceId: string; role: WorkspaceRole; workspace: { tenantId: string } }[]
}

const membershipSelect = {
  tenantMemberships: {
    select: { tenantId: true, role: true, status: true, tenant: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: 'asc' },
  },
  workspaceMemberships: { select: { workspaceId: true, role: true, workspace: { select: { tenantId: true } } } },
} as const

/** The tenants a user may act in: those where their membership is active. */
function activeMemberships(user: UserWithMemberships) {
  return user.tenantMemberships.filter((m) => m.status === 'ACTIVE')
}

/**
 * The user as seen from one tenant. A person disabled in that tenant holds no role in it
 * (tenant or workspace), whatever their memberships elsewhere.
 */
export function actorFromUser(user: UserWithMemberships, tenantId: string): Actor {
  const membership = activeMemberships(user).find((m) => m.tenantId === tenantId)
  return {
    userId: user.id,
    tenantId,
    isPlatformAdmin: user.isPlatformAdmin,
    tenantRole: membership?.role ?? null,
    workspaceRoles: membership
      ? Object.fromEntries(user.workspaceMemberships.filter((m) => m.workspace.tenantId === tenantId).map((m) => [m.workspaceId, m.role]))
      : {},
  }
}

/** Loads what can() needs to know about an active user in one tenant. */
export async function loadActor(db: Db | Tx, userId: string, tenantId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, isPlatformAdmin: true, status: true, ...membershipSelect },
  })
  if (!user || user.status !== 'ACTIVE') return null
  return actorFromUser(user, tenantId)
}

export function canEnter(actor: Actor, workspace: Pick<Workspace, 'id' | 'tenantId' | 'status'>): boolean {
  return workspace.status === 'ACTIVE' && can(actor, 'workspace.read', { tenantId: workspace.tenantId, workspaceId: workspace.id })
}

/** The active workspaces of the actor's tenant that the actor may enter, by name. */
export async function enterableWorkspaces(db: Db | Tx, actor: Actor): Promise<Workspace[]> {
  const readsEveryWorkspace = can(actor, 'workspace.read', { tenantId: actor.tenantId })
  const candidates = await db.workspace.findMany({
    where: {
      tenantId: actor.tenantId,
      status: 'ACTIVE',
      ...(readsEveryWorkspace ? {} : { id: { in: Object.keys(actor.workspaceRoles) } }),
    },
    orderBy: { name: 'asc' },
  })
  return candidates.filter((workspace) => canEnter(actor, workspace))
}

/**
 * The workspace a user works in: the preferred one if they may still enter it, else
 * the tenant's default if they may, else the first they may enter, else none.
 */
export async function pickWorkspace(db: Db | Tx, actor: Actor, preferredId: string | null): Promise<Workspace | null> {
  if (preferredId) {
    const preferred = await db.workspace.findUnique({ where: { id: preferredId } })
    if (preferred && canEnter(actor, preferred)) return preferred
  }
  const fallback = await db.workspace.findFirst({ where: { tenantId: actor.tenantId, isDefault: true } })
  if (fallback && canEnter(actor, fallback)) return fallback
  return (await enterableWorkspaces(db, actor))[0] ?? null
}

/**
 * Rebuilds the request's context from the token's claims, re-checking everything
 * against the database: a disabled account, a revoked token (older sessionVersion), a
 * membership disabled in the token's tenant (the person moves to another tenant they
 * may enter), a removed membership or an archived workspace take effect on the next
 * request.
 * Returns null when the token no longer stands for a signed-in user.
 */
export async function resolveContext(db: Db | Tx, claims: SessionClaims): Promise<RequestContext | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      isPlatformAdmin: true,
      sessionVersion: true,
      ...membershipSelect,
    },
  })
  if (!user || user.status !== 'ACTIVE' || user.sessionVersion !== claims.sessionVersion) return null

  const tenant = await chooseTenant(db, user, claims.tenantId)
  const identity = { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin }
  if (!tenant) return { user: identity, tenant: null, actor: null, workspace: null }

  const actor = actorFromUser(user, tenant.id)
  const workspace = seesTenant(actor) ? await pickWorkspace(db, actor, claims.workspaceId) : null
  return { user: identity, tenant, actor, workspace }
}

async function chooseTenant(db: Db | Tx, user: UserWithMemberships, preferredId: string | null) {
  const memberOf = activeMemberships(user).map((m) => m.tenant)
  const preferred = memberOf.find((tenant) => tenant.id === preferredId)
  if (preferred) return preferred
  if (user.isPlatformAdmin && preferredId) {
    const any = await db.tenant.findUnique({ where: { id: preferredId }, select: { id: true, name: true, slug: true } })
    if (any) return any
  }
  return memberOf[0] ?? null
}
