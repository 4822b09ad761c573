import { randomBytes } from 'node:crypto'
import type { Db, Tx } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'

/** How long a session lasts after sign-in (the token's own lifetime too). */
export const SESSION_LIFETIME_S = 12 * 60 * 60
/** A request writes "last seen" only when the stored one is older than this (lib/context/resolve.ts). */
export const LAST_SEEN_GRANULARITY = '5 minutes'

export type SessionEndReason =
  | 'signedOut'
  | 'signedOutEverywhere'
  | 'endedByUser'
  | 'passwordChanged'
  | 'passwordReset'
  | 'accountDisabled'
  /** Disabled in, or removed from, the last tenant open to them. */
  | 'accessEnded'
  /** An operator removed their two-factor authentication. */
  | 'twoFactorRemoved'
  /** An operator ended them from the platform console. */
  | 'endedByOperator'

/** Opens a session for a person who just signed in; its id goes into their token. */
export async function startSession(db: Db | Tx, userId: string, meta: RequestMeta): Promise<string> {
  const id = randomBytes(24).toString('base64url')
  await db.userSession.create({
    data: {
      id,
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_S * 1000),
    },
  })
  return id
}

/** Ends one session of a person (a no-op for one already ended or not theirs). */
export async function endSession(db: Db | Tx, userId: string, sessionId: string, reason: SessionEndReason) {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, userId, endedAt: null },
    data: { endedAt: new Date(), endedReason: reason },
  })
  return count
}

/** Ends every live session of a person, but the one named in `except` (the device making the change). */
export async function endSessionsOf(db: Db | Tx, userId: string, reason: SessionEndReason, except?: string | null) {
  const { count } = await db.userSession.updateMany({
    where: { userId, endedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { endedAt: new Date(), endedReason: reason },
  })
  return count
}

export interface LiveSession {
  id: string
  userAgent: string | null
  ip: string | null
  createdAt: Date
  lastSeenAt: Date
}

/** A person's sessions that still open the console, most recently seen first. */
export async function liveSessions(db: Db, userId: string): Promise<LiveSession[]> {
  return db.userSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: 'desc' },
  })
}

/** A person's sign-ins under way and open reset links stop working (their password just changed). */
export async function voidPendingSignIns(db: Db | Tx, userId: string) {
  await db.signInTicket.deleteMany({ where: { userId } })
  await db.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } })
}
