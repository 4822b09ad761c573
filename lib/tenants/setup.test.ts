import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { verifyWholeChain } from '@/lib/audit/chain'
import { authenticate } from '@/lib/auth/credentials'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { TEST_AUDIT_KEY } from '@/test/fixtures'
import { ALREADY_SET_UP, needsSetUp, SET_UP_KEY_NEEDED, setUpInstance, setUpKeyOf } from './setup'

/**
 * The first run (docs/architecture.md §14) on a database that holds nobody: what it makes,
 * what it refuses, and that it succeeds exactly once, also when many race for it.
 */
const meta = { ip: '127.0.0.1', userAgent: 'vitest' }
const FIRST = {
  name: 'Fran First',
  email: 'Fran@Example.test',
  password: 'quartz-lantern-meadow-71',
  organisationName: 'Northwind Traders',
  organisationSlug: 'northwind',
}

describe('first-run set-up', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t.close())

  it('refuses bad input next to each field and changes nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ organisationSlug: 'setup' }, 'organisationSlug'],
      [{ organisationSlug: 'Not A Slug' }, 'organisationSlug'],
      [{ organisationName: 'North\u202Ewind' }, 'organisationName'],
      [{ name: 'Fran\u200B' }, 'name'],
      [{ email: 'not-an-address' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ password: 'password123456' }, 'password'],
    ]
    for (const [change, field] of cases) {
      const result = await setUpInstance(t.db, TEST_AUDIT_KEY, { ...FIRST, ...change }, meta)
      expect(result, JSON.stringify(change)).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fieldErrors: { [field]: [expect.any(String)] },
      })
    }
    expect(await t.db.user.count()).toBe(0)
    expect(await t.db.tenant.count()).toBe(0)
    expect(await needsSetUp(t.db)).toBe(true)
  })

  it('asks for the key of the printed set-up link on PostgreSQL, not on the embedded database', async () => {
    const postgres = { database: { kind: 'postgres' as const, url: '', migrationUrl: '' }, authSecrets: ['a'.repeat(43)] }
    const key = setUpKeyOf(postgres)!
    expect(key).toMatch(/^[\w-]{32}$/)
    expect(setUpKeyOf({ ...postgres, authSecrets: ['b'.repeat(43)] })).not.toBe(key)
    expect(setUpKeyOf({ database: { kind: 'pglite', dataDir: '' }, authSecrets: ['a'.repeat(43)] })).toBeNull()
    for (const given of [undefined, '', key.slice(1), `${key.slice(0, -1)}x`]) {
      const result = await setUpInstance(t.db, TEST_AUDIT_KEY, { ...FIRST, key: given }, meta, { key })
      expect(result).toEqual({ ok: false, code: 'FORBIDDEN', message: SET_UP_KEY_NEEDED })
    }
    expect(await t.db.user.count()).toBe(0)
    expect(await needsSetUp(t.db)).toBe(true)
  })

  it('makes the first account, a platform operator, and its organisation with a General workspace', async () => {
    const result = await setUpInstance(t.db, TEST_AUDIT_KEY, { ...FIRST, key: 'the-key-of-the-printed-link-0123' }, meta, {
      key: 'the-key-of-the-printed-link-0123',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } })
    expect(user).toMatchObject({ email: 'fran@example.test', name: 'Fran First', isPlatformAdmin: true })
    expect(user.emailVerifiedAt).not.toBeNull()
    expect(await authenticate(t.db, { email: 'fran@example.test', password: FIRST.password })).toMatchObject({
      ok: true,
      user: { id: user.id },
    })
    const tenant = await t.db.tenant.findUniqueOrThrow({ where: { id: result.data.tenantId }, include: { memberships: true } })
    expect(tenant).toMatchObject({ name: 'Northwind Traders', slug: 'northwind', createdById: user.id })
    expect(tenant.memberships).toMatchObject([{ userId: user.id, role: 'tenant_admin', status: 'ACTIVE' }])
    const workspace = await t.db.workspace.findFirstOrThrow({
      where: { tenantId: tenant.id },
      include: { environments: { orderBy: { position: 'asc' } }, memberships: true },
    })
    expect(workspace).toMatchObject({ name: 'General', slug: 'general', isDefault: true })
    expect(workspace.environments.map((e) => [e.slug, e.isProtected])).toEqual([
      ['development', false],
      ['staging', false],
      ['production', true],
    ])
    expect(workspace.memberships).toMatchObject([{ userId: user.id, role: 'workspace_admin' }])
    const entries = await t.db.auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { seq: 'asc' } })
    expect(entries.map((e) => e.action)).toEqual(['instance.setUp', 'workspace.created'])
    expect(await verifyWholeChain(t.db, TEST_AUDIT_KEY, tenant.id)).toMatchObject({ ok: true })
    expect(await needsSetUp(t.db)).toBe(false)
  })

  it('refuses a second set-up, and the database refuses to mark the instance set up again', async () => {
    const again = await setUpInstance(t.db, TEST_AUDIT_KEY, { ...FIRST, email: 'second@example.test', organisationSlug: 'second' }, meta)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: ALREADY_SET_UP })
    expect(await t.db.user.count()).toBe(1)
    await expect(t.sql(`UPDATE "Instance" SET "setUpAt" = now() + interval '1 day'`)).rejects.toThrow(/already set up/)
    await expect(t.sql(`UPDATE "Instance" SET "setUpAt" = NULL`)).rejects.toThrow(/already set up/)
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('racing set-ups (PostgreSQL)', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t.close())

  it('20 parallel set-ups make exactly one account and one organisation; the others are told it is done', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        setUpInstance(t.db, TEST_AUDIT_KEY, { ...FIRST, email: `racer-${i}@example.test`, organisationSlug: `racer-${i}` }, meta),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual(Array(19).fill(ALREADY_SET_UP))
    expect(await t.db.user.count()).toBe(1)
    expect(await t.db.tenant.count()).toBe(1)
    expect(await t.db.workspace.count()).toBe(1)
  })
})
