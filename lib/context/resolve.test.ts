import { describe, expect } from 'vitest'
import { landingWorkspace } from '@/lib/auth/workspace-claim'
import { test } from '@/test/fixtures'
import { openDatabase } from '@/lib/db/client'
import { countStatements } from '@/lib/db/statement-counter'
import { DEMO_USERS } from '@/lib/demo/seed'
import { resolveContext } from './resolve'

// Cases below disable the member, remove memberships and archive a workspace: every case starts from the seeded ones.
test.beforeEach(async ({ f }) => {
  await f.resetPeople()
  await f.resetWorkspaceLifecycle()
})

describe('landing workspace at sign-in', () => {
  test.for([
    ['admin@acme.test', 'acme/production'],
    ['auditor@acme.test', 'acme/production'],
    ['wsadmin@acme.test', 'acme/marketing'],
    ['member@acme.test', 'acme/client-a'],
    ['viewer@acme.test', 'acme/staging'],
    ['admin@globex.test', 'globex/research'],
    ['both@example.test', 'acme/client-a'],
  ] as const)('%s lands in %s', async ([email, key], { t, f }) => {
    const landing = await landingWorkspace(t.db, f.user(email).id)
    expect(landing).toEqual({ tenantId: f.workspace(key).tenantId, workspaceId: f.workspace(key).id })
  })
})

describe('resolveContext re-checks access on every request', () => {
  test('keeps the token workspace while the user may enter it', async ({ t, f }) => {
    const claims = { ...(await f.claimsOf('member@acme.test')), workspaceId: f.workspace('acme/marketing').id }
    const ctx = await resolveContext(t.db, claims)
    expect(ctx?.workspace?.id).toBe(f.workspace('acme/marketing').id)
    expect(ctx?.actor?.workspaceRoles[f.workspace('acme/marketing').id]).toBe('workspace_member')
  })

  test('falls back when the membership is removed: default if enterable, else the first enterable', async ({ t, f }) => {
    const claims = { ...(await f.claimsOf('wsadmin@acme.test')), workspaceId: f.workspace('acme/marketing').id }
    await t.db.workspaceMembership.deleteMany({ where: { userId: f.user('wsadmin@acme.test').id } })
    const ctx = await resolveContext(t.db, claims)
    expect(ctx).not.toBeNull()
    expect(ctx!.workspace).toBeNull()
  })

  test('falls back to the tenant default when the token workspace is archived (tenant roles)', async ({ t, f }) => {
    const staging = f.workspace('acme/staging')
    const claims = { ...(await f.claimsOf('auditor@acme.test')), workspaceId: staging.id }
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [staging.id])
    const ctx = await resolveContext(t.db, claims)
    expect(ctx?.workspace?.id).toBe(f.workspace('acme/production').id)
    await t.sql(`UPDATE "Workspace" SET status = 'ACTIVE', "archivedAt" = NULL WHERE id = $1`, [staging.id])
  })

  test('ignores a token workspace of another tenant', async ({ t, f }) => {
    const claims = { ...(await f.claimsOf('member@acme.test')), workspaceId: f.workspace('globex/research').id }
    const ctx = await resolveContext(t.db, claims)
    expect(ctx?.workspace?.id).toBe(f.workspace('acme/client-a').id)
  })

  test('signs out a disabled user and a token whose session has ended or expired', async ({ t, f }) => {
    const claims = await f.claimsOf('member@acme.test')
    await t.db.userSession.update({ where: { id: claims.sessionId }, data: { endedAt: new Date(), endedReason: 'signedOut' } })
    expect(await resolveContext(t.db, claims)).toBeNull()
    const expiring = await f.claimsOf('member@acme.test')
    await t.db.userSession.update({ where: { id: expiring.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await resolveContext(t.db, expiring)).toBeNull()
    const someoneElses = { ...(await f.claimsOf('admin@acme.test')), userId: claims.userId }
    expect(await resolveContext(t.db, someoneElses)).toBeNull()
    const fresh = await f.claimsOf('member@acme.test')
    expect(await resolveContext(t.db, fresh)).not.toBeNull()
    await t.db.user.update({ where: { email: 'member@acme.test' }, data: { status: 'DISABLED' } })
    expect(await resolveContext(t.db, fresh)).toBeNull()
  })
})

describe('the request context costs one round trip', () => {
  test.for(DEMO_USERS.map((user) => user.email))('%s: one SQL statement, the same answer', async (email, { t, f }) => {
    const counter = { count: 0 }
    const counted = openDatabase({ ...t.connection, factory: countStatements(t.connection.factory, counter) })
    try {
      const claims = await f.claimsOf(email)
      const ctx = await resolveContext(counted.db, claims)
      expect(counter.count).toBe(1)
      expect(ctx?.user.email).toBe(email)
      // What the sidebar shows comes with it: no second load for the switcher.
      expect(ctx?.switcher.flatMap((group) => group.workspaces).some((w) => w.id === ctx.workspace?.id)).toBe(true)
    } finally {
      await counted.db.$disconnect()
    }
  })
})
