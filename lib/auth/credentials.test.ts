import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { TEST_AUDIT_KEY, seedFixtures } from '@/test/fixtures'
import { authenticate } from './credentials'
import { signInToLanding } from './session-audit'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  await seedFixtures(t.db)
})
afterAll(() => t.close())

describe('authenticate', () => {
  it('accepts the right password, whatever the case of the email', async () => {
    const result = await authenticate(t.db, { email: '  Admin@ACME.test ', password: DEMO_PASSWORD })
    expect(result).toMatchObject({ ok: true, user: { email: 'admin@acme.test', hasTwoFactor: false } })
  })

  it('records a sign-in, and the last sign-in, in the tenant the person lands in only', async () => {
    const both = await t.db.user.findUniqueOrThrow({
      where: { email: 'both@example.test' },
      include: { tenantMemberships: { include: { tenant: true } } },
    })
    const landing = await signInToLanding(t.db, TEST_AUDIT_KEY, both.id, { ip: '192.0.2.1', userAgent: 'vitest' })
    const memberships = await t.db.tenantMembership.findMany({ where: { userId: both.id }, include: { tenant: true } })
    const signedIn = memberships.filter((m) => m.lastSignInAt !== null).map((m) => m.tenant.slug)
    expect(signedIn).toEqual(['acme'])
    expect(landing.tenantId).toBe(memberships.find((m) => m.tenant.slug === 'acme')!.tenantId)
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: landing.tenantId!, action: 'session.signedIn' } })
    expect(entry).toMatchObject({ actorId: both.id, ip: '192.0.2.1' })
    expect(await t.db.auditEvent.count({ where: { action: 'session.signedIn', tenantId: { not: landing.tenantId! } } })).toBe(0)
  })

  it('lands a person disabled in their first tenant in the next one they may enter', async () => {
    const both = await t.db.user.findUniqueOrThrow({ where: { email: 'both@example.test' } })
    const acme = await t.db.tenant.findUniqueOrThrow({ where: { slug: 'acme' } })
    const globex = await t.db.tenant.findUniqueOrThrow({ where: { slug: 'globex' } })
    await t.db.tenantMembership.update({ where: { tenantId_userId: { tenantId: acme.id, userId: both.id } }, data: { status: 'DISABLED' } })
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({ ok: true })
    expect((await signInToLanding(t.db, TEST_AUDIT_KEY, both.id, { ip: null, userAgent: null })).tenantId).toBe(globex.id)
    await t.db.tenantMembership.update({
      where: { tenantId_userId: { tenantId: globex.id, userId: both.id } },
      data: { status: 'DISABLED' },
    })
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
    await t.db.tenantMembership.updateMany({ where: { userId: both.id }, data: { status: 'ACTIVE' } })
  })

  it('answers a wrong password and an unknown email alike', async () => {
    expect(await authenticate(t.db, { email: 'admin@acme.test', password: 'wrong' })).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: 'nobody@acme.test', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: '', password: '' })).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a disabled user, and says so only to someone who knows the password', async () => {
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'DISABLED' } })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: 'guess' })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('stores argon2id hashes, never the password', async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(user.passwordHash).not.toContain(DEMO_PASSWORD)
  })
})
