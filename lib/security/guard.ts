import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { recordSecurityEvent, type SecurityEventKind } from './events'
import { attemptFailed, attemptSucceeded, keyName, reserveAttempt, type Lockout, type ThrottleKey } from './throttle'

/** What a failed check is recorded as, and what happens when it starts a lock-out. */
export interface Watch {
  event: SecurityEventKind
  /** Whom or what the failure concerns: the address typed, a person's id, a client address. */
  subject: string
  meta: RequestMeta
  /** A lock-out started (the one moment worth an audit entry, where there is a tenant to tell). */
  onLockout?(lockout: Lockout): Promise<void>
}

/** The check ran (its result says whether it passed), or the limiter refused it first. */
export type Guarded<T> = { checked: true; result: T } | { checked: false; retryAfterMs: number }

/**
 * The one way a secret (a password, a code, a link) is checked: an attempt is reserved on
 * every key first (refused while any is locked out or full), then the check runs; a pass
 * gives the attempt back, a failure is recorded as a security event and may start a lock-out.
 * Returns the check's own result, or how long to wait.
 */
export async function guardedCheck<T>(
  db: Db,
  keys: ThrottleKey[],
  watch: Watch,
  check: () => Promise<T>,
  passed: (result: T) => boolean,
): Promise<Guarded<T>> {
  const reservation = await reserveAttempt(db, keys)
  if (!reservation.ok) return { checked: false, retryAfterMs: reservation.retryAfterMs }
  const result = await check()
  if (passed(result)) {
    await attemptSucceeded(db, keys)
    return { checked: true, result }
  }
  await recordSecurityEvent(db, watch.event, watch.subject, watch.meta)
  for (const lockout of await attemptFailed(db, keys)) {
    await recordSecurityEvent(db, 'lockedOut', keyName(lockout.key), watch.meta)
    await watch.onLockout?.(lockout)
  }
  return { checked: true, result }
}

/**
 * A request that counts as a failed attempt would, whatever follows (asking for a reset link,
 * signing up): recorded as the watch's event, and refused once a key is full. No secret is
 * checked, so the answer never depends on whether the address has an account.
 */
export function countRequest(db: Db, keys: ThrottleKey[], watch: Watch): Promise<Guarded<undefined>> {
  return guardedCheck(
    db,
    keys,
    watch,
    async () => undefined,
    () => false,
  )
}

/** The client address a limit counts by; requests whose address is unknown share one count. */
export const clientAddressOf = (meta: RequestMeta) => meta.ip ?? 'unknown'
