import { appendAuditEvent } from '@/lib/audit/record'
import { appendPlatformLog } from '@/lib/audit/platform-log'
import { auditRecord } from '@/lib/audit/events'
import type { Db, Tx } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'
import type { SupportSession } from '@/lib/generated/prisma/client'
import { supportEnded, type SupportEndReason } from './audit-events'
import { SUPPORT_REQUEST_LIFETIME_MS } from './schema'

/** A session with its operator, as the audit entries name them. */
export type SessionWithOperator = SupportSession & { operator: { name: string; email: string } }

export const withOperator = { operator: { select: { name: true, email: true } } } as const

/** What every entry about a session says of it. */
export function sessionFacts(session: SessionWithOperator) {
  return {
    operator: `${session.operator.name} <${session.operator.email}>`,
    reason: session.reason,
    ticket: session.ticket,
    mode: session.mode,
    minutes: session.durationMinutes,
  }
}

/** Starts a session now: it lasts its duration from this moment. */
export function startedNow(session: Pick<SupportSession, 'durationMinutes'>, now = new Date()) {
  return { status: 'active' as const, startedAt: now, endsAt: new Date(now.getTime() + session.durationMinutes * 60_000) }
}

/** Ends a request or a live session (conditionally: one that ended meanwhile stays as it ended). */
export async function endSession(
  tx: Tx,
  session: Pick<SupportSession, 'id' | 'status'>,
  endReason: SupportEndReason,
  endedById: string | null,
  endedAt = new Date(),
): Promise<boolean> {
  const ended = await tx.supportSession.updateMany({
    where: { id: session.id, status: { in: ['requested', 'active'] } },
    data: { status: 'ended', endedAt, endReason, endedById },
  })
  return ended.count === 1
}

/**
 * Ends every open request and session of an operator who is one no more (removed, disabled),
 * each under its organisation's lock (in id order), recorded through `record` in that organisation.
 */
export async function endOperatorSessions(
  tx: Tx,
  operatorId: string,
  endedById: string,
  record: (tenantId: string, note: { targetId: string; data: { operator: string; endReason: SupportEndReason } }) => void,
) {
  const open = await tx.supportSession.findMany({
    where: { operatorId, status: { in: ['requested', 'active'] } },
    include: withOperator,
    orderBy: { tenantId: 'asc' },
  })
  for (const session of open) {
    await lockTenant(tx, session.tenantId)
    if (await endSession(tx, session, 'closed', endedById)) {
      record(session.tenantId, { targetId: session.id, data: { operator: sessionFacts(session).operator, endReason: 'closed' } })
    }
  }
}

/** Whether a session gives access now, by the stored facts alone (the request context also asks the organisation). */
export function liveAt(session: Pick<SupportSession, 'status' | 'endsAt'>, now = new Date()): boolean {
  return session.status === 'active' && session.endsAt !== null && session.endsAt > now
}

/** Whether a request still waits for an answer: not answered, and younger than a day. */
export function waitingAt(session: Pick<SupportSession, 'status' | 'requestedAt'>, now = new Date()): boolean {
  return session.status === 'requested' && now.getTime() - session.requestedAt.getTime() < SUPPORT_REQUEST_LIFETIME_MS
}

/**
 * Ends every open request and session of an organisation (its support access turned off, or
 * the organisation suspended or scheduled for deletion), under its tenant lock, each recorded
 * through `record` (the calling action's audit). Returns how many ended.
 */
export async function endOpenSessions(
  tx: Tx,
  tenantId: string,
  endReason: SupportEndReason,
  endedById: string,
  record: (note: { targetId: string; data: { operator: string; endReason: SupportEndReason } }) => void,
): Promise<number> {
  const open = await tx.supportSession.findMany({ where: { tenantId, status: { in: ['requested', 'active'] } }, include: withOperator })
  let ended = 0
  for (const session of open) {
    if (!(await endSession(tx, session, endReason, endedById))) continue
    record({ targetId: session.id, data: { operator: sessionFacts(session).operator, endReason } })
    ended++
  }
  return ended
}

/**
 * Ends the sessions whose time is up and the requests nobody answered in time, each in its
 * own transaction under its organisation's lock, audited in that organisation's chain and
 * in the platform log. Whether a session is live never depends on this (the request context
 * compares its end with the clock on every request); this only writes down that it ended.
 * Several instances may run it at once: the conditional update ends each one once.
 */
export async function endExpiredSupportSessions(db: Db, auditKey: string, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SUPPORT_REQUEST_LIFETIME_MS)
  return withScope({ acrossTenants: 'platform' }, async () => {
    const due = await db.supportSession.findMany({
      where: {
        OR: [
          { status: 'active', endsAt: { lte: now } },
          { status: 'requested', requestedAt: { lte: cutoff } },
        ],
      },
      include: withOperator,
      take: 500,
    })
    let ended = 0
    for (const session of due) {
      const endReason: SupportEndReason = session.status === 'active' ? 'expired' : 'lapsed'
      const endedAt = session.status === 'active' ? session.endsAt! : now
      const done = await db.$transaction(async (tx) => {
        await lockTenant(tx, session.tenantId)
        // Still as it was read, and still due (another instance, or an approval, may have come first).
        const due = session.status === 'active' ? { endsAt: { lte: now } } : { requestedAt: { lte: cutoff } }
        const ended = await tx.supportSession.updateMany({
          where: { id: session.id, status: session.status, ...due },
          data: { status: 'ended', endedAt, endReason },
        })
        if (ended.count !== 1) return false
        const note = { targetId: session.id, data: { operator: sessionFacts(session).operator, endReason } }
        await appendAuditEvent(tx, auditKey, supportEnded, { ...note, tenantId: session.tenantId, actorId: null })
        await appendPlatformLog(tx, auditKey, { ...auditRecord(supportEnded, note), organisationId: session.tenantId, actorId: null })
        return true
      })
      if (done) ended++
    }
    return ended
  })
}

/** Runs endExpiredSupportSessions every minute on this instance (instrumentation.ts). */
export function scheduleSupportExpiry(getDb: () => Db, auditKey: string) {
  const run = () =>
    endExpiredSupportSessions(getDb(), auditKey).catch((error: unknown) =>
      console.error('[support] ending expired sessions failed:', error),
    )
  const timer = setInterval(run, 60_000)
  timer.unref()
}
