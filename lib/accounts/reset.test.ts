import { describe, expect } from 'vitest'
import { resolveContext } from '@/lib/context/resolve'
import { authenticate } from '@/lib/auth/credentials'
import { SECRET_WITHHELD } from '@/lib/mail/outbox'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import { issuePasswordReset, RESET_REQUESTED, requestPasswordReset, resetPassword } from './reset'

test.beforeEach(async ({ t, f }) => {
  await f.resetPeople()
  await t.db.passwordReset.deleteMany()
})

const MAIL = { appUrl: 'http://atrium.test', smtpUrl: null, mailFrom: 'atrium@example.test' }
const meta = { ip: '203.0.113.40', userAgent: 'vitest' }
const tokenOf = (link: string | null) => link!.split('/').pop()!
const NEW_PASSWORD = 'copper-lantern-fjord-basil'

describe('forgot password', () => {
  test('answers the same for an address with an account and one without; only the account gets a link', async ({ t }) => {
    const outboxBefore = await t.db.outboxMessage.count()
    const known = await requestPasswordReset(t.db, MAIL, { email: 'Member@Acme.test' }, meta)
    const unknown = await requestPasswordReset(t.db, MAIL, { email: 'nobody@acme.test' }, meta)
    expect(known).toEqual({ ok: true, data: { message: RESET_REQUESTED } })
    expect(unknown).toEqual(known)
    expect(await t.db.passwordReset.count()).toBe(1)
    const mail = await t.db.outboxMessage.findMany({ orderBy: { createdAt: 'desc' }, take: 1 })
    expect(await t.db.outboxMessage.count()).toBe(outboxBefore + 1)
    expect(mail[0]).toMatchObject({ to: 'member@acme.test' })
    expect(mail[0]!.body).toContain(SECRET_WITHHELD)
    expect(mail[0]!.body).not.toContain('/reset-password/')
  })

  test('is limited per address', async ({ t }) => {
    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset(t.db, MAIL, { email: 'viewer@acme.test' }, meta)).toMatchObject({ ok: true })
    expect(await requestPasswordReset(t.db, MAIL, { email: 'viewer@acme.test' }, meta)).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
  })
})

describe('a reset link', () => {
  test('sets a strong password once, ends every session and is audited', async ({ t, f }) => {
    const member = f.user('member@acme.test')
    const session = await f.claimsOf(member.email)
    const token = tokenOf(await issuePasswordReset(t.db, member.email, MAIL))
    expect(await resetPassword(t.db, TEST_AUDIT_KEY, { token, newPassword: 'password1234' }, meta)).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringContaining('too easy to guess')] },
    })
    expect(await resetPassword(t.db, TEST_AUDIT_KEY, { token, newPassword: NEW_PASSWORD }, meta)).toEqual({
      ok: true,
      data: { email: member.email },
    })
    expect(await authenticate(t.db, { email: member.email, password: NEW_PASSWORD })).toMatchObject({ ok: true })
    expect(await resolveContext(t.db, session)).toBeNull()
    expect(await t.db.auditEvent.count({ where: { action: 'account.passwordReset', actorId: member.id } })).toBe(1)
    expect(await resetPassword(t.db, TEST_AUDIT_KEY, { token, newPassword: 'another-copper-lantern-fjord' }, meta)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  test('stops working after 30 minutes, and when a newer one is sent', async ({ t }) => {
    const first = tokenOf(await issuePasswordReset(t.db, 'viewer@acme.test', MAIL))
    const second = tokenOf(await issuePasswordReset(t.db, 'viewer@acme.test', MAIL))
    expect(await resetPassword(t.db, TEST_AUDIT_KEY, { token: first, newPassword: NEW_PASSWORD }, meta)).toMatchObject({
      code: 'NOT_FOUND',
    })
    await t.db.passwordReset.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await resetPassword(t.db, TEST_AUDIT_KEY, { token: second, newPassword: NEW_PASSWORD }, meta)).toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  test('is never made for an unknown or disabled account', async ({ t }) => {
    expect(await issuePasswordReset(t.db, 'nobody@acme.test', MAIL)).toBeNull()
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'DISABLED' } })
    expect(await issuePasswordReset(t.db, 'viewer@acme.test', MAIL)).toBeNull()
  })
})
