import { describe, expect, inject } from 'vitest'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { THROTTLE_RULES } from '@/lib/security/limits'
import { sealTotpSecret } from '@/lib/two-factor/secret-box'
import { newTotpSecret, totpCode } from '@/lib/two-factor/totp'
import { hashRecoveryCode } from '@/lib/two-factor/recovery-codes'
import type { TestDatabase } from '@/test/database'
import { TEST_AUDIT_KEY, TEST_SETTINGS, test, type Fixtures } from '@/test/fixtures'
import { signInWithPassword, signInWithSecondFactor } from './sign-in'
import { redeemTicket } from './tickets'

test.beforeEach(async ({ t, f }) => {
  await f.resetPeople()
  await t.db.securityEvent.deleteMany()
})

const KEYS = { auditKey: TEST_AUDIT_KEY, rootKeys: TEST_SETTINGS.encryptionKeys }
let address = 0
/** Each test signs in from an address of its own, so the per-address limit of one does not reach the next. */
const from = () => ({ ip: `198.51.100.${++address}`, userAgent: 'vitest' })
const signIn = (t: TestDatabase, email: string, password: string, meta = from()) =>
  signInWithPassword(t.db, KEYS, { email, password }, meta)
const lockOutEntries = (t: TestDatabase, userId: string) =>
  t.db.auditEvent.count({ where: { action: 'session.lockedOut', actorId: userId } })

describe('signing in with a password', () => {
  test('gives a ticket that opens one session, once', async ({ t, f }) => {
    const step = await signIn(t, 'member@acme.test', DEMO_PASSWORD)
    expect(step).toMatchObject({ ok: true, needsSecondFactor: false })
    const ticket = (step as { ticket: string }).ticket
    expect(await redeemTicket(t.db, ticket)).toBe(f.user('member@acme.test').id)
    expect(await redeemTicket(t.db, ticket)).toBeNull()
    expect(await redeemTicket(t.db, 'made-up')).toBeNull()
  })

  test('answers an unknown address and a wrong password alike, and leaves the same trace of each', async ({ t }) => {
    const auditBefore = await t.db.auditEvent.count()
    const meta = from()
    const known = await signIn(t, 'member@acme.test', 'wrong-password', meta)
    const unknown = await signIn(t, 'nobody@acme.test', 'wrong-password', meta)
    expect(known).toEqual({ ok: false, reason: 'invalid' })
    expect(unknown).toEqual(known)
    const events = await t.db.securityEvent.findMany({ where: { subject: { in: ['member@acme.test', 'nobody@acme.test'] } } })
    expect(events.map(({ kind, subject, ip }) => ({ kind, subject, ip })).sort((a, b) => a.subject.localeCompare(b.subject))).toEqual([
      { kind: 'signIn.failed', subject: 'member@acme.test', ip: meta.ip },
      { kind: 'signIn.failed', subject: 'nobody@acme.test', ip: meta.ip },
    ])
    const throttles = await t.db.authThrottle.findMany({
      where: { key: { in: ['sign-in:account:member@acme.test', 'sign-in:account:nobody@acme.test'] } },
    })
    expect(throttles.map((row) => [row.attempts, row.lockouts, row.lockedUntil])).toEqual([
      [1, 0, null],
      [1, 0, null],
    ])
    // Failed sign-ins no longer go into any tenant's audit chain.
    expect(await t.db.auditEvent.count()).toBe(auditBefore)
  })

  test('locks an account out after five wrong passwords, even for the right one, and audits that once', async ({ t, f }) => {
    const member = f.user('member@acme.test')
    for (let i = 0; i < 5; i++) expect(await signIn(t, member.email, `wrong-${i}`)).toEqual({ ok: false, reason: 'invalid' })
    const locked = await signIn(t, member.email, DEMO_PASSWORD)
    expect(locked).toMatchObject({ ok: false, reason: 'limited' })
    expect((locked as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(25_000)
    expect((locked as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(30_000)
    for (let i = 0; i < 20; i++) expect(await signIn(t, member.email, `wrong-${i}`)).toMatchObject({ reason: 'limited' })
    expect(await lockOutEntries(t, member.id)).toBe(1)
    // Only the five that were checked are recorded.
    expect(await t.db.securityEvent.count({ where: { kind: 'signIn.failed', subject: member.email } })).toBe(5)
  })

  test('doubles each further lock-out, up to fifteen minutes, and forgets once the password is right', async ({ t }) => {
    const email = 'viewer@acme.test'
    const key = `${THROTTLE_RULES.signInAccount.prefix}:${email}`
    const lockouts: number[] = []
    for (let round = 0; round < 7; round++) {
      for (let i = 0; i < 5; i++) await signIn(t, email, 'wrong')
      const row = await t.db.authThrottle.findUniqueOrThrow({ where: { key } })
      lockouts.push(Math.round((row.lockedUntil!.getTime() - row.lastAttemptAt.getTime()) / 1000))
      // The lock-out has passed.
      await t.sql(`UPDATE "AuthThrottle" SET "lockedUntil" = now() AT TIME ZONE 'UTC' - interval '1 second' WHERE key = $1`, [key])
    }
    expect(lockouts).toEqual([30, 60, 120, 240, 480, 900, 900])
    expect(await signIn(t, email, DEMO_PASSWORD)).toMatchObject({ ok: true })
    expect(await t.db.authThrottle.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: 0, lockouts: 0 })
  })

  test('forgets failures older than the window', async ({ t }) => {
    const email = 'wsadmin@acme.test'
    for (let i = 0; i < 4; i++) await signIn(t, email, 'wrong')
    await t.sql(`UPDATE "AuthThrottle" SET "lastAttemptAt" = now() AT TIME ZONE 'UTC' - interval '16 minutes' WHERE key = $1`, [
      `sign-in:account:${email}`,
    ])
    for (let i = 0; i < 4; i++) expect(await signIn(t, email, 'wrong')).toEqual({ ok: false, reason: 'invalid' })
    expect(await signIn(t, email, DEMO_PASSWORD)).toMatchObject({ ok: true })
  })

  test('limits one client address across addresses too', async ({ t }) => {
    const meta = from()
    for (let i = 0; i < THROTTLE_RULES.signInAddress.attempts; i++) await signIn(t, `stranger-${i}@example.test`, 'wrong', meta)
    expect(await signIn(t, 'admin@acme.test', DEMO_PASSWORD, meta)).toMatchObject({ ok: false, reason: 'limited' })
    expect(await signIn(t, 'admin@acme.test', DEMO_PASSWORD)).toMatchObject({ ok: true })
  })
})

describe('the second factor at sign-in', () => {
  async function enrolled(t: TestDatabase, f: Fixtures, email: string) {
    const user = f.user(email)
    const secret = newTotpSecret()
    await t.db.twoFactor.create({ data: { userId: user.id, ...sealTotpSecret(KEYS.rootKeys, user.id, secret), confirmedAt: new Date() } })
    await t.db.recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode('abcd-efgh-jkmn-pqrs') } })
    const step = await signIn(t, email, DEMO_PASSWORD)
    expect(step).toMatchObject({ ok: true, needsSecondFactor: true })
    return { user, secret, ticket: (step as { ticket: string }).ticket }
  }

  test('opens no session before the code, and one after it; the same code is not accepted twice', async ({ t, f }) => {
    const { user, secret, ticket } = await enrolled(t, f, 'member@acme.test')
    expect(await redeemTicket(t.db, ticket)).toBeNull()
    const code = totpCode(secret)
    expect(await signInWithSecondFactor(t.db, KEYS, ticket, code, from())).toMatchObject({ ok: true })
    expect(await redeemTicket(t.db, ticket)).toBe(user.id)
    const again = await signIn(t, user.email, DEMO_PASSWORD)
    expect(await signInWithSecondFactor(t.db, KEYS, (again as { ticket: string }).ticket, code, from())).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  test('takes a recovery code once, and audits its use', async ({ t, f }) => {
    const { user, ticket } = await enrolled(t, f, 'viewer@acme.test')
    expect(await signInWithSecondFactor(t.db, KEYS, ticket, 'ABCD EFGH JKMN PQRS', from())).toMatchObject({ ok: true })
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'account.recoveryCodeUsed', actorId: user.id } })
    expect(entry.data).toEqual({ left: 0 })
    const again = await signIn(t, user.email, DEMO_PASSWORD)
    expect(await signInWithSecondFactor(t.db, KEYS, (again as { ticket: string }).ticket, 'abcd-efgh-jkmn-pqrs', from())).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  test('locks out after five wrong codes', async ({ t, f }) => {
    const { user, secret, ticket } = await enrolled(t, f, 'wsadmin@acme.test')
    for (let i = 0; i < 5; i++)
      expect(await signInWithSecondFactor(t.db, KEYS, ticket, '000000', from())).toEqual({ ok: false, reason: 'invalid' })
    expect(await signInWithSecondFactor(t.db, KEYS, ticket, totpCode(secret), from())).toMatchObject({ ok: false, reason: 'limited' })
    expect(await lockOutEntries(t, user.id)).toBe(1)
  })

  test('refuses a ticket nobody issued', async ({ t }) => {
    expect(await signInWithSecondFactor(t.db, KEYS, 'made-up', '123456', from())).toEqual({ ok: false, reason: 'expired' })
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test('50 wrong passwords at once for one account: no more than five are checked', async ({ t, f }) => {
    const email = 'admin@acme.test'
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(t, email, `wrong-${i}`)))
    expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(5)
    expect(results.filter((result) => !result.ok && result.reason === 'limited')).toHaveLength(45)
    expect(await t.db.securityEvent.count({ where: { kind: 'signIn.failed', subject: email } })).toBe(5)
    expect(await lockOutEntries(t, f.user(email).id)).toBe(1)
    expect(await signIn(t, email, DEMO_PASSWORD)).toMatchObject({ ok: false, reason: 'limited' })
  })
})
