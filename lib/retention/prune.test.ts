import { describe, expect, inject } from 'vitest'
import type { TestDatabase } from '@/test/database'
import { issueApiKey } from '@/lib/api-keys/keys'
import { test } from '@/test/fixtures'
import { pruneExpired, PRUNED_MAIL_BODY } from './prune'

const PERIODS = { endedSessionsDays: 30, securityEventsDays: 90, idleThrottlesDays: 7, sentMailDays: 30 }
const daysAgo = (days: number) => `(now() AT TIME ZONE 'UTC') - make_interval(days => ${days})`

/** Rows of every kind pruning looks at, each just past its period ("old") or just within it ("kept"). */
async function putRows(t: TestDatabase, userId: string, tenantId: string, apiKeyId: string, tag: string) {
  await t.sql(
    `INSERT INTO "UserSession" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "endedAt", "endedReason") VALUES
       ('old-ended-${tag}', $1, ${daysAgo(40)}, ${daysAgo(40)}, ${daysAgo(39)}, ${daysAgo(31)}, 'signedOut'),
       ('old-expired-${tag}', $1, ${daysAgo(40)}, ${daysAgo(40)}, ${daysAgo(31)}, NULL, NULL),
       ('kept-ended-${tag}', $1, ${daysAgo(40)}, ${daysAgo(40)}, ${daysAgo(10)}, ${daysAgo(29)}, 'signedOut'),
       ('kept-live-${tag}', $1, ${daysAgo(400)}, ${daysAgo(1)}, ${daysAgo(-1)}, NULL, NULL)`,
    [userId],
  )
  await t.sql(
    `INSERT INTO "SecurityEvent" (at, kind, subject) VALUES (${daysAgo(91)}, 'signIn.failed', 'old-${tag}'), (${daysAgo(89)}, 'signIn.failed', 'kept-${tag}')`,
  )
  await t.sql(
    `INSERT INTO "AuthThrottle" (key, attempts, "lastAttemptAt", "lockedUntil") VALUES
       ('old-${tag}', 3, ${daysAgo(8)}, NULL), ('kept-recent-${tag}', 3, ${daysAgo(6)}, NULL),
       ('kept-locked-${tag}', 3, ${daysAgo(8)}, ${daysAgo(-1)})`,
  )
  await t.sql(
    `INSERT INTO "OutboxMessage" (id, "tenantId", "to", subject, body, "createdAt", "sentAt") VALUES
       ('old-sent-${tag}', $1, 'a@example.test', 'Old', 'Old text', ${daysAgo(40)}, ${daysAgo(31)}),
       ('kept-sent-${tag}', $1, 'a@example.test', 'Recent', 'Recent text', ${daysAgo(40)}, ${daysAgo(29)}),
       ('kept-unsent-${tag}', $1, 'a@example.test', 'Waiting', 'Waiting text', ${daysAgo(40)}, NULL)`,
    [tenantId],
  )
  await t.sql(
    `INSERT INTO "SignInTicket" ("tokenHash", "userId", "needsSecondFactor", "expiresAt") VALUES
       ('old-${tag}', $1, false, ${daysAgo(1)}), ('kept-${tag}', $1, false, ${daysAgo(-1)})`,
    [userId],
  )
  await t.sql(
    `INSERT INTO "PasswordReset" (id, "userId", "tokenHash", "expiresAt") VALUES
       ('old-${tag}', $1, 'old-hash-${tag}', ${daysAgo(1)}), ('kept-${tag}', $1, 'kept-hash-${tag}', ${daysAgo(-1)})`,
    [userId],
  )
  await t.sql(
    `INSERT INTO "ApiRateWindow" ("apiKeyId", "windowStart") VALUES
       ($1, (now() AT TIME ZONE 'UTC') - interval '2 hours'), ($1, (now() AT TIME ZONE 'UTC') - interval '10 minutes')`,
    [apiKeyId],
  )
}

/** What is left of the rows putRows made, by table. */
async function leftOf(t: TestDatabase, tag: string) {
  const ids = async (query: string) => (await t.sql<{ id: string }>(query)).map((row) => row.id).sort()
  return {
    sessions: await ids(`SELECT id FROM "UserSession" WHERE id LIKE '%-${tag}'`),
    securityEvents: await ids(`SELECT subject AS id FROM "SecurityEvent" WHERE subject LIKE '%-${tag}'`),
    throttles: await ids(`SELECT key AS id FROM "AuthThrottle" WHERE key LIKE '%-${tag}'`),
    mailBodies: await ids(`SELECT id || ': ' || body AS id FROM "OutboxMessage" WHERE id LIKE '%-${tag}'`),
    tickets: await ids(`SELECT "tokenHash" AS id FROM "SignInTicket" WHERE "tokenHash" LIKE '%-${tag}'`),
    resets: await ids(`SELECT id FROM "PasswordReset" WHERE id LIKE '%-${tag}'`),
  }
}

/** A key of the tenant's admin, for its rate windows. */
async function anApiKey(t: TestDatabase, tenantId: string, createdById: string) {
  const { row } = await t.db.$transaction((tx) =>
    issueApiKey(tx, {
      tenantId,
      workspaceId: null,
      name: 'Retention',
      scopes: ['read'],
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById,
    }),
  )
  return row.id
}

describe('retention', () => {
  test('removes only what is past its period, and clears only delivered mail', async ({ t, f }) => {
    const tenantId = f.tenant('acme').id
    const apiKeyId = await anApiKey(t, tenantId, f.user('admin@acme.test').id)
    await putRows(t, f.user('member@acme.test').id, tenantId, apiKeyId, 'one')
    const report = await pruneExpired(t.db, PERIODS)
    expect(report).toMatchObject({
      endedSessions: 2,
      securityEvents: 1,
      idleThrottles: 1,
      sentMailBodies: 1,
      expiredSignInTickets: 1,
      expiredPasswordResets: 1,
      pastRateWindows: 1,
    })
    expect(await leftOf(t, 'one')).toEqual({
      sessions: ['kept-ended-one', 'kept-live-one'],
      securityEvents: ['kept-one'],
      throttles: ['kept-locked-one', 'kept-recent-one'],
      mailBodies: [`kept-sent-one: Recent text`, `kept-unsent-one: Waiting text`, `old-sent-one: ${PRUNED_MAIL_BODY}`].sort(),
      tickets: ['kept-one'],
      resets: ['kept-one'],
    })
    expect(await t.sql(`SELECT 1 FROM "ApiRateWindow" WHERE "apiKeyId" = $1`, [apiKeyId])).toHaveLength(1)
    // Nothing left to prune: a second run changes nothing.
    expect(Object.values(await pruneExpired(t.db, PERIODS)).every((count) => count === 0)).toBe(true)
  })

  test.runIf(inject('databaseKind') === 'postgres')(
    'five runs at once (several instances) remove each row once, batch after batch',
    async ({ t }) => {
      const many = 4500
      await t.sql(
        `INSERT INTO "SecurityEvent" (at, kind, subject) SELECT ${daysAgo(100)}, 'signIn.failed', 'bulk-' || n FROM generate_series(1, ${many}) n`,
      )
      await t.sql(`INSERT INTO "SecurityEvent" (at, kind, subject) VALUES (now() AT TIME ZONE 'UTC', 'signIn.failed', 'bulk-recent')`)
      const reports = await Promise.all(Array.from({ length: 5 }, () => pruneExpired(t.db, PERIODS)))
      expect(reports.reduce((sum, report) => sum + report.securityEvents, 0)).toBe(many)
      expect(await t.sql(`SELECT subject FROM "SecurityEvent" WHERE subject LIKE 'bulk-%'`)).toEqual([{ subject: 'bulk-recent' }])
    },
  )
})
