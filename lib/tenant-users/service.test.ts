import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveContext } from '@/lib/context/resolve'
import type { TestDatabase } from '@/test/database'
import { databaseSnapshot, openSeededDatabase, type Fixtures } from '@/test/fixtures'
import { changeTenantRoleAction as changeRole, setUserStatusAction as setStatus } from './action-definitions'

let t: TestDatabase
let f: Fixtures

beforeAll(async () => ({ t, f } = await openSeededDatabase()))
afterAll(() => t.close())

async function expectRefusal(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseSnapshot(t.db)
  expect(await run()).toMatchObject({ ok: false, ...expected })
  expect(await databaseSnapshot(t.db)).toEqual(before)
}

describe('tenant users', () => {
  it('disabling signs the user out on their next request; re-enabling lets them sign in again', async () => {
    const claims = await f.claimsOf('viewer@acme.test')
    expect(await resolveContext(t.db, claims)).not.toBeNull()
    expect(await setStatus.execute(await f.envOf('admin@acme.test'), { userId: f.user('viewer@acme.test').id, status: 'DISABLED' })).toMatchObject({ ok: true })
    expect(await resolveContext(t.db, claims)).toBeNull()
    expect(await setStatus.execute(await f.envOf('admin@acme.test'), { userId: f.user('viewer@acme.test').id, status: 'ACTIVE' })).toMatchObject({ ok: true })
    // The old token stays revoked; a new sign-in works.
    expect(await resolveContext(t.db, claims)).toBeNull()
    expect(await resolveContext(t.db, await f.claimsOf('viewer@acme.test'))).not.toBeNull()
  })

  it('changes a tenant role, audited', async () => {
    expect(await changeRole.execute(await f.envOf('admin@acme.test'), { userId: f.user('member@acme.test').id, role: 'tenant_auditor' })).toMatchObject({ ok: true })
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('acme').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({ action: 'tenantUser.roleChanged', data: { email: 'member@acme.test', from: 'tenant_member', to: 'tenant_auditor' } })
  })

  it('lets nobody disable or demote themselves', async () => {
    const env = await f.envOf('admin@acme.test')
    const self = f.user('admin@acme.test').id
    await expectRefusal(() => setStatus.execute(env, { userId: self, status: 'DISABLED' }), { code: 'SELF_CHANGE' })
    await expectRefusal(() => changeRole.execute(env, { userId: self, role: 'tenant_member' }), { code: 'SELF_CHANGE' })
  })

  it('keeps one active tenant admin', async () => {
    // Two admins: either may disable the other, leaving one active admin.
    expect(await changeRole.execute(await f.envOf('admin@acme.test'), { userId: f.user('wsadmin@acme.test').id, role: 'tenant_admin' })).toMatchObject({ ok: true })
    expect(await setStatus.execute(await f.envOf('wsadmin@acme.test'), { userId: f.user('admin@acme.test').id, status: 'DISABLED' })).toMatchObject({ ok: true })
    // Only a platform administrator can now act on the last active admin, and is refused too.
    await t.db.user.update({ where: { email: 'auditor@acme.test' }, data: { isPlatformAdmin: true } })
    const platform = await f.envOf('auditor@acme.test')
    await expectRefusal(() => changeRole.execute(platform, { userId: f.user('wsadmin@acme.test').id, role: 'tenant_member' }), {
      code: 'LAST_TENANT_ADMIN',
      message: 'A tenant needs at least one active tenant admin.',
    })
    await expectRefusal(() => setStatus.execute(platform, { userId: f.user('wsadmin@acme.test').id, status: 'DISABLED' }), { code: 'LAST_TENANT_ADMIN' })
    await t.db.user.update({ where: { email: 'auditor@acme.test' }, data: { isPlatformAdmin: false } })
    await t.db.user.update({ where: { email: 'admin@acme.test' }, data: { status: 'ACTIVE' } })
  })

  it("answers another tenant's user as not found", async () => {
    await expectRefusal(async () => setStatus.execute(await f.envOf('admin@globex.test'), { userId: f.user('viewer@acme.test').id, status: 'DISABLED' }), { code: 'NOT_FOUND' })
  })
})
