import { describe, expect } from 'vitest'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import { authenticate } from './credentials'
import { signInToLanding } from './session-audit'

describe('authenticate', () => {
  test('accepts the right password, whatever the case of the email', async ({ t }) => {
    const result = await authenticate(t.db, { email: '  Admin@ACME.test ', password: DEMO_PASSWORD })
    expect(result).toMatchObject({ ok: true, user: { email: 'admin@acme.test', hasTwoFactor: false } })
  })

  test('records a sign-in, and the last sign-in, in the tenant the person lands in only', async ({ t }) => {
    const both = await t.db.user.findUniqueOrThrow({
      where: { email: 'both@example.test' },
      include: { tenantMemberships: { include: { tenant: true } } },
    })
    // Sign-ins recorded elsewhere so far (the case below signs someone in to Globex).
    const acmeId = both.tenantMemberships.find((m) => m.tenant.slug === 'acme')!.tenantId
    const signInsElsewhere = await t.db.auditEvent.count({ where: { action: 'session.signedIn', tenantId: { not: acmeId } } })
    const landing = await signInToLanding(t.db, TEST_AUDIT_KEY, both.id, { ip: '192.0.2.1', userAgent: 'vitest' })
    const memberships = await t.db.tenantMembership.findMany({ where: { userId: both.id }, include: { tenant: true } })
    const signedIn = memberships.filter((m) => m.lastSignInAt !== null).map((m) => m.tenant.slug)
    expect(signedIn).toEqual(['acme'])
    expect(landing.tenantId).toBe(memberships.find((m) => m.tenant.slug === 'acme')!.tenantId)
    const entry = await t.db.auditEvent.findFirstOrThrow({
      where: { tenantId: landing.tenantId!, action: 'session.signedIn' },
      orderBy: { seq: 'desc' },
    })
    expect(entry).toMatchObject({ actorId: both.id, ip: '192.0.2.1' })
    expect(await t.db.auditEvent.count({ where: { action: 'session.signedIn', tenantId: { not: landing.tenantId! } } })).toBe(
      signInsElsewhere,
    )
  })

  test('lands a person disabled in their first tenant in the next one they may enter', async ({ t }) => {
    // Someone of both tenants, as Bea is, but of this case's own: Bea's sign-ins are counted above.
    const bea = await t.db.user.findUniqueOrThrow({
      where: { email: 'both@example.test' },
      include: { tenantMemberships: true, workspaceMemberships: true },
    })
    const both = await t.db.user.create({
      data: {
        email: 'both-too@example.test',
        name: 'Bo Both',
        passwordHash: bea.passwordHash,
        tenantMemberships: { create: bea.tenantMemberships.map(({ tenantId, role, createdAt }) => ({ tenantId, role, createdAt })) },
        workspaceMemberships: { create: bea.workspaceMemberships.map(({ workspaceId, role }) => ({ workspaceId, role })) },
      },
    })
    const acme = await t.db.tenant.findUniqueOrThrow({ where: { slug: 'acme' } })
    const globex = await t.db.tenant.findUniqueOrThrow({ where: { slug: 'globex' } })
    await t.db.tenantMembership.update({ where: { tenantId_userId: { tenantId: acme.id, userId: both.id } }, data: { status: 'DISABLED' } })
    expect(await authenticate(t.db, { email: both.email, password: DEMO_PASSWORD })).toMatchObject({ ok: true })
    expect((await signInToLanding(t.db, TEST_AUDIT_KEY, both.id, { ip: null, userAgent: null })).tenantId).toBe(globex.id)
    await t.db.tenantMembership.update({
      where: { tenantId_userId: { tenantId: globex.id, userId: both.id } },
      data: { status: 'DISABLED' },
    })
    expect(await authenticate(t.db, { email: both.email, password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
  })

  test('answers a wrong password and an unknown email alike', async ({ t }) => {
    expect(await authenticate(t.db, { email: 'admin@acme.test', password: 'wrong' })).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: 'nobody@acme.test', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: '', password: '' })).toEqual({ ok: false, reason: 'invalid' })
  })

  test('refuses a disabled user, and says so only to someone who knows the password', async ({ t }) => {
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'DISABLED' } })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'disabled',
    })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: 'guess' })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  test('stores argon2id hashes, never the password', async ({ t }) => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(user.passwordHash).not.toContain(DEMO_PASSWORD)
  })
})
