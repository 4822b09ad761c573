import { afterAll, beforeAll, expect } from 'vitest'
import type { ActionEnvironment, ActionSettings } from '@/lib/actions/define-action'
import { parseRootKeys, type RootKeyRing } from '@/lib/crypto/root-keys'
import { landingWorkspace } from '@/lib/auth/workspace-claim'
import { startSession } from '@/lib/sessions/service'
import type { SessionClaims } from '@/lib/context/resolve'
import type { Db } from '@/lib/db/client'
import { seedDemoData } from '@/lib/db/seed'
import { createTestDatabase, type TestDatabase } from './database'

export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef0123456789'
/** What the tests' actions read from the configuration: fixed root keys, loopback providers allowed. */
export const TEST_SETTINGS: ActionSettings = {
  encryptionKeys: parseRootKeys(`v1:${Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 3)).toString('base64url')}`) as RootKeyRing,
  allowLocalProviderUrls: true,
}
/** The keys the demo seed needs. */
export const TEST_KEYS = { auditKey: TEST_AUDIT_KEY, encryptionKeys: TEST_SETTINGS.encryptionKeys }

/** The demo tenants and users (every role), with lookups by email and "tenant/workspace" slug. */
export async function seedFixtures(db: Db) {
  await seedDemoData(db, TEST_KEYS)
  const users = await db.user.findMany()
  const tenants = await db.tenant.findMany()
  const workspaces = await db.workspace.findMany({ include: { tenant: true } })
  const user = (email: string) => {
    const found = users.find((u) => u.email === email)
    if (!found) throw new Error(`no fixture user ${email}`)
    return found
  }
  const workspace = (key: string) => {
    const found = workspaces.find((w) => `${w.tenant.slug}/${w.slug}` === key)
    if (!found) throw new Error(`no fixture workspace ${key}`)
    return found
  }
  const tenant = (slug: string) => tenants.find((t) => t.slug === slug)!

  /** What the token of a user who just signed in carries. */
  const claimsOf = async (email: string): Promise<SessionClaims> => {
    const u = await db.user.findUniqueOrThrow({ where: { email } })
    const sessionId = await startSession(db, u.id, { ip: '127.0.0.1', userAgent: 'vitest' })
    return { userId: u.id, sessionId, ...(await landingWorkspace(db, u.id)) }
  }

  /** An action environment for a signed-in user, optionally with another active workspace in the token. */
  const envOf = async (email: string, activeWorkspaceKey?: string): Promise<ActionEnvironment> => {
    const claims = await claimsOf(email)
    if (activeWorkspaceKey) {
      const active = workspace(activeWorkspaceKey)
      claims.workspaceId = active.id
      claims.tenantId = active.tenantId
    }
    return { db, claims, auditKey: TEST_AUDIT_KEY, meta: { ip: '127.0.0.1', userAgent: 'vitest' }, settings: TEST_SETTINGS }
  }

  const seededDefaults = workspaces.filter((w) => w.isDefault).map((w) => w.id)
  /** Puts every workspace back to the seeded lifecycle state: active, with the seeded defaults. */
  const resetWorkspaceLifecycle = async () => {
    await db.$transaction([
      db.workspace.updateMany({ data: { isDefault: false } }),
      db.workspace.updateMany({ data: { status: 'ACTIVE', archivedAt: null, archivedById: null } }),
      db.workspace.updateMany({ where: { id: { in: seededDefaults } }, data: { isDefault: true } }),
    ])
  }

  const seededMemberships = await db.workspaceMembership.findMany()
  /** Puts the workspace memberships back to the seeded ones. */
  const resetMemberships = async () => {
    await db.$transaction([db.workspaceMembership.deleteMany(), db.workspaceMembership.createMany({ data: seededMemberships })])
  }

  const seededTenantMemberships = await db.tenantMembership.findMany()
  const seededAccounts = users.map(({ id, status, isPlatformAdmin, passwordHash }) => ({ id, status, isPlatformAdmin, passwordHash }))
  /**
   * Puts people back as seeded: accounts (status, password, platform flag; no second
   * factor, no tenant requiring one, no sign-in limits), tenant
   * memberships (role, status) and workspace memberships. Users created by a test stay.
   */
  const resetPeople = async () => {
    await db.$transaction([
      ...seededAccounts.map(({ id, ...account }) => db.user.update({ where: { id }, data: account })),
      db.workspaceMembership.deleteMany(),
      db.tenantMembership.deleteMany(),
      db.tenantMembership.createMany({ data: seededTenantMemberships }),
      db.workspaceMembership.createMany({ data: seededMemberships }),
      db.twoFactor.deleteMany(),
      db.recoveryCode.deleteMany(),
      db.tenant.updateMany({ data: { requireTwoFactor: false } }),
      db.authThrottle.deleteMany(),
    ])
  }

  return { user, workspace, tenant, claimsOf, envOf, resetWorkspaceLifecycle, resetMemberships, resetPeople }
}

/**
 * The contents of every table (the audit log by count and each tenant's head, which
 * covers every entry through the chain): equal snapshots mean nothing changed, not just
 * that the row counts happen to match.
 */
export async function databaseSnapshot(db: Db) {
  const byId = { orderBy: { id: 'asc' } } as const
  return allNamed({
    tenants: db.tenant.findMany(byId),
    users: db.user.findMany(byId),
    tenantMemberships: db.tenantMembership.findMany(byId),
    workspaces: db.workspace.findMany(byId),
    environments: db.environment.findMany(byId),
    memberships: db.workspaceMembership.findMany(byId),
    auditEvents: db.auditEvent.count(),
    heads: db.auditHead.findMany({ orderBy: { tenantId: 'asc' } }),
    invitations: db.invitation.findMany(byId),
    outbox: db.outboxMessage.findMany(byId),
    resources: db.resource.findMany(byId),
    revisions: db.resourceRevision.findMany(byId),
    releases: db.release.findMany(byId),
    releaseItems: db.releaseItem.findMany(byId),
    approvals: db.releaseApproval.findMany(byId),
    dataKeys: db.tenantDataKey.findMany({ orderBy: { tenantId: 'asc' } }),
    credentials: db.providerCredential.findMany(byId),
    grants: db.providerGrant.findMany(byId),
    apiKeys: db.apiKey.findMany(byId),
  })
}

/** Promise.all over named promises: the same names, each with its value. */
async function allNamed<T extends Record<string, PromiseLike<unknown>>>(named: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(named))
  return Object.fromEntries(Object.keys(named).map((name, index) => [name, values[index]])) as { [K in keyof T]: Awaited<T[K]> }
}

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>

/** A fresh database of its own with the demo data, and its fixtures. */
export async function openSeededDatabase(): Promise<{ t: TestDatabase; f: Fixtures }> {
  const t = await createTestDatabase()
  return { t, f: await seedFixtures(t.db) }
}

/**
 * Gives this test file a fresh seeded database for all its tests, closed after them:
 *   let t: TestDatabase, f: Fixtures
 *   withSeededDatabase((opened) => ({ t, f } = opened))
 */
export function withSeededDatabase(receive: (opened: { t: TestDatabase; f: Fixtures }) => void) {
  let opened: { t: TestDatabase; f: Fixtures } | undefined
  beforeAll(async () => {
    opened = await openSeededDatabase()
    receive(opened)
  })
  afterAll(() => opened?.t.close())
}

/** Runs a call that must be refused with `expected` (code, message…) and asserts that it changed nothing. */
export async function expectRefusal(db: Db, call: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseSnapshot(db)
  expect(await call()).toMatchObject({ ok: false, ...expected })
  expect(await databaseSnapshot(db)).toEqual(before)
}
