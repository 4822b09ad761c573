import type { RootKeyRing } from '@/lib/crypto/root-keys'
import type { Db } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { afterResponse } from '@/lib/http/after-response'
import type { RequestMeta } from '@/lib/http/client-address'
import { clientAddressOf, guardedCheck, type Watch } from '@/lib/security/guard'
import { THROTTLE_RULES } from '@/lib/security/limits'
import type { ThrottleKey } from '@/lib/security/throttle'
import { accountRecoveryCodeUsed } from '@/lib/two-factor/audit-events'
import { checkSecondFactor } from '@/lib/two-factor/verify'
import { sessionLockedOut } from './audit-events'
import { authenticate, credentialsInput } from './credentials'
import { recordAccountEvent } from './session-audit'
import { clearSecondFactor, issueTicket, pendingTicketUser } from './tickets'

export type SignInStep =
  | { ok: true; ticket: string; needsSecondFactor: boolean }
  | { ok: false; reason: 'invalid' | 'disabled' | 'expired' }
  | { ok: false; reason: 'limited'; retryAfterMs: number }

/** What a sign-in attempt counts against: the address typed (known or not, alike) and the client address. */
export function signInKeys(email: string, meta: RequestMeta): ThrottleKey[] {
  return [
    { rule: THROTTLE_RULES.signInAccount, subject: email },
    { rule: THROTTLE_RULES.signInAddress, subject: clientAddressOf(meta) },
  ]
}

/**
 * When a failure starts the lock-out of a person's account, their tenant's audit log says so
 * once, after the answer (so its cost does not tell a known address from an unknown one).
 */
function auditLockout(
  db: Db,
  auditKey: string,
  meta: RequestMeta,
  after: 'signIn.failed' | 'secondFactor.failed',
  userId: () => Promise<string | null>,
): Watch['onLockout'] {
  return async ({ key, durationMs }) => {
    if (key.rule === THROTTLE_RULES.signInAddress) return
    // After the answer, maybe outside this request's context: it names its path itself.
    await afterResponse(() =>
      withScope({ acrossTenants: 'sign-in' }, async () => {
        const id = await userId()
        if (id)
          await recordAccountEvent(db, auditKey, sessionLockedOut, id, meta, { data: { seconds: Math.round(durationMs / 1000), after } })
      }),
    )
  }
}

/**
 * The first step of signing in: the limiter, then the password. Right, it gives a
 * ticket, which opens a session at once or after the second factor.
 */
export async function signInWithPassword(db: Db, keys: { auditKey: string }, raw: unknown, meta: RequestMeta): Promise<SignInStep> {
  const parsed = credentialsInput.safeParse(raw)
  // Not an address at all: nothing to count, nothing to record (what was typed could be a password).
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email } = parsed.data
  const knownAs = async () => (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null
  const guarded = await guardedCheck(
    db,
    signInKeys(email, meta),
    { event: 'signIn.failed', subject: email, meta, onLockout: auditLockout(db, keys.auditKey, meta, 'signIn.failed', knownAs) },
    () => authenticate(db, parsed.data),
    // A disabled account's right password is not a guess to count.
    (result) => result.ok || result.reason === 'disabled',
  )
  if (!guarded.checked) return { ok: false, reason: 'limited', retryAfterMs: guarded.retryAfterMs }
  const result = guarded.result
  if (!result.ok) return { ok: false, reason: result.reason }
  return { ok: true, ticket: await issueTicket(db, result.user.id, result.user.hasTwoFactor), needsSecondFactor: result.user.hasTwoFactor }
}

/** The second step, for people with two-factor authentication: a code or a recovery code for the ticket. */
export async function signInWithSecondFactor(
  db: Db,
  keys: { auditKey: string; rootKeys: RootKeyRing },
  ticket: string,
  code: string,
  meta: RequestMeta,
): Promise<SignInStep> {
  const userId = await pendingTicketUser(db, ticket)
  if (!userId) return { ok: false, reason: 'expired' }
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.secondFactor, subject: userId }],
    {
      event: 'secondFactor.failed',
      subject: userId,
      meta,
      onLockout: auditLockout(db, keys.auditKey, meta, 'secondFactor.failed', async () => userId),
    },
    () => checkSecondFactor(db, keys.rootKeys, userId, code),
    (check) => check.ok,
  )
  if (!guarded.checked) return { ok: false, reason: 'limited', retryAfterMs: guarded.retryAfterMs }
  const check = guarded.result
  if (!check.ok) return { ok: false, reason: 'invalid' }
  if (check.via === 'recoveryCode')
    await recordAccountEvent(db, keys.auditKey, accountRecoveryCodeUsed, userId, meta, { data: { left: check.recoveryCodesLeft } })
  await clearSecondFactor(db, ticket)
  return { ok: true, ticket, needsSecondFactor: false }
}
