import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'

/** What the security-event table records (never the tenant audit chain: no tenant lock, no chain growth per attempt). */
export type SecurityEventKind =
  | 'signIn.failed'
  | 'secondFactor.failed'
  /** A password or code checked for a signed-in person (changing the password, turning two-factor off, new codes). */
  | 'reauthentication.failed'
  | 'passwordReset.requested'
  | 'invitation.failed'
  /** Someone signed up (or asked for a verification link again) with this address: no tenant chain holds an account in none. */
  | 'signUp.requested'
  | 'signUp.verified'
  | 'verification.failed'
  /** A key of the limiter (lib/security/limits.ts) was locked out; the subject names the key. */
  | 'lockedOut'

export async function recordSecurityEvent(db: Db, kind: SecurityEventKind, subject: string, meta: RequestMeta) {
  await db.securityEvent.create({ data: { kind, subject, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 500) ?? null } })
}
