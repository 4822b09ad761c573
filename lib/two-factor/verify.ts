import type { RootKeyRing } from '@/lib/crypto/root-keys'
import type { Db, Tx } from '@/lib/db/client'
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes'
import { openTotpSecret } from './secret-box'
import { matchingStep } from './totp'

export type SecondFactorCheck = { ok: true; via: 'totp' } | { ok: true; via: 'recoveryCode'; recoveryCodesLeft: number } | { ok: false }

/**
 * Checks a six-digit code or a recovery code of a person with two-factor authentication
 * on. Each is accepted once: a recovery code is marked used, a code's time step is
 * remembered, and both marks are conditional updates, so two requests racing with the
 * same code cannot both pass.
 */
export async function checkSecondFactor(
  db: Db | Tx,
  ring: RootKeyRing,
  userId: string,
  typed: string,
  now = Date.now(),
): Promise<SecondFactorCheck> {
  if (looksLikeRecoveryCode(typed)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(typed), usedAt: null },
      data: { usedAt: new Date(now) },
    })
    if (used.count !== 1) return { ok: false }
    return { ok: true, via: 'recoveryCode', recoveryCodesLeft: await db.recoveryCode.count({ where: { userId, usedAt: null } }) }
  }
  const factor = await db.twoFactor.findUnique({ where: { userId } })
  if (!factor?.confirmedAt) return { ok: false }
  const step = matchingStep(openTotpSecret(ring, factor), typed, now)
  if (step === null) return { ok: false }
  const taken = await db.twoFactor.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  })
  return taken.count === 1 ? { ok: true, via: 'totp' } : { ok: false }
}
