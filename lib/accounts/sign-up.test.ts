import { describe, expect } from 'vitest'
import { authenticate } from '@/lib/auth/credentials'
import { resolveContext } from '@/lib/context/resolve'
import { startSession } from '@/lib/sessions/service'
import { SECRET_WITHHELD } from '@/lib/mail/outbox'
import { expectRefusal, TEST_SETTINGS, test } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import {
  issueVerification,
  resendVerification,
  SIGN_UP_BY_INVITATION,
  signedUp,
  signUp,
  verifyEmail,
  VERIFICATION_LINK_CLOSED,
} from './sign-up'

/**
 * Signing up as the instance allows, and verifying the address (docs/architecture.md §14):
 * the answer never says whether an address has an account, and an unverified account
 * enters nothing.
 */
const meta = { ip: '203.0.113.9', userAgent: 'vitest' }
const mail = TEST_SETTINGS
const PASSWORD = 'copper-harbour-violet-38'
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1)

const policy = (t: TestDatabase, signUpPolicy: string, domains: string[] = []) =>
  t.sql(`UPDATE "Instance" SET "signUpPolicy" = $1::"SignUpPolicy", "signUpDomains" = $2`, [signUpPolicy, domains])

describe('signing up', () => {
  test('is refused while the instance takes invitations only (the default)', async ({ t }) => {
    await expectRefusal(t.db, () => signUp(t.db, mail, { name: 'Nia New', email: 'nia@example.test', password: PASSWORD }, meta), {
      code: 'FORBIDDEN',
      message: SIGN_UP_BY_INVITATION,
    })
  })

  test('makes an unverified account that enters nothing, and mails a link that verifies it once', async ({ t }) => {
    await policy(t, 'open')
    const result = await signUp(t.db, mail, { name: 'Nia New', email: 'Nia@Example.test', password: PASSWORD }, meta)
    expect(result).toEqual({ ok: true, data: { message: signedUp('nia@example.test') } })
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'nia@example.test' } })
    expect(user).toMatchObject({ name: 'Nia New', emailVerifiedAt: null, isPlatformAdmin: false })
    // The instance's own mail: in no tenant's outbox, its link withheld.
    const [message] = await t.db.outboxMessage.findMany({ where: { to: 'nia@example.test' } })
    expect(message).toMatchObject({ tenantId: null, subject: 'Verify your address for Atrium' })
    expect(message!.body).toContain(SECRET_WITHHELD)

    // Signed in, the account sees no organisation and may do nothing but verify.
    expect(await authenticate(t.db, { email: 'nia@example.test', password: PASSWORD })).toMatchObject({ ok: true })
    const sessionId = await startSession(t.db, user.id, { ip: null, userAgent: 'vitest' })
    const claims = { userId: user.id, sessionId, tenantId: null, workspaceId: null }
    expect(await resolveContext(t.db, claims)).toMatchObject({ user: { emailVerified: false }, tenant: null, switcher: [] })

    const link = await issueVerification(t.db, user, mail)
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify-email\/[\w-]{43}$/)
    expect(await verifyEmail(t.db, { token: tokenOf(link) }, meta)).toEqual({ ok: true, data: { email: 'nia@example.test' } })
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull()
    expect(await resolveContext(t.db, claims)).toMatchObject({ user: { emailVerified: true } })
    expect(await verifyEmail(t.db, { token: tokenOf(link) }, meta)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: VERIFICATION_LINK_CLOSED,
    })
    await policy(t, 'invitations_only')
  })

  test('answers an address that has an account as any other, and changes nothing of it', async ({ t }) => {
    await policy(t, 'open')
    const before = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })
    const result = await signUp(
      t.db,
      mail,
      { name: 'Impostor', email: 'admin@acme.test', password: PASSWORD },
      { ...meta, ip: '203.0.113.10' },
    )
    expect(result).toEqual({ ok: true, data: { message: signedUp('admin@acme.test') } })
    expect(await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })).toEqual(before)
    expect(await t.db.outboxMessage.count({ where: { to: 'admin@acme.test', tenantId: null } })).toBe(0)
    await policy(t, 'invitations_only')
  })

  test('under listed domains, refuses another domain next to the address; a weak password next to it', async ({ t }) => {
    await policy(t, 'listed_domains', ['example.org'])
    await expectRefusal(t.db, () => signUp(t.db, mail, { name: 'Out Side', email: 'out@example.net', password: PASSWORD }, meta), {
      code: 'VALIDATION',
      fieldErrors: { email: [expect.stringContaining('example.org')] },
    })
    await expectRefusal(t.db, () => signUp(t.db, mail, { name: 'In Side', email: 'in@example.org', password: 'in@example.org1' }, meta), {
      code: 'VALIDATION',
      fieldErrors: { password: [expect.any(String)] },
    })
    expect(await signUp(t.db, mail, { name: 'In Side', email: 'in@example.org', password: PASSWORD }, meta)).toMatchObject({ ok: true })
    expect(await t.db.user.count({ where: { email: 'in@example.org' } })).toBe(1)
    await policy(t, 'invitations_only')
  })

  test('counts every request per address: the fourth in a window waits', async ({ t }) => {
    await policy(t, 'open')
    const ask = () =>
      signUp(t.db, mail, { name: 'Rita Repeat', email: 'rita@example.test', password: PASSWORD }, { ...meta, ip: '203.0.113.11' })
    for (let i = 0; i < 3; i++) expect(await ask()).toMatchObject({ ok: true })
    expect(await ask()).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect(await t.db.user.count({ where: { email: 'rita@example.test' } })).toBe(1)
    await policy(t, 'invitations_only')
    await t.db.authThrottle.deleteMany()
  })

  test('a new link ends the earlier ones; an expired link does not verify', async ({ t }) => {
    const user = await t.db.user.create({
      data: { email: 'late@example.test', name: 'Lou Late', passwordHash: 'x', emailVerifiedAt: null },
    })
    const first = await issueVerification(t.db, user, mail)
    expect(await resendVerification(t.db, mail, user.id, { ...meta, ip: '203.0.113.12' })).toMatchObject({ ok: true })
    expect(await verifyEmail(t.db, { token: tokenOf(first) }, meta)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const expired = await issueVerification(t.db, user, mail)
    await t.sql(`UPDATE "EmailVerification" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = $1`, [user.id])
    expect(await verifyEmail(t.db, { token: tokenOf(expired) }, meta)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull()
    await t.db.authThrottle.deleteMany()
  })
})
