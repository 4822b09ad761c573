import { describe, expect } from 'vitest'
import { authenticate } from '@/lib/auth/credentials'
import { hashPassword } from '@/lib/auth/password'
import { SECRET_WITHHELD } from '@/lib/mail/outbox'
import { databaseSnapshot, expectRefusal, LIMITER_MODELS, TEST_SETTINGS, test } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import {
  ADDRESS_HAS_ACCOUNT,
  completeSignUp,
  NOT_THE_SIGN_UP_PASSWORD,
  requestSignUp,
  resendSignUp,
  SIGN_UP_BY_INVITATION,
  SIGN_UP_LINK_CLOSED,
  signedUp,
  signUp,
  signUpLinkIsOpen,
} from './sign-up'

/**
 * Signing up as the instance allows (docs/architecture.md §14): the answer never says whether
 * an address has an account, and no account exists until the mailed link is opened with the
 * password chosen at sign-up, so nobody can hold an address they do not read.
 */
const meta = { ip: '203.0.113.9', userAgent: 'vitest' }
const mail = TEST_SETTINGS
const PASSWORD = 'copper-harbour-violet-38'
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1)

const policy = (t: TestDatabase, signUpPolicy: string, domains: string[] = []) =>
  t.sql(`UPDATE "Instance" SET "signUpPolicy" = $1::"SignUpPolicy", "signUpDomains" = $2`, [signUpPolicy, domains])

/** A sign-up's link, as the one mailed to the address. */
const linkFor = async (t: TestDatabase, email: string, password = PASSWORD) =>
  (await requestSignUp(t.db, mail, { name: 'Nia New', email, passwordHash: await hashPassword(password) }))!

describe('signing up', () => {
  test('is refused while the instance takes invitations only (the default)', async ({ t }) => {
    await expectRefusal(t.db, () => signUp(t.db, mail, { name: 'Nia New', email: 'nia@example.test', password: PASSWORD }, meta), {
      code: 'FORBIDDEN',
      message: SIGN_UP_BY_INVITATION,
    })
  })

  test('mails a link; the link with the password makes a verified account, once', async ({ t }) => {
    await policy(t, 'open')
    const result = await signUp(t.db, mail, { name: 'Nia New', email: 'Nia@Example.test', password: PASSWORD }, meta)
    expect(result).toEqual({ ok: true, data: { message: signedUp('nia@example.test'), email: 'nia@example.test' } })
    // Nothing holds the address yet; the instance's own mail is in no tenant's outbox, its link withheld.
    expect(await t.db.user.count({ where: { email: 'nia@example.test' } })).toBe(0)
    const [message] = await t.db.outboxMessage.findMany({ where: { to: 'nia@example.test' } })
    expect(message).toMatchObject({ tenantId: null, subject: 'Confirm your Atrium account' })
    expect(message!.body).toContain(SECRET_WITHHELD)

    const link = await linkFor(t, 'nia@example.test')
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify-email\/[\w-]{43}$/)
    expect(await signUpLinkIsOpen(t.db, tokenOf(link))).toBe(true)
    // A wrong password makes nothing (the limiter counts it).
    const before = await databaseSnapshot(t.db, { except: LIMITER_MODELS })
    expect(await completeSignUp(t.db, { token: tokenOf(link), password: 'a guess of someone' }, meta)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { password: [NOT_THE_SIGN_UP_PASSWORD] },
    })
    expect(await databaseSnapshot(t.db, { except: LIMITER_MODELS })).toEqual(before)
    const made = await completeSignUp(t.db, { token: tokenOf(link), password: PASSWORD }, meta)
    expect(made).toEqual({ ok: true, data: { userId: expect.any(String), email: 'nia@example.test' } })
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'nia@example.test' } })
    expect(user).toMatchObject({ name: 'Nia New', isPlatformAdmin: false })
    expect(user.emailVerifiedAt).not.toBeNull()
    expect(await authenticate(t.db, { email: 'nia@example.test', password: PASSWORD })).toMatchObject({ ok: true })
    expect(await completeSignUp(t.db, { token: tokenOf(link), password: PASSWORD }, meta)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: SIGN_UP_LINK_CLOSED,
    })
    await policy(t, 'invitations_only')
    await t.db.authThrottle.deleteMany()
  })

  test('answers an address that has an account as any other, tells its owner by mail, and changes nothing of it', async ({ t }) => {
    await policy(t, 'open')
    const before = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })
    const result = await signUp(
      t.db,
      mail,
      { name: 'Impostor', email: 'admin@acme.test', password: PASSWORD },
      { ...meta, ip: '203.0.113.10' },
    )
    expect(result).toEqual({ ok: true, data: { message: signedUp('admin@acme.test'), email: 'admin@acme.test' } })
    expect(await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })).toEqual(before)
    expect(await t.db.signUpRequest.count({ where: { email: 'admin@acme.test' } })).toBe(0)
    expect(await t.db.outboxMessage.findMany({ where: { to: 'admin@acme.test', tenantId: null } })).toMatchObject([
      { subject: 'You already have an Atrium account' },
    ])
    await policy(t, 'invitations_only')
  })

  test('a link someone else asked for does not give them the address: its owner cannot complete it, and makes their own', async ({ t }) => {
    const squatter = await linkFor(t, 'owner@example.test', 'the-squatters-own-secret-99')
    // The owner opens the mail they never asked for, with their own password: nothing is made.
    expect(await completeSignUp(t.db, { token: tokenOf(squatter), password: PASSWORD }, meta)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    })
    expect(await t.db.user.count({ where: { email: 'owner@example.test' } })).toBe(0)
    // Their own sign-up ends the squatter's link and makes the account theirs.
    const own = await linkFor(t, 'owner@example.test')
    expect(await signUpLinkIsOpen(t.db, tokenOf(squatter))).toBe(false)
    expect(await completeSignUp(t.db, { token: tokenOf(own), password: PASSWORD }, meta)).toMatchObject({ ok: true })
    // A link made before the address got its account finds it taken.
    const late = await linkFor(t, 'late@example.test')
    await t.db.user.create({
      data: { email: 'late@example.test', name: 'Invited Meanwhile', passwordHash: 'x', emailVerifiedAt: new Date() },
    })
    expect(await completeSignUp(t.db, { token: tokenOf(late), password: PASSWORD }, meta)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: ADDRESS_HAS_ACCOUNT,
    })
    await t.db.authThrottle.deleteMany()
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
    expect(await t.db.signUpRequest.count({ where: { email: 'in@example.org', usedAt: null } })).toBe(1)
    await policy(t, 'invitations_only')
    await t.db.authThrottle.deleteMany()
  })

  test('counts every request per address, resending included: the fourth in a window waits', async ({ t }) => {
    await policy(t, 'open')
    const address = { ...meta, ip: '203.0.113.11' }
    const ask = () => signUp(t.db, mail, { name: 'Rita Repeat', email: 'rita@example.test', password: PASSWORD }, address)
    for (let i = 0; i < 2; i++) expect(await ask()).toMatchObject({ ok: true })
    expect(await resendSignUp(t.db, mail, { email: 'rita@example.test' }, address)).toMatchObject({ ok: true })
    expect(await ask()).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect(await resendSignUp(t.db, mail, { email: 'rita@example.test' }, address)).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    // One link works: the newest.
    expect(await t.db.signUpRequest.count({ where: { email: 'rita@example.test', usedAt: null } })).toBe(1)
    await policy(t, 'invitations_only')
    await t.db.authThrottle.deleteMany()
  })

  test('an expired link makes nothing', async ({ t }) => {
    const link = await linkFor(t, 'slow@example.test')
    await t.sql(`UPDATE "SignUpRequest" SET "expiresAt" = now() - interval '1 minute' WHERE email = 'slow@example.test'`)
    expect(await signUpLinkIsOpen(t.db, tokenOf(link))).toBe(false)
    expect(await completeSignUp(t.db, { token: tokenOf(link), password: PASSWORD }, meta)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.db.user.count({ where: { email: 'slow@example.test' } })).toBe(0)
  })
})
