import { randomBytes } from 'node:crypto'
import { sha256Hex } from '@/lib/crypto/digest'
import type { Db, Tx } from '@/lib/db/client'

/** A sign-in waits this long for its second factor. */
const TICKET_LIFETIME_MS = 10 * 60_000

const hashTicket = sha256Hex

/**
 * A sign-in ticket: issued once the password was right, good for opening one session
 * (Auth.js's authorize redeems it) once the second factor, if any, was given.
 */
export async function issueTicket(db: Db | Tx, userId: string, needsSecondFactor: boolean): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.signInTicket.deleteMany({ where: { expiresAt: { lt: new Date() } } })
  await db.signInTicket.create({
    data: { tokenHash: hashTicket(token), userId, needsSecondFactor, expiresAt: new Date(Date.now() + TICKET_LIFETIME_MS) },
  })
  return token
}

/** The person a ticket still waiting for its second factor belongs to, or null. */
export async function pendingTicketUser(db: Db | Tx, token: string): Promise<string | null> {
  const ticket = await db.signInTicket.findUnique({ where: { tokenHash: hashTicket(token) } })
  return ticket && ticket.needsSecondFactor && ticket.expiresAt > new Date() ? ticket.userId : null
}

/** The second factor was given: the ticket may now open a session. */
export async function clearSecondFactor(db: Db | Tx, token: string): Promise<void> {
  await db.signInTicket.updateMany({ where: { tokenHash: hashTicket(token), needsSecondFactor: true }, data: { needsSecondFactor: false } })
}

/** Uses a ticket up (once, atomically): the person it opens a session for, or null. */
export async function redeemTicket(db: Db | Tx, token: string): Promise<string | null> {
  if (!token) return null
  const rows = await db.$queryRaw<{ userId: string }[]>`
    DELETE FROM "SignInTicket"
    WHERE "tokenHash" = ${hashTicket(token)} AND NOT "needsSecondFactor" AND "expiresAt" > now() AT TIME ZONE 'UTC'
    RETURNING "userId"`
  return rows[0]?.userId ?? null
}
