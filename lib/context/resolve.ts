import {
  can,
  seesTenant,
  supportRole,
  tenantRolesHoldingEverywhere,
  type AccountActor,
  type Actor,
  type SupportMode,
} from '@/lib/authz/permissions'
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
  /** Their organisations an operator suspended, with the reason given (nobody enters them). */
  suspendedOrganisations: SuspendedOrganisation[]
  /** A platform operator's live support sessions: the organisations they may enter as support (§15). */
  supportSessions: LiveSupportSession[]
}

export interface SuspendedOrganisation {
  id: string
  name: string
  reason: string
}

/** A support session that is live now: started, not ended, before its end, in an organisation that still allows it. */
export interface LiveSupportSession {
  id: string
  tenantId: string
  /** Read-write only while the organisation still allows it; otherwise read-only, whatever was granted. */
  mode: SupportMode
  endsAt: string
  reason: string
  tenant: { id: string; name: string; slug: string }
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
    tenant: {
      id: string
      name: string
      slug: string
      requireTwoFactor: boolean
      deletionDueAt: string | null
      suspendedReason: string | null
    }
  }[]
  workspaceMemberships: { workspaceId: string; role: WorkspaceRole; workspace: { tenantId: string } }[]
  /** For a platform operator, their live support sessions (empty for everyone else). */
  supportSessions: LiveSupportSession[]
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
 * own; for a platform operator, also those of the organisations their live support sessions
 * open (live at `now`: the server's clock, or a test's). This is the one place that picks the
 * candidates; can() (canEnter) still decides.
 */
export async function loadUserAccess(
  db: Db | Tx,
  userId: string,
  { sessionId = null, now = new Date() }: { sessionId?: string | null; now?: Date } = {},
): Promise<UserAccess | null> {
  // Timestamps are stored in UTC without a zone; the ISO string cast to one compares alike.
  const at = now.toISOString()
  // The session's "last seen" is written in the same statement, at most every few minutes.
  // The person's memberships span tenants: the named path 'session' (lib/db/scope.ts).
  const [row] = await withScope(
    { acrossTenants: 'session' },
    () => db.$queryRaw<(Omit<UserAccess, 'workspaces'> & { workspaces: WorkspaceJson[] })[]>`
    WITH seen AS (
      UPDATE "UserSession" SET "lastSeenAt" = now() AT TIME ZONE 'UTC'
      WHERE id = ${sessionId} AND "userId" = ${userId} AND "endedAt" IS NULL
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - ${LAST_SEEN_GRANULARITY}::interval
      RETURNING id),
    support AS (
      SELECT s.id, s."tenantId", s.reason, s."endsAt",
        CASE WHEN s.mode = 'read_write' AND t."supportReadWrite" THEN 'read_write' ELSE 'read_only' END AS mode,
        t.name, t.slug
      FROM "SupportSession" s JOIN "Tenant" t ON t.id = s."tenantId" JOIN "User" op ON op.id = s."operatorId"
      WHERE s."operatorId" = ${userId} AND op."isPlatformAdmin" AND s.status = 'active' AND s."endsAt" > ${at}::timestamp
        AND t."supportAccess" <> 'off' AND t."deletionDueAt" IS NULL AND t."suspendedAt" IS NULL
        -- Still an operator with a second factor, and not someone the organisation counts as its own (or disabled).
        AND EXISTS (SELECT 1 FROM "TwoFactor" f WHERE f."userId" = op.id AND f."confirmedAt" IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM "TenantMembership" m WHERE m."tenantId" = s."tenantId" AND m."userId" = op.id))
    SELECT u.id, u.email, u.name, u.status::text AS status, u."isPlatformAdmin", u."emailVerifiedAt" IS NOT NULL AS "emailVerified",
      EXISTS (SELECT 1 FROM "UserSession" s WHERE s.id = ${sessionId} AND s."userId" = u.id AND s."endedAt" IS NULL
              AND s."expiresAt" > now() AT TIME ZONE 'UTC') AS "sessionLive",
      EXISTS (SELECT 1 FROM "TwoFactor" f WHERE f."userId" = u.id AND f."confirmedAt" IS NOT NULL) AS "hasTwoFactor",
      COALESCE((
        SELECT json_agg(json_build_object('tenantId', m."tenantId", 'role', m.role, 'status', m.status,
                 'tenant', json_build_object('id', t.id, 'name', t.name, 'slug', t.slug, 'requireTwoFactor', t."requireTwoFactor",
                   'deletionDueAt', t."deletionDueAt" AT TIME ZONE 'UTC', 'suspendedReason', t."suspendedReason")) ORDER BY m."createdAt")
        FROM "TenantMembership" m JOIN "Tenant" t ON t.id = m."tenantId"
        WHERE m."userId" = u.id), '[]'::json) AS "tenantMemberships",
      COALESCE((
        SELECT json_agg(json_build_object('workspaceId', wm."workspaceId", 'role', wm.role, 'workspace', json_build_object('tenantId', w."tenantId")))
        FROM "WorkspaceMembership" wm JOIN "Workspace" w ON w.id = wm."workspaceId"
        WHERE wm."userId" = u.id), '[]'::json) AS "workspaceMemberships",
      COALESCE((
        SELECT json_agg(json_build_object('id', s.id, 'tenantId', s."tenantId", 'mode', s.mode, 'endsAt', s."endsAt" AT TIME ZONE 'UTC',
                 'reason', s.reason, 'tenant', json_build_object('id', s."tenantId", 'name', s.name, 'slug', s.slug)) ORDER BY s.name)
        FROM support s), '[]'::json) AS "supportSessions",
      COALESCE((
        SELECT json_agg(to_json(w) ORDER BY w.name, w.id)
        FROM "Workspace" w
        WHERE w.status = 'ACTIVE'
          AND (w."tenantId" IN (SELECT "tenantId" FROM support)
               OR EXISTS (SELECT 1 FROM "TenantMembership" m
                          WHERE m."tenantId" = w."tenantId" AND m."userId" = u.id AND m.status = 'ACTIVE'
                            AND (m.role::text = ANY(${ROLES_READING_EVERY_WORKSPACE}::text[])
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

/** The tenants a person may enter: active there, and the tenant neither scheduled for deletion nor suspended. */
export function enterableTenants(user: UserWithMemberships) {
  return activeMemberships(user).filter((m) => m.tenant.deletionDueAt === null && m.tenant.suspendedReason === null)
}

function suspendedOrganisationsOf(user: UserWithMemberships): SuspendedOrganisation[] {
  return activeMemberships(user)
    .filter((m) => m.tenant.suspendedReason !== null && m.tenant.deletionDueAt === null)
    .map(({ tenant }) => ({ id: tenant.id, name: tenant.name, reason: tenant.suspendedReason! }))
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
 * (tenant or workspace), whatever their memberships elsewhere. A platform operator who is not
 * its member holds the role of their live support session there, if any (§15), and nothing
 * otherwise: being an operator grants no role in any organisation.
 */
export function actorFromUser(user: UserWithMemberships, tenantId: string): Actor {
  const membership = activeMemberships(user).find((m) => m.tenantId === tenantId)
  // Any membership, even one the organisation disabled, rules out entering it as support.
  const member = user.tenantMemberships.some((m) => m.tenantId === tenantId)
  const support = member ? undefined : user.supportSessions.find((s) => s.tenantId === tenantId)
  if (support) {
    return {
      userId: user.id,
      tenantId,
      tenantRole: supportRole(support.mode),
      workspaceRoles: {},
      support: { sessionId: support.id, mode: support.mode, endsAt: new Date(support.endsAt), reason: support.reason },
    }
  }
  return {
    userId: user.id,
    tenantId,
    tenantRole: membership?.role ?? null,
    mustEnrolTwoFactor: Boolean(membership?.tenant.requireTwoFactor && !user.hasTwoFactor),
    workspaceRoles: membership
      ? Object.fromEntries(user.workspaceMemberships.filter((m) => m.workspace.tenantId === tenantId).map((m) => [m.workspaceId, m.role]))
      : {},
  }
}

/** Loads what can() needs to know about an active user in one tenant (one statement), as of `now`. */
export async function loadActor(db: Db | Tx, userId: string, tenantId: string, now?: Date): Promise<Actor | null> {
  const user = await loadUserAccess(db, userId, { now })
  if (!user || user.status !== 'ACTIVE') return null
  return actorFromUser(user, tenantId)
}

/** The person as themselves (account-level actions), if their account is active. */
export async function loadAccount(db: Db | Tx, userId: string): Promise<AccountActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { status: true, isPlatformAdmin: true, emailVerifiedAt: true, twoFactor: { select: { confirmedAt: true } } },
  })
  if (!user || user.status !== 'ACTIVE') return null
  return {
    userId,
    isPlatformAdmin: user.isPlatformAdmin,
    emailVerified: user.emailVerifiedAt !== null,
    hasTwoFactor: Boolean(user.twoFactor?.confirmedAt),
  }
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
export async function resolveContext(db: Db | Tx, claims: SessionClaims, now?: Date): Promise<RequestContext | null> {
  const user = await loadUserAccess(db, claims.userId, { sessionId: claims.sessionId, now })
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
  const suspendedOrganisations = suspendedOrganisationsOf(user)
  const { supportSessions } = user
  const memberOf = enterableTenants(user).map(({ tenant: { id, name, slug } }) => ({ id, name, slug }))
  const switcher = [...memberOf]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => {
      const actor = actorFromUser(user, t.id)
      return switcherGroup(t, actor, enterableIn(user, actor))
    })
    .filter((group): group is SwitcherGroup => group !== null)
  // An operator enters an organisation they are not in only through a live support session (§15).
  const tenant =
    memberOf.find((t) => t.id === claims.tenantId) ?? supportSessions.find((s) => s.tenantId === claims.tenantId)?.tenant ?? memberOf[0]
  const known = { user: identity, sessionId: claims.sessionId, switcher, scheduledDeletions, suspendedOrganisations, supportSessions }
  if (!tenant) return { ...known, tenant: null, actor: null, workspace: null }

  const actor = actorFromUser(user, tenant.id)
  let workspace: Workspace | null = null
  if (seesTenant(actor)) {
    workspace = chooseWorkspace(enterableIn(user, actor), claims.workspaceId)
  }
  return { ...known, tenant, actor, workspace }
}
