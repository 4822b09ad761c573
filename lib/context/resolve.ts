import { can, seesTenant, tenantRolesHoldingEverywhere, type AccountActor, type Actor } from '@/lib/authz/permissions'
import type { Db, Tx } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import type { TenantRole, UserStatus, WorkspaceRole } from '@/lib/generated/prisma/enums'
import type { Workspace } from '@/lib/generated/prisma/client'
import { LAST_SEEN_GRANULARITY } from '@/lib/sessions/service'
import { switcherGroup, type SwitcherGroup } from '@/lib/switcher/groups'

/** What the session token carries (docs/architecture.md §3). */
export interface SessionClaims {
  userId: string
  tenantId: string | null
  workspaceId: string | null
  sessionId: string
}

/** An organisation of the person's that waits to be deleted: nobody enters it; its tenant admins may cancel. */
export interface ScheduledDeletion {
  id: string
  name: string
  slug: string
  dueAt: Date
  /** Whether this person may cancel it (they are its active tenant admin). */
  mayCancel: boolean
}

export interface RequestContext {
  user: { id: string; email: string; name: string; isPlatformAdmin: boolean; hasTwoFactor: boolean; emailVerified: boolean }
  /** The session this request belongs to (lib/sessions). */
  sessionId: string
  tenant: { id: string; name: string; slug: string } | null
  actor: Actor | null
  /** The active workspace after the fallback of §3; null when the user may enter none. */
  workspace: Workspace | null
  /** The workspaces the user may switch to, grouped by tenant (the sidebar's switcher). */
  switcher: SwitcherGroup[]
  /** Their organisations scheduled for deletion (outside the switcher: nobody enters them). */
  scheduledDeletions: ScheduledDeletion[]
}

interface UserWithMemberships {
  id: string
  isPlatformAdmin: boolean
  /** Whether the person has confirmed a second factor (some tenants require one). */
  hasTwoFactor: boolean
  tenantMemberships: {
    tenantId: string
    role: TenantRole
    status: UserStatus
    tenant: { id: string; name: string; slug: string; requireTwoFactor: boolean; deletionDueAt: string | null }
  }[]
  workspaceMemberships: { workspaceId: string; role: WorkspaceRole; workspace: { tenantId: string } }[]
}

/** A user with everything access depends on, and the active workspaces of their tenants they might enter (by name). */
export interface UserAccess extends UserWithMemberships {
  email: string
  name: string
  status: UserStatus
  /** Whether they proved their address (sign-up's link, or the invitation they came by). */
  emailVerified: boolean
  /** Whether the session asked about (if any) is live: not ended, not expired. */
  sessionLive: boolean
  workspaces: Workspace[]
}

const ROLES_READING_EVERY_WORKSPACE = tenantRolesHoldingEverywhere('workspace.read')

type WorkspaceJson = Omit<Workspace, 'createdAt' | 'updatedAt' | 'archivedAt'> & {
  createdAt: string
  updatedAt: string
  archivedAt: string | null
}

/**
 * The user and everything the request context needs, in one SQL statement (one round
 * trip): memberships in tenants and workspaces, and the active workspaces they might
 * enter — in their active tenants every one for the roles that read them all, else their
 * own; for a platform admin, also those of the tenant their token names. This is the one
 * place that picks the candidates; can() (canEnter) still decides.
 */
export async function loadUserAccess(
  db: Db | Tx,
  userId: string,
  { sessionId = null, tenantId = null }: { sessionId?: string | null; tenantId?: string | null } = {},
): Promise<UserAccess | null> {
  // The session's "last seen" is written in the same statement, at most every few minutes.
  // The person's memberships span tenants: the named path 'session' (lib/db/scope.ts).
  const [row] = await withScope(
    { acrossTenants: 'session' },
    () => db.$queryRaw<(Omit<UserAccess, 'workspaces'> & { workspaces: WorkspaceJson[] })[]>`
    WITH seen AS (
      UPDATE "UserSession" SET "lastSeenAt" = now() AT TIME ZONE 'UTC'
      WHERE id = ${sessionId} AND "userId" = ${userId} AND "endedAt" IS NULL
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - ${LAST_SEEN_GRANULARITY}::interval
      RETURNING id)
    SELECT u.id, u.email, u.name, u.status::text AS status, u."isPlatformAdmin", u."emailVerifiedAt" IS NOT NULL AS "emailVerified",
      EXISTS (SELECT 1 FROM "UserSession" s WHERE s.id = ${sessionId} AND s."userId" = u.id AND s."endedAt" IS NULL
              AND s."expiresAt" > now() AT TIME ZONE 'UTC') AS "sessionLive",
      EXISTS (SELECT 1 FROM "TwoFactor" f WHERE f."userId" = u.id AND f."confirmedAt" IS NOT NULL) AS "hasTwoFactor",
      COALESCE((
        SELECT json_agg(json_build_object('tenantId', m."tenantId", 'role', m.role, 'status', m.status,
                 'tenant', json_build_object('id', t.id, 'name', t.name, 'slug', t.slug, 'requireTwoFactor', t."requireTwoFactor",
                   'deletionDueAt', t."deletionDueAt" AT TIME ZONE 'UTC')) ORDER BY m."createdAt")
        FROM "TenantMembership" m JOIN "Tenant" t ON t.id = m."tenantId"
        WHERE m."userId" = u.id), '[]'::json) AS "tenantMemberships",
      COALESCE((
        SELECT json_agg(json_build_object('workspaceId', wm."workspaceId", 'role', wm.role, 'workspace', json_build_object('tenantId', w."tenantId")))
        FROM "WorkspaceMembership" wm JOIN "Workspace" w ON w.id = wm."workspaceId"
        WHERE wm."userId" = u.id), '[]'::json) AS "workspaceMemberships",
      COALESCE((
        SELECT json_agg(to_json(w) ORDER BY w.name, w.id)
        FROM "Workspace" w
        WHERE w.status = 'ACTIVE'
          AND ((u."isPlatformAdmin" AND w."tenantId" = ${tenantId})
               OR EXISTS (SELECT 1 FROM "TenantMembership" m
                          WHERE m."tenantId" = w."tenantId" AND m."userId" = u.id AND m.status = 'ACTIVE'
                            AND (u."isPlatformAdmin" OR m.role::text = ANY(${ROLES_READING_EVERY_WORKSPACE}::text[])
                                 OR EXISTS (SELECT 1 FROM "WorkspaceMembership" own WHERE own."workspaceId" = w.id AND own."userId" = u.id))))
      ), '[]'::json) AS workspaces
    FROM "User" u WHERE u.id = ${userId}`,
  )
  if (!row) return null
  const workspaces = row.workspaces.map((w) => ({
    ...w,
    createdAt: new Date(w.createdAt),
    updatedAt: new Date(w.updatedAt),
    archivedAt: w.archivedAt ? new Date(w.archivedAt) : null,
  }))
  return { ...row, workspaces }
}

/** The tenants a user may act in: those where their membership is active. */
export function activeMemberships(user: UserWithMemberships) {
  return user.tenantMemberships.filter((m) => m.status === 'ACTIVE')
}

/** The tenants a person may enter: active there, and the tenant not scheduled for deletion. */
export function enterableTenants(user: UserWithMemberships) {
  return activeMemberships(user).filter((m) => m.tenant.deletionDueAt === null)
}

function scheduledDeletionsOf(user: UserWithMemberships): ScheduledDeletion[] {
  return activeMemberships(user)
    .filter((m) => m.tenant.deletionDueAt !== null)
    .map(({ tenant }) => ({
      id: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
      dueAt: new Date(tenant.deletionDueAt!),
      mayCancel: can(actorFromUser(user, tenant.id), 'tenant.delete', { tenantId: tenant.id }),
    }))
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
    mustEnrolTwoFactor: Boolean(membership?.tenant.requireTwoFactor && !user.hasTwoFactor),
    workspaceRoles: membership
      ? Object.fromEntries(user.workspaceMemberships.filter((m) => m.workspace.tenantId === tenantId).map((m) => [m.workspaceId, m.role]))
      : {},
  }
}

/** Loads what can() needs to know about an active user in one tenant (one statement). */
export async function loadActor(db: Db | Tx, userId: string, tenantId: string): Promise<Actor | null> {
  const user = await loadUserAccess(db, userId)
  if (!user || user.status !== 'ACTIVE') return null
  return actorFromUser(user, tenantId)
}

/** The person as themselves (account-level actions), if their account is active. */
export async function loadAccount(db: Db | Tx, userId: string): Promise<AccountActor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { status: true, isPlatformAdmin: true, emailVerifiedAt: true } })
  if (!user || user.status !== 'ACTIVE') return null
  return { userId, isPlatformAdmin: user.isPlatformAdmin, emailVerified: user.emailVerifiedAt !== null }
}

export function canEnter(actor: Actor, workspace: Pick<Workspace, 'id' | 'tenantId' | 'status'>): boolean {
  return workspace.status === 'ACTIVE' && can(actor, 'workspace.read', { tenantId: workspace.tenantId, workspaceId: workspace.id })
}

/** The workspaces of the actor's tenant, among those loaded with the user, that the actor may enter (by name). */
export function enterableIn(user: Pick<UserAccess, 'workspaces'>, actor: Actor): Workspace[] {
  return user.workspaces.filter((workspace) => workspace.tenantId === actor.tenantId && canEnter(actor, workspace))
}

/**
 * The workspace a user works in, among those they may enter: the preferred one, else the
 * tenant's default, else the first by name, else none.
 */
export function chooseWorkspace(enterable: Workspace[], preferredId: string | null): Workspace | null {
  return enterable.find((w) => w.id === preferredId) ?? enterable.find((w) => w.isDefault) ?? enterable[0] ?? null
}

/**
 * Rebuilds the request's context from the token's claims, re-checking everything
 * against the database: a disabled account, an ended session (lib/sessions), a
 * membership disabled in the token's tenant (the person moves to another tenant they
 * may enter), a removed membership or an archived workspace take effect on the next
 * request.
 * Returns null when the token no longer stands for a signed-in user.
 */
export async function resolveContext(db: Db | Tx, claims: SessionClaims): Promise<RequestContext | null> {
  const user = await loadUserAccess(db, claims.userId, { sessionId: claims.sessionId, tenantId: claims.tenantId })
  if (!user || user.status !== 'ACTIVE' || !user.sessionLive) return null

  const identity = {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    hasTwoFactor: user.hasTwoFactor,
    emailVerified: user.emailVerified,
  }
  const scheduledDeletions = scheduledDeletionsOf(user)
  const memberOf = enterableTenants(user).map(({ tenant: { id, name, slug } }) => ({ id, name, slug }))
  const switcher = [...memberOf]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => {
      const actor = actorFromUser(user, t.id)
      return switcherGroup(t, actor, enterableIn(user, actor))
    })
    .filter((group): group is SwitcherGroup => group !== null)
  const tenant =
    memberOf.find((t) => t.id === claims.tenantId) ?? (await foreignTenantOfPlatformAdmin(db, user, claims.tenantId)) ?? memberOf[0]
  if (!tenant)
    return { user: identity, sessionId: claims.sessionId, tenant: null, actor: null, workspace: null, switcher, scheduledDeletions }

  const actor = actorFromUser(user, tenant.id)
  let workspace: Workspace | null = null
  if (seesTenant(actor)) {
    workspace = chooseWorkspace(enterableIn(user, actor), claims.workspaceId)
  }
  return { user: identity, sessionId: claims.sessionId, tenant, actor, workspace, switcher, scheduledDeletions }
}

/** A platform admin may look at a tenant they are not a member of (the one their token names). */
async function foreignTenantOfPlatformAdmin(db: Db | Tx, user: UserWithMemberships, tenantId: string | null) {
  if (!user.isPlatformAdmin || !tenantId) return null
  return withScope({ acrossTenants: 'session' }, () =>
    db.tenant.findUnique({ where: { id: tenantId, deletionDueAt: null }, select: { id: true, name: true, slug: true } }),
  )
}
