import type { RetentionPeriods } from '@/lib/config'
import type { Db } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'

/** What a delivered message's body becomes once its retention period is over. */
export const PRUNED_MAIL_BODY = '(The text of this message was removed after its retention period.)'

/** Rows deleted (or mail bodies cleared) per statement: short transactions, whatever the backlog. */
const BATCH = 2000

/**
 * One statement per kind of row, each removing at most a batch of what is past its period
 * (by the database's clock). Safe to run on several instances at once: a row already taken
 * by another run is skipped, and each statement is its own short transaction.
 */
const STEPS = {
  endedSessions: (days) => ({
    sql: `DELETE FROM "UserSession" WHERE id IN (
            SELECT id FROM "UserSession"
            WHERE COALESCE("endedAt", "expiresAt") < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int)
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [days.endedSessionsDays],
  }),
  securityEvents: (days) => ({
    sql: `DELETE FROM "SecurityEvent" WHERE id IN (
            SELECT id FROM "SecurityEvent" WHERE at < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int)
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [days.securityEventsDays],
  }),
  idleThrottles: (days) => ({
    sql: `DELETE FROM "AuthThrottle" WHERE "key" IN (
            SELECT "key" FROM "AuthThrottle"
            WHERE "lastAttemptAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int)
              AND ("lockedUntil" IS NULL OR "lockedUntil" < now() AT TIME ZONE 'UTC')
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [days.idleThrottlesDays],
  }),
  sentMailBodies: (days) => ({
    sql: `UPDATE "OutboxMessage" SET body = $2 WHERE id IN (
            SELECT id FROM "OutboxMessage"
            WHERE "sentAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int) AND body <> $2
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [days.sentMailDays, PRUNED_MAIL_BODY],
  }),
  // Rows that are useless once expired: no setting needed.
  expiredSignInTickets: () => ({
    sql: `DELETE FROM "SignInTicket" WHERE "tokenHash" IN (
            SELECT "tokenHash" FROM "SignInTicket" WHERE "expiresAt" < now() AT TIME ZONE 'UTC' LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [],
  }),
  expiredPasswordResets: () => ({
    sql: `DELETE FROM "PasswordReset" WHERE id IN (
            SELECT id FROM "PasswordReset" WHERE "expiresAt" < now() AT TIME ZONE 'UTC' LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [],
  }),
  pastRateWindows: () => ({
    sql: `DELETE FROM "ApiRateWindow" WHERE ("apiKeyId", "windowStart") IN (
            SELECT "apiKeyId", "windowStart" FROM "ApiRateWindow"
            WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - interval '1 hour' LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
    params: [],
  }),
} satisfies Record<string, (days: RetentionPeriods) => { sql: string; params: unknown[] }>

export type PruneReport = Record<keyof typeof STEPS, number>

/**
 * Removes everything past its retention period, batch after batch, and says how much of
 * each; a step that fails is reported (-1) and the others still run.
 */
export async function pruneExpired(db: Db, periods: RetentionPeriods): Promise<PruneReport> {
  const report = {} as PruneReport
  for (const [name, step] of Object.entries(STEPS) as [keyof PruneReport, (typeof STEPS)[keyof PruneReport]][]) {
    const { sql, params } = step(periods)
    let total = 0
    try {
      for (;;) {
        // Delivered mail sits in every tenant: pruning takes the named path across tenants.
        const removed = await withScope({ acrossTenants: 'retention' }, () => db.$executeRawUnsafe(sql, ...params))
        total += removed
        if (removed < BATCH) break
      }
    } catch (error) {
      console.warn(`[retention] ${name} could not be pruned: ${(error as Error).message}`)
      total = -1
    }
    report[name] = total
  }
  return report
}
