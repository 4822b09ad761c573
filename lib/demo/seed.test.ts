import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyChain } from '@/lib/audit/chain'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { databaseSnapshot, TEST_AUDIT_KEY, TEST_KEYS } from '@/test/fixtures'
import { DEMO_TENANTS, DEMO_OPERATOR, DEMO_USERS, seedDemoData } from './seed'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t.close())

describe('seedDemoData', () => {
  it('creates the demo tenants with their default workspace and three environments each, and is idempotent', async () => {
    expect(await seedDemoData(t.db, TEST_KEYS)).toEqual({ createdTenants: ['Acme Corp', 'Globex'] })
    const acme = await t.db.tenant.findUniqueOrThrow({
      where: { slug: 'acme' },
      include: { workspaces: { include: { environments: true } } },
    })
    expect(acme.workspaces.map((w) => w.name).sort()).toEqual(['Client A', 'Marketing', 'Production', 'Staging'])
    expect(acme.workspaces.filter((w) => w.isDefault).map((w) => w.name)).toEqual(['Production'])
    for (const workspace of acme.workspaces) {
      expect(workspace.environments.map((e) => e.name).sort()).toEqual(['Development', 'Production', 'Staging'])
    }
    // The demo's people and its platform operator, who has two-factor authentication and no organisation.
    expect(await t.db.user.count()).toBe(DEMO_USERS.length + 1)
    const operator = await t.db.user.findUniqueOrThrow({
      where: { email: DEMO_OPERATOR.email },
      include: { twoFactor: true, tenantMemberships: true },
    })
    expect(operator).toMatchObject({ isPlatformAdmin: true, tenantMemberships: [], twoFactor: { confirmedAt: expect.any(Date) } })
    expect(await t.db.tenant.findMany({ select: { slug: true, supportAccess: true }, orderBy: { slug: 'asc' } })).toEqual([
      { slug: 'acme', supportAccess: 'on_approval' },
      { slug: 'globex', supportAccess: 'allowed' },
    ])
    for (const tenant of DEMO_TENANTS) {
      const { id } = await t.db.tenant.findUniqueOrThrow({ where: { slug: tenant.slug } })
      expect(await verifyChain(t.db, TEST_AUDIT_KEY, id)).toMatchObject({ ok: true })
    }

    const before = await databaseSnapshot(t.db)
    expect(await seedDemoData(t.db, TEST_KEYS)).toEqual({ createdTenants: [] })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })
})
