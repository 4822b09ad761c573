import type { Db } from '@/lib/db/client'
import { formatDateTime } from '@/lib/format/date'
import { describeDevice } from '@/lib/sessions/device'
import { liveSessions } from '@/lib/sessions/service'
import { requiredByATenant } from '@/lib/two-factor/queries'

/** What the account page shows of a person: their second factor and their live sessions (this one first). */
export async function accountOverview(db: Db, userId: string, currentSessionId: string) {
  const [factor, recoveryCodesLeft, required, sessions] = await Promise.all([
    db.twoFactor.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
    requiredByATenant(db, userId),
    liveSessions(db, userId),
  ])
  const rows = sessions.map((session) => ({
    id: session.id,
    device: describeDevice(session.userAgent),
    ip: session.ip,
    signedIn: formatDateTime(session.createdAt),
    lastSeen: formatDateTime(session.lastSeenAt),
    current: session.id === currentSessionId,
  }))
  return {
    twoFactor: {
      on: Boolean(factor?.confirmedAt),
      since: factor?.confirmedAt ? formatDateTime(factor.confirmedAt) : null,
      recoveryCodesLeft,
      required,
    },
    sessions: [...rows.filter((row) => row.current), ...rows.filter((row) => !row.current)],
  }
}
