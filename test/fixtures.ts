import { expect, test as vitestTest } from 'vitest'
import type { ActionEnvironment, ActionSettings } from '@/lib/actions/define-action'
import { sessionCaller } from '@/lib/context/caller'
import { parseRootKeys, type RootKeyRing } from '@/lib/crypto/root-keys'
import { landingWorkspace } from '@/lib/auth/workspace-claim'
import { startSession } from '@/lib/sessions/service'
import type { SessionClaims } from '@/lib/context/resolve'
import type { Db } from '@/lib/db/client'
import { Prisma } from '@/lib/generated/prisma/client'
import { canonicalJson } from '@/lib/audit/canonical-json'
import { seedDemoData } from '@/lib/demo/seed'
import { createTestDatabase, type TestDatabase } from './database'

export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef0123456789'
/** What the tests' actions read from the configuration: fixed root keys, loopback providers allowed. */
export const TEST_SETTINGS: ActionSettings = {
  encryptionKeys: parseRootKeys(`v1:${Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 3)).toString('base64url')}`) as RootKeyRing,
  allowLocalProviderUrls: true,
  appUrl: 'http://localhost:3000',
  smtpUrl: null,
  mailFrom: 'Atrium <atrium@localhost>',
  organisationDeletionGraceMs: 7 * 86_400_000,
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

  /**
   * One live session per person for envOf, made on first use and again only once it has
   * ended: setting up a call writes nothing that a check of "the refusal changed nothing" would see.
   * A request writes "last seen" once the stored one is older than LAST_SEEN_GRANULARITY (5
   * minutes), which a long file outlasts: a session reused after 4 minutes is seen again here, so
   * the call made right after it (inside such a check) writes nothing. So call envOf before the check.
   */
  const sessions = new Map<string, string>()
  const liveSessionOf = async (userId: string) => {
    const known = sessions.get(userId)
    if (known) {
      await db.$executeRaw`UPDATE "UserSession" SET "lastSeenAt" = now() AT TIME ZONE 'UTC'
        WHERE id = ${known} AND "endedAt" IS NULL AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - interval '4 minutes'`
      if (await db.userSession.findFirst({ where: { id: known, endedAt: null }, select: { id: true } })) return known
    }
    const sessionId = await startSession(db, userId, { ip: '127.0.0.1', userAgent: 'vitest' })
    sessions.set(userId, sessionId)
    return sessionId
  }

  /** An action environment for a signed-in user, optionally with another active workspace in the token. */
  const envOf = async (email: string, activeWorkspaceKey?: string, through: Db = db): Promise<ActionEnvironment> => {
    const u = await db.user.findUniqueOrThrow({ where: { email } })
    const claims: SessionClaims = { userId: u.id, sessionId: await liveSessionOf(u.id), ...(await landingWorkspace(db, u.id)) }
    if (activeWorkspaceKey) {
      const active = workspace(activeWorkspaceKey)
      claims.workspaceId = active.id
      claims.tenantId = active.tenantId
    }
    // `through`: another connection to the same database (the fault test's, behind a proxy it cuts).
    return {
      db: through,
      caller: () => sessionCaller(through, claims),
      auditKey: TEST_AUDIT_KEY,
      meta: { ip: '127.0.0.1', userAgent: 'vitest' },
      settings: TEST_SETTINGS,
    }
  }

  const seededSettings = workspaces.map(({ id, name, description, color }) => ({ id, name, description, color }))
  /** Puts every seeded workspace's name, description and colour back as seeded. */
  const resetWorkspaceSettings = async () => {
    await db.$transaction(seededSettings.map(({ id, ...settings }) => db.workspace.update({ where: { id }, data: settings })))
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
  const seededTwoFactors = await db.twoFactor.findMany()
  /**
   * Puts people back as seeded: accounts (status, password, platform flag; the second factor
   * only the demo's operator has, no tenant requiring one, no sign-in limits), tenant
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
      db.twoFactor.createMany({ data: seededTwoFactors }),
      db.recoveryCode.deleteMany(),
      db.tenant.updateMany({
        data: {
          requireTwoFactor: false,
          deletionScheduledAt: null,
          deletionDueAt: null,
          deletionScheduledById: null,
          suspendedAt: null,
          suspendedReason: null,
          suspendedById: null,
        },
      }),
      db.authThrottle.deleteMany(),
    ])
  }

  return { user, workspace, tenant, claimsOf, envOf, resetWorkspaceSettings, resetWorkspaceLifecycle, resetMemberships, resetPeople }
}

/** Tables compared by count: the audit log (each tenant's head, compared whole, covers every entry through the chain). */
const COUNTED_MODELS: ReadonlySet<Prisma.ModelName> = new Set(['AuditEvent'])

/** Prisma's delegate of a model: `AuditEvent` → `db.auditEvent`. */
const delegateOf = (db: Db, model: Prisma.ModelName) =>
  (db as unknown as Record<string, { findMany(): Promise<object[]>; count(): Promise<number> }>)[model[0]!.toLowerCase() + model.slice(1)]!

/** One row as comparable text, keys sorted at every depth, so rows can be sorted whatever their key columns. */
const rowText = (row: object) =>
  canonicalJson(
    Object.fromEntries(Object.entries(row).map(([column, value]) => [column, typeof value === 'bigint' ? String(value) : value])),
  )

/**
 * The contents of every table Prisma knows (its model list, so a new model is compared
 * without anyone adding it here), the audit log by count: equal snapshots mean nothing
 * changed, not just that the row counts happen to match.
 */
export async function databaseSnapshot(db: Db, { except = [] }: { except?: readonly Prisma.ModelName[] } = {}) {
  const models = Object.values(Prisma.ModelName).filter((model) => !except.includes(model) && !OUT_OF_THE_APPS_REACH.includes(model))
  const contents = await Promise.all(
    models.map(async (model) => {
      const delegate = delegateOf(db, model)
      if (COUNTED_MODELS.has(model)) return [model, await delegate.count()] as const
      return [model, (await delegate.findMany()).map(rowText).sort()] as const
    }),
  )
  const tables = Object.fromEntries(contents) as Record<Prisma.ModelName, string[] | number>
  return { tables, auditEvents: tables.AuditEvent as number }
}

/**
 * Tables the runtime role holds no privilege on, so the app (and this snapshot) cannot read
 * them: the release path's grants, empty outside an applying transaction (its commit removes them).
 */
export const OUT_OF_THE_APPS_REACH: readonly Prisma.ModelName[] = ['ReleaseApplication']

/** The tables a refused link or password writes to on purpose: the limiter's counts and the security events. */
export const LIMITER_MODELS: readonly Prisma.ModelName[] = ['AuthThrottle', 'SecurityEvent']

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>

/** A fresh database of its own with the demo data, and its fixtures. */
export async function openSeededDatabase(): Promise<{ t: TestDatabase; f: Fixtures }> {
  const t = await createTestDatabase()
  return { t, f: await seedFixtures(t.db) }
}

/**
 * Vitest's `test` with this file's seeded database, typed: `t` (the database) and `f` (its
 * fixtures). One database per test file, opened and seeded when a test (or hook) first names
 * `t` or `f`, closed after the file's last test:
 *   test('…', async ({ t, f }) => { … })
 * Tests share it: each puts back, or works on targets of its own, whatever another may read
 * (the resets of `f`, in a `test.beforeEach(({ f }) => …)` where a whole file needs one).
 */
export const test = vitestTest
  // eslint-disable-next-line no-empty-pattern -- Vitest reads what a fixture depends on from this pattern: nothing.
  .extend('seededDatabase', { scope: 'file' }, async ({}, { onCleanup }) => {
    const opened = await openSeededDatabase()
    onCleanup(() => opened.t.close())
    return opened
  })
  .extend('t', { scope: 'file' }, ({ seededDatabase }) => seededDatabase.t)
  .extend('f', { scope: 'file' }, ({ seededDatabase }) => seededDatabase.f)

/** Runs a call that must be refused with `expected` (code, message…) and asserts that it changed nothing. */
export async function expectRefusal(db: Db, call: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseSnapshot(db)
  expect(await call()).toMatchObject({ ok: false, ...expected })
  expect(await databaseSnapshot(db)).toEqual(before)
}
