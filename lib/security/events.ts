import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'

/** What the security-event table records (never the tenant audit chain: no tenant lock, no chain growth per attempt). */
export type SecurityEventKind =
  'signIn.failed' | 'signIn.lockedOut' | 'secondFactor.failed' | 'passwordReset.requested' | 'invitation.failed'

export async function recordSecurityEvent(db: Db, kind: SecurityEventKind, subject: string, meta: RequestMeta) {
  await db.securityEvent.create({ data: { kind, subject, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 500) ?? null } })
}
