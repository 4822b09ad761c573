import { describe, expect } from 'vitest'
import { changePassword } from '@/lib/accounts/actions/change-password'
import { issuePasswordReset, resetLinkIsOpen } from '@/lib/accounts/reset'
import { clearSecondFactor, issueTicket, redeemTicket } from '@/lib/auth/tickets'
import { setAccountStatus } from '@/lib/accounts/service'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { sessionCaller } from '@/lib/context/caller'
import { resolveContext, type SessionClaims } from '@/lib/context/resolve'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import type { TestDatabase } from '@/test/database'
import { TEST_AUDIT_KEY, TEST_SETTINGS, test, type Fixtures } from '@/test/fixtures'
import { endSession as endSessionAction } from './actions/end-session'
import { signOutEverywhere } from './actions/sign-out-everywhere'
import { describeDevice } from './device'
import { endSession, liveSessions } from './service'

test.beforeEach(({ f }) => f.resetPeople())

/** The action environment of a session, with its claims (to ask whether the session still opens). */
const envWith = (t: TestDatabase, claims: SessionClaims): ActionEnvironment & { claims: SessionClaims } => ({
  db: t.db,
  caller: () => sessionCaller(t.db, claims),
  auditKey: TEST_AUDIT_KEY,
  meta: { ip: '127.0.0.1', userAgent: 'vitest' },
  settings: TEST_SETTINGS,
  claims,
})

/** Two signed-in devices of one person: the environment of the first, and the claims of both. */
async function twoDevices(t: TestDatabase, f: Fixtures, email: string) {
  await t.db.userSession.updateMany({ where: { user: { email }, endedAt: null }, data: { endedAt: new Date(), endedReason: 'signedOut' } })
  const here = envWith(t, await f.claimsOf(email))
  const there = await f.claimsOf(email)
  return { here, there }
}
const isLive = (t: TestDatabase, claims: SessionClaims) => resolveContext(t.db, claims).then((ctx) => ctx !== null)

describe('sessions', () => {
  test('signing out ends that session at once, and only that one', async ({ t, f }) => {
    const { here, there } = await twoDevices(t, f, 'member@acme.test')
    await endSession(t.db, here.claims.userId, here.claims.sessionId, 'signedOut')
    expect(await isLive(t, here.claims)).toBe(false)
    expect(await isLive(t, there)).toBe(true)
  })

  test('a person ends another of their sessions, but neither the one they use nor anybody else’s', async ({ t, f }) => {
    const { here, there } = await twoDevices(t, f, 'member@acme.test')
    const someoneElse = await f.claimsOf('viewer@acme.test')
    expect(await endSessionAction.execute(here, { sessionId: here.claims.sessionId })).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await endSessionAction.execute(here, { sessionId: someoneElse.sessionId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await isLive(t, someoneElse)).toBe(true)
    expect(await endSessionAction.execute(here, { sessionId: there.sessionId })).toMatchObject({ ok: true })
    expect(await isLive(t, there)).toBe(false)
    expect(await isLive(t, here.claims)).toBe(true)
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'session.ended' }, orderBy: { seq: 'desc' } })
    expect(entry.actorId).toBe(here.claims.userId)
  })

  test('signing out everywhere ends every session of the person, this one included', async ({ t, f }) => {
    const { here, there } = await twoDevices(t, f, 'wsadmin@acme.test')
    const result = await signOutEverywhere.execute(here, {})
    expect(result).toMatchObject({ ok: true })
    expect(await isLive(t, here.claims)).toBe(false)
    expect(await isLive(t, there)).toBe(false)
    expect(await liveSessions(t.db, here.claims.userId)).toEqual([])
  })

  test('a password change ends the other sessions and keeps this one; sign-ins under way and reset links stop working', async ({
    t,
    f,
  }) => {
    const { here, there } = await twoDevices(t, f, 'viewer@acme.test')
    const pending = await issueTicket(t.db, here.claims.userId, true)
    await clearSecondFactor(t.db, pending)
    const link = await issuePasswordReset(t.db, 'viewer@acme.test', {
      appUrl: 'http://atrium.test',
      smtpUrl: null,
      mailFrom: 'atrium@example.test',
    })
    const result = await changePassword.execute(here, { currentPassword: DEMO_PASSWORD, newPassword: 'tiles-garnet-oxbow-lumen' })
    expect(result).toMatchObject({ ok: true, data: { otherSessionsEnded: 1 } })
    expect(await isLive(t, here.claims)).toBe(true)
    expect(await isLive(t, there)).toBe(false)
    expect(await redeemTicket(t.db, pending)).toBeNull()
    expect(await resetLinkIsOpen(t.db, link!.split('/').pop()!)).toBe(false)
  })

  test('disabling an account ends all its sessions', async ({ t, f }) => {
    const { here, there } = await twoDevices(t, f, 'member@acme.test')
    await setAccountStatus(t.db, TEST_AUDIT_KEY, { email: 'member@acme.test', status: 'DISABLED', by: 'test' })
    expect(await t.db.userSession.count({ where: { userId: here.claims.userId, endedAt: null } })).toBe(0)
    await t.db.user.update({ where: { id: here.claims.userId }, data: { status: 'ACTIVE' } })
    expect(await isLive(t, here.claims)).toBe(false)
    expect(await isLive(t, there)).toBe(false)
  })

  test('"last seen" is written at most every few minutes', async ({ t, f }) => {
    const { here } = await twoDevices(t, f, 'member@acme.test')
    const id = here.claims.sessionId
    await t.sql(`UPDATE "UserSession" SET "lastSeenAt" = now() AT TIME ZONE 'UTC' - interval '1 hour' WHERE id = $1`, [id])
    await isLive(t, here.claims)
    const seen = (await t.db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt
    expect(Date.now() - seen.getTime()).toBeLessThan(60_000)
    await t.sql(`UPDATE "UserSession" SET "lastSeenAt" = now() AT TIME ZONE 'UTC' - interval '1 minute' WHERE id = $1`, [id])
    const before = (await t.db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt
    await isLive(t, here.claims)
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(before)
  })
})

describe('describeDevice', () => {
  test('names a browser and a system a person recognises', () => {
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
    const safari =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
    expect([describeDevice(firefox), describeDevice(chrome), describeDevice(safari), describeDevice(null)]).toEqual([
      'Firefox on Windows',
      'Chrome on Linux',
      'Safari on iOS',
      'Unknown device',
    ])
  })
})
