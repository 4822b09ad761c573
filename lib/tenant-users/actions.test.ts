import { describe, expect, inject } from 'vitest'
import { AccountCommandRefused, setAccountStatus } from '@/lib/accounts/service'
import { authenticate } from '@/lib/auth/credentials'
import { resolveContext } from '@/lib/context/resolve'
import { DEMO_OPERATOR, DEMO_PASSWORD } from '@/lib/demo/seed'
import { databaseSnapshot, TEST_AUDIT_KEY, type Fixtures, expectRefusal, test } from '@/test/fixtures'
import { changeTenantRole as changeRole } from './actions/change-tenant-role'
import { removeTenantUser as remove } from './actions/remove-tenant-user'
import { setUserStatus as setStatus } from './actions/set-user-status'

test.beforeEach(({ f }) => f.resetPeople())

/** The token of a session of Bea (in Acme and Globex) whose active tenant is the given one. */
async function beaIn(f: Fixtures, tenantSlug: 'acme' | 'globex') {
  const claims = await f.claimsOf('both@example.test')
  const workspace = f.workspace(tenantSlug === 'acme' ? 'acme/client-a' : 'globex/operations')
  return { ...claims, tenantId: workspace.tenantId, workspaceId: workspace.id }
}

describe('tenant users', () => {
  test('disabling someone in the last tenant open to them ends their sessions; re-enabling lets them sign in again', async ({ t, f }) => {
    const claims = await f.claimsOf('viewer@acme.test')
    expect(await resolveContext(t.db, claims)).toMatchObject({ tenant: { slug: 'acme' } })
    expect(
      await setStatus.execute(await f.envOf('admin@acme.test'), { userId: f.user('viewer@acme.test').id, status: 'DISABLED' }),
    ).toMatchObject({ ok: true })
    expect(await resolveContext(t.db, claims)).toBeNull()
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'tenantUser.disabled' }, orderBy: { seq: 'desc' } })
    expect(entry.data).toMatchObject({ email: 'viewer@acme.test', sessionsEnded: expect.any(Number) })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
    expect(
      await setStatus.execute(await f.envOf('admin@acme.test'), { userId: f.user('viewer@acme.test').id, status: 'ACTIVE' }),
    ).toMatchObject({ ok: true })
    expect(await resolveContext(t.db, await f.claimsOf('viewer@acme.test'))).toMatchObject({
      tenant: { slug: 'acme' },
      workspace: { slug: 'staging' },
    })
  })

  test("Globex's admin disabling a shared person changes nothing of their Acme access", async ({ t, f }) => {
    const bea = f.user('both@example.test')
    const acmeSession = await beaIn(f, 'acme')
    const globexSession = await beaIn(f, 'globex')
    const accountBefore = await t.db.user.findUniqueOrThrow({ where: { id: bea.id } })
    const acmeMembershipBefore = await t.db.tenantMembership.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: bea.id } },
    })

    expect(await setStatus.execute(await f.envOf('admin@globex.test'), { userId: bea.id, status: 'DISABLED' })).toMatchObject({ ok: true })

    // Her account, her Acme membership, her Acme session and her sign-in are as they were.
    expect(await t.db.user.findUniqueOrThrow({ where: { id: bea.id } })).toEqual(accountBefore)
    expect(
      await t.db.tenantMembership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: bea.id } } }),
    ).toEqual(acmeMembershipBefore)
    expect(await resolveContext(t.db, acmeSession)).toMatchObject({ tenant: { slug: 'acme' }, workspace: { slug: 'client-a' } })
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({ ok: true })
    // A session that was in Globex moves to Acme on its next request.
    expect(await resolveContext(t.db, globexSession)).toMatchObject({ tenant: { slug: 'acme' }, actor: { tenantId: f.tenant('acme').id } })
  })

  test("Globex's admin cannot re-enable someone Acme disabled, nor reach Acme's people at all", async ({ t, f }) => {
    const bea = f.user('both@example.test')
    expect(await setStatus.execute(await f.envOf('admin@acme.test'), { userId: bea.id, status: 'DISABLED' })).toMatchObject({ ok: true })
    const globex = await f.envOf('admin@globex.test')
    // Bea is active in Globex already: "re-enabling" her there is a no-op that leaves Acme's decision alone.
    expect(await setStatus.execute(globex, { userId: bea.id, status: 'ACTIVE' })).toMatchObject({ ok: true })
    expect(
      await t.db.tenantMembership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: bea.id } } }),
    ).toMatchObject({ status: 'DISABLED' })
    expect(await resolveContext(t.db, await beaIn(f, 'acme'))).toMatchObject({ tenant: { slug: 'globex' } })
    // Acme-only people are not found from Globex.
    for (const email of ['viewer@acme.test', 'admin@acme.test']) {
      await expectRefusal(t.db, () => setStatus.execute(globex, { userId: f.user(email).id, status: 'DISABLED' }), { code: 'NOT_FOUND' })
      await expectRefusal(t.db, () => remove.execute(globex, { userId: f.user(email).id }), { code: 'NOT_FOUND' })
      await expectRefusal(t.db, () => changeRole.execute(globex, { userId: f.user(email).id, role: 'tenant_admin' }), { code: 'NOT_FOUND' })
    }
  })

  test('no sequence of actions in another tenant leaves a tenant without an active tenant admin', async ({ t, f }) => {
    const bea = f.user('both@example.test')
    const acmeAdmin = await f.envOf('admin@acme.test')
    // Bea becomes Acme's second tenant admin; then Globex disables her, and removes her.
    expect(await changeRole.execute(acmeAdmin, { userId: bea.id, role: 'tenant_admin' })).toMatchObject({ ok: true })
    const globex = await f.envOf('admin@globex.test')
    expect(await setStatus.execute(globex, { userId: bea.id, status: 'DISABLED' })).toMatchObject({ ok: true })
    expect(await remove.execute(globex, { userId: bea.id })).toMatchObject({ ok: true })
    // Acme still has two active admins: Bea may take over and disable Ada.
    const beaInAcme = { ...(await f.envOf('both@example.test')), claims: await beaIn(f, 'acme') }
    expect(await setStatus.execute(beaInAcme, { userId: f.user('admin@acme.test').id, status: 'DISABLED' })).toMatchObject({ ok: true })
    const activeAdmins = await t.db.tenantMembership.count({
      where: { tenantId: f.tenant('acme').id, role: 'tenant_admin', status: 'ACTIVE' },
    })
    expect(activeAdmins).toBe(1)
  })

  test('changes a tenant role, audited', async ({ t, f }) => {
    expect(
      await changeRole.execute(await f.envOf('admin@acme.test'), { userId: f.user('member@acme.test').id, role: 'tenant_auditor' }),
    ).toMatchObject({ ok: true })
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('acme').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'tenantUser.roleChanged',
      data: { email: 'member@acme.test', from: 'tenant_member', to: 'tenant_auditor' },
    })
  })

  test('removes a person from this tenant and its workspaces only', async ({ t, f }) => {
    const bea = f.user('both@example.test')
    expect(await remove.execute(await f.envOf('admin@globex.test'), { userId: bea.id })).toMatchObject({ ok: true })
    const left = await t.db.user.findUniqueOrThrow({
      where: { id: bea.id },
      include: { tenantMemberships: { include: { tenant: true } }, workspaceMemberships: { include: { workspace: true } } },
    })
    expect(left.tenantMemberships.map((m) => m.tenant.slug)).toEqual(['acme'])
    expect(left.workspaceMemberships.map((m) => m.workspace.slug)).toEqual(['client-a'])
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('globex').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({ action: 'tenantUser.removed', targetId: bea.id, data: { email: 'both@example.test', workspaces: 1 } })
  })

  test('lets nobody disable, demote or remove themselves', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const self = f.user('admin@acme.test').id
    await expectRefusal(t.db, () => setStatus.execute(env, { userId: self, status: 'DISABLED' }), { code: 'SELF_CHANGE' })
    await expectRefusal(t.db, () => changeRole.execute(env, { userId: self, role: 'tenant_member' }), { code: 'SELF_CHANGE' })
    await expectRefusal(t.db, () => remove.execute(env, { userId: self }), { code: 'SELF_CHANGE' })
  })

  test('keeps one active tenant admin', async ({ t, f }) => {
    // Two admins: either may disable the other, leaving one active admin.
    expect(
      await changeRole.execute(await f.envOf('admin@acme.test'), { userId: f.user('wsadmin@acme.test').id, role: 'tenant_admin' }),
    ).toMatchObject({ ok: true })
    expect(
      await setStatus.execute(await f.envOf('wsadmin@acme.test'), { userId: f.user('admin@acme.test').id, status: 'DISABLED' }),
    ).toMatchObject({ ok: true })
    // Nobody else in Acme may act on its last active admin now; a platform operator in a
    // read-write support session (a tenant admin's role) may not touch its people at all.
    const operator = f.user(DEMO_OPERATOR.email)
    await t.sql(`UPDATE "Tenant" SET "supportReadWrite" = true WHERE slug = 'acme'`)
    await t.sql(
      `INSERT INTO "SupportSession" (id, "tenantId", "operatorId", reason, "durationMinutes", mode, status, "startedAt", "endsAt")
       VALUES (gen_random_uuid(), $1, $2, 'A look', 60, 'read_write', 'active', now(), now() + interval '60 minutes')`,
      [f.tenant('acme').id, operator.id],
    )
    const support = await f.envOf(DEMO_OPERATOR.email, 'acme/marketing')
    const lastAdmin = f.user('wsadmin@acme.test').id
    await expectRefusal(t.db, () => changeRole.execute(support, { userId: lastAdmin, role: 'tenant_member' }), { code: 'FORBIDDEN' })
    await expectRefusal(t.db, () => setStatus.execute(support, { userId: lastAdmin, status: 'DISABLED' }), { code: 'FORBIDDEN' })
    await expectRefusal(t.db, () => remove.execute(support, { userId: lastAdmin }), { code: 'FORBIDDEN' })
    // And the last admin cannot leave it themselves.
    const walt = await f.envOf('wsadmin@acme.test')
    await expectRefusal(t.db, () => setStatus.execute(walt, { userId: lastAdmin, status: 'DISABLED' }), { code: 'SELF_CHANGE' })
  })
})

describe('account status (platform operators only)', () => {
  test('disables an account everywhere, ends its sessions and records it in every tenant it belongs to', async ({ t, f }) => {
    const bea = f.user('both@example.test')
    const session = await beaIn(f, 'acme')
    const heads = await t.db.auditHead.findMany({ orderBy: { tenantId: 'asc' } })
    expect(
      await setAccountStatus(t.db, TEST_AUDIT_KEY, { email: 'both@example.test', status: 'DISABLED', by: 'ops@example.test' }),
    ).toMatchObject({ tenants: 2 })
    expect(await resolveContext(t.db, session)).toBeNull()
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
    for (const head of heads) {
      const entries = await t.db.auditEvent.findMany({ where: { tenantId: head.tenantId, seq: { gt: head.seq } } })
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'account.disabled',
          targetId: bea.id,
          actorId: null,
          data: { email: 'both@example.test', by: 'ops@example.test' },
        }),
      ])
    }
    await setAccountStatus(t.db, TEST_AUDIT_KEY, { email: 'both@example.test', status: 'ACTIVE', by: 'ops@example.test' })
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({ ok: true })
  })

  test("refuses to disable a tenant's only active admin", async ({ t }) => {
    const before = await databaseSnapshot(t.db)
    await expect(
      setAccountStatus(t.db, TEST_AUDIT_KEY, { email: 'admin@globex.test', status: 'DISABLED', by: 'ops' }),
    ).rejects.toBeInstanceOf(AccountCommandRefused)
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test('two tenant admins disabling each other at once leave one active admin (ten rounds)', async ({ t, f }) => {
    const [ada, walt] = [f.user('admin@acme.test').id, f.user('wsadmin@acme.test').id]
    for (let round = 0; round < 10; round++) {
      await f.resetPeople()
      await t.db.tenantMembership.update({
        where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: walt } },
        data: { role: 'tenant_admin' },
      })
      const [adaEnv, waltEnv] = [await f.envOf('admin@acme.test'), await f.envOf('wsadmin@acme.test')]
      const results = await Promise.all([
        setStatus.execute(adaEnv, { userId: walt, status: 'DISABLED' }),
        setStatus.execute(waltEnv, { userId: ada, status: 'DISABLED' }),
      ])
      // Under the tenant lock the second waits for the first and reads its outcome: its caller is
      // disabled by then, so no longer found in the tenant (without the lock it gets a CONFLICT
      // from the audit chain's unique index, or both succeed and no admin is left).
      expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['NOT_FOUND', 'ok'])
      expect(await t.db.tenantMembership.count({ where: { tenantId: f.tenant('acme').id, role: 'tenant_admin', status: 'ACTIVE' } })).toBe(
        1,
      )
    }
  })
})
