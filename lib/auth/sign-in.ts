import type { RootKeyRing } from '@/lib/crypto/root-keys'
import type { Db } from '@/lib/db/client'
import { afterResponse } from '@/lib/http/after-response'
import type { RequestMeta } from '@/lib/http/client-address'
import { recordSecurityEvent } from '@/lib/security/events'
import { THROTTLE_RULES } from '@/lib/security/limits'
import { attemptFailed, attemptSucceeded, reserveAttempt, type ThrottleKey } from '@/lib/security/throttle'
import { checkSecondFactor } from '@/lib/two-factor/verify'
import { authenticate, credentialsInput } from './credentials'
import { recordAccountEvent } from './session-audit'
import { clearSecondFactor, issueTicket, pendingTicketUser } from './tickets'

export type SignInStep =
  | { ok: true; ticket: string; needsSecondFactor: boolean }
  | { ok: false; reason: 'invalid' | 'disabled' | 'expired' }
  | { ok: false; reason: 'limited'; retryAfterMs: number }

interface SignInKeys {
  auditKey: string
}

/** What a sign-in attempt counts against: the address typed (known or not, alike) and the client address. */
export function signInKeys(email: string, meta: RequestMeta): ThrottleKey[] {
  return [
    { rule: THROTTLE_RULES.signInAccount, subject: email },
    ...(meta.ip ? [{ rule: THROTTLE_RULES.signInAddress, subject: meta.ip }] : []),
  ]
}

/**
 * A failed attempt: recorded outside every tenant's chain; if it starts a lock-out of a
 * person's account, that one moment goes into their tenant's audit log, after the answer
 * (so its cost does not tell a known address from an unknown one).
 */
async function failed(
  db: Db,
  keys: ThrottleKey[],
  event: 'signIn.failed' | 'secondFactor.failed',
  subject: string,
  meta: RequestMeta,
  audit: { auditKey: string; userId: () => Promise<string | null> },
) {
  await recordSecurityEvent(db, event, subject, meta)
  const lockouts = await attemptFailed(db, keys)
  for (const { key, durationMs } of lockouts) {
    await recordSecurityEvent(db, 'signIn.lockedOut', `${key.rule.prefix}:${key.subject}`, meta)
    if (key.rule === THROTTLE_RULES.signInAddress) continue
    await afterResponse(async () => {
      const userId = await audit.userId()
      if (userId)
        await recordAccountEvent(db, audit.auditKey, 'session.lockedOut', userId, meta, {
          data: { seconds: Math.round(durationMs / 1000), after: event },
        })
    })
  }
}

/**
 * The first step of signing in: the limiter, then the password. Right, it gives a
 * ticket, which opens a session at once or after the second factor.
 */
export async function signInWithPassword(db: Db, keys: SignInKeys, raw: unknown, meta: RequestMeta): Promise<SignInStep> {
  const parsed = credentialsInput.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email } = parsed.data
  const throttled = signInKeys(email, meta)
  const reservation = await reserveAttempt(db, throttled)
  if (!reservation.ok) return { ok: false, reason: 'limited', retryAfterMs: reservation.retryAfterMs }

  const result = await authenticate(db, parsed.data)
  if (!result.ok && result.reason === 'invalid') {
    await failed(db, throttled, 'signIn.failed', email, meta, {
      auditKey: keys.auditKey,
      userId: async () => (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null,
    })
    return { ok: false, reason: 'invalid' }
  }
  await attemptSucceeded(db, throttled)
  if (!result.ok) return { ok: false, reason: 'disabled' }
  return { ok: true, ticket: await issueTicket(db, result.user.id, result.user.hasTwoFactor), needsSecondFactor: result.user.hasTwoFactor }
}

/** The second step, for people with two-factor authentication: a code or a recovery code for the ticket. */
export async function signInWithSecondFactor(
  db: Db,
  keys: SignInKeys & { rootKeys: RootKeyRing },
  ticket: string,
  code: string,
  meta: RequestMeta,
): Promise<SignInStep> {
  const userId = await pendingTicketUser(db, ticket)
  if (!userId) return { ok: false, reason: 'expired' }
  const throttled = [{ rule: THROTTLE_RULES.secondFactor, subject: userId }]
  const reservation = await reserveAttempt(db, throttled)
  if (!reservation.ok) return { ok: false, reason: 'limited', retryAfterMs: reservation.retryAfterMs }

  const check = await checkSecondFactor(db, keys.rootKeys, userId, code)
  if (!check.ok) {
    await failed(db, throttled, 'secondFactor.failed', userId, meta, { auditKey: keys.auditKey, userId: async () => userId })
    return { ok: false, reason: 'invalid' }
  }
  await attemptSucceeded(db, throttled)
  if (check.via === 'recoveryCode')
    await recordAccountEvent(db, keys.auditKey, 'account.recoveryCodeUsed', userId, meta, { data: { left: check.recoveryCodesLeft } })
  await clearSecondFactor(db, ticket)
  return { ok: true, ticket, needsSecondFactor: false }
}
