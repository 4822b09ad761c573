import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'

/** What the security-event table records (never the tenant audit chain: no tenant lock, no chain growth per attempt). */
export type SecurityEventKind =
  | 'signIn.failed'
  | 'secondFactor.failed'
  /** A password or code checked for a signed-in person (changing the password, turning two-factor off, new codes). */
  | 'reauthentication.failed'
  | 'passwordReset.requested'
  /** A reset link used by someone in no organisation (whose reset no tenant's chain records). */
  | 'passwordReset.used'
  | 'invitation.failed'
  /** Someone signed up (or asked for the link again) with this address, or made the account with its link: no tenant chain holds an account in none. */
  | 'signUp.requested'
  | 'signUp.verified'
  /** A sign-up link that does not work, or came with the wrong password. */
  | 'verification.failed'
  /** A key of the limiter (lib/security/limits.ts) was locked out; the subject names the key. */
  | 'lockedOut'

export async function recordSecurityEvent(db: Db, kind: SecurityEventKind, subject: string, meta: RequestMeta) {
  await db.securityEvent.create({ data: { kind, subject, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 500) ?? null } })
}
