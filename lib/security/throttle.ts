import type { Db, Tx } from '@/lib/db/client'
import { LOCKOUT_MEMORY_MS, lockoutDuration, THROTTLE_WINDOW_MS, type ThrottleRule } from './limits'

/**
 * The sign-in limiter (docs/architecture.md §13), kept in the database so every app
 * instance counts the same attempts, on the database's clock. An attempt is reserved
 * before the password (or code) is checked, under the key's row lock: however many
 * arrive at once, no more than a rule's attempts are ever checked in a window. A failure
 * that fills the window starts a lock-out (30 s, doubling to 15 min); a success forgives.
 */
export interface ThrottleKey {
  rule: ThrottleRule
  /** What is counted: an address, a client address, a person's id. */
  subject: string
}

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number }

interface ThrottleRow {
  attempts: number
  lockouts: number
  lockedUntil: Date | null
  lastAttemptAt: Date
  now: Date
}

export const keyName = ({ rule, subject }: ThrottleKey) => `${rule.prefix}:${subject}`

/** Locks the key's row (creating it first), and forgets what is older than the window. */
async function lockRow(tx: Tx, key: ThrottleKey) {
  const name = keyName(key)
  await tx.$executeRaw`INSERT INTO "AuthThrottle" ("key") VALUES (${name}) ON CONFLICT ("key") DO NOTHING`
  const [row] = (await tx.$queryRaw<ThrottleRow[]>`
    SELECT "attempts", "lockouts", "lockedUntil", "lastAttemptAt", now() AT TIME ZONE 'UTC' AS "now"
    FROM "AuthThrottle" WHERE "key" = ${name} FOR UPDATE`) as [ThrottleRow]
  const idle = row.now.getTime() - row.lastAttemptAt.getTime()
  return {
    name,
    now: row.now,
    lockedUntil: row.lockedUntil && row.lockedUntil > row.now ? row.lockedUntil : null,
    attempts: idle > THROTTLE_WINDOW_MS ? 0 : row.attempts,
    lockouts: idle > LOCKOUT_MEMORY_MS ? 0 : row.lockouts,
  }
}

/** How long the longest lock-out among the keys still runs (0 when none is locked out). */
async function lockedFor(db: Db, keys: ThrottleKey[]): Promise<number> {
  const [row] = await db.$queryRaw<{ ms: number | null }[]>`
    SELECT max(extract(epoch FROM "lockedUntil" - now() AT TIME ZONE 'UTC') * 1000)::float8 AS ms
    FROM "AuthThrottle" WHERE "key" = ANY(${keys.map(keyName)}::text[]) AND "lockedUntil" > now() AT TIME ZONE 'UTC'`
  return Math.ceil(row?.ms ?? 0)
}

/** Sorted, so two calls naming the same keys never wait on each other in a circle. */
const inLockOrder = (keys: ThrottleKey[]) => [...keys].sort((a, b) => keyName(a).localeCompare(keyName(b)))

/**
 * Reserves one attempt on every key, or on none: refused while any key is locked out or
 * has its window's attempts in use (then the wait is the lock-out that would follow).
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[]): Promise<Reservation> {
  // A key already locked out answers at once, in one read without a transaction: a flood
  // of refused attempts costs the database one indexed read each and waits for no lock.
  const locked = await lockedFor(db, keys)
  if (locked > 0) return { ok: false, retryAfterMs: locked }
  return db.$transaction(async (tx) => {
    const rows = []
    for (const key of inLockOrder(keys)) rows.push({ key, ...(await lockRow(tx, key)) })
    let retryAfterMs = 0
    for (const row of rows) {
      if (row.lockedUntil) retryAfterMs = Math.max(retryAfterMs, row.lockedUntil.getTime() - row.now.getTime())
      else if (row.attempts >= row.key.rule.attempts) retryAfterMs = Math.max(retryAfterMs, lockoutDuration(row.lockouts))
    }
    if (retryAfterMs > 0) return { ok: false, retryAfterMs }
    for (const row of rows) {
      await tx.$executeRaw`
        UPDATE "AuthThrottle" SET "attempts" = ${row.attempts + 1}, "lockouts" = ${row.lockouts}, "lockedUntil" = NULL, "lastAttemptAt" = ${row.now}
        WHERE "key" = ${row.name}`
    }
    return { ok: true }
  })
}

/** A reserved attempt succeeded: rules that forgive forget the window; the others give the attempt back. */
export async function attemptSucceeded(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const key of inLockOrder(keys)) {
      const row = await lockRow(tx, key)
      if (key.rule.successForgives) {
        // A lock-out that started while this attempt was being checked is lifted with the rest.
        await tx.$executeRaw`UPDATE "AuthThrottle" SET "attempts" = 0, "lockouts" = 0, "lockedUntil" = NULL WHERE "key" = ${row.name}`
      } else {
        await tx.$executeRaw`UPDATE "AuthThrottle" SET "attempts" = ${Math.max(row.attempts - 1, 0)} WHERE "key" = ${row.name}`
      }
    }
  })
}

/**
 * A reserved attempt failed. Returns the keys whose lock-out this failure started (the
 * one moment worth an audit entry), with how long it lasts.
 */
export interface Lockout {
  key: ThrottleKey
  durationMs: number
}

export async function attemptFailed(db: Db, keys: ThrottleKey[]): Promise<Lockout[]> {
  return db.$transaction(async (tx) => {
    const started = []
    for (const key of inLockOrder(keys)) {
      const row = await lockRow(tx, key)
      if (row.lockedUntil || row.attempts < key.rule.attempts) continue
      const durationMs = lockoutDuration(row.lockouts)
      await tx.$executeRaw`
        UPDATE "AuthThrottle" SET "attempts" = 0, "lockouts" = ${row.lockouts + 1},
          "lockedUntil" = ${new Date(row.now.getTime() + durationMs)}, "lastAttemptAt" = ${row.now}
        WHERE "key" = ${row.name}`
      started.push({ key, durationMs })
    }
    return started
  })
}
