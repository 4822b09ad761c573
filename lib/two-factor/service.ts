import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import type { RequestMeta } from '@/lib/http/client-address'
import type { RootKeyRing } from '@/lib/crypto/root-keys'
import type { Db, Tx } from '@/lib/db/client'
import { refuseTooManyAttempts, THROTTLE_RULES } from '@/lib/security/limits'
import { guardedCheck } from '@/lib/security/guard'
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes'
import { checkSecondFactor } from './verify'

const WRONG_CODE = 'This code is not right. Enter the code your app shows now.'
/** Refuses a wrong code, next to its field. */
export function wrongCode(field = 'code', message = WRONG_CODE): never {
  refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: [message] })
}

/** Ten new recovery codes in place of any earlier ones; returned once, stored hashed. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes()
  await tx.recoveryCode.deleteMany({ where: { userId } })
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) })
  return codes
}

/** A code (or recovery code) of a signed-in person, checked under the second-factor limiter, outside the tenant lock. */
export async function requireCode(db: Db, ring: RootKeyRing, userId: string, code: string, meta: RequestMeta) {
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.secondFactor, subject: userId }],
    { event: 'reauthentication.failed', subject: userId, meta },
    () => checkSecondFactor(db, ring, userId, code),
    (check) => check.ok,
  )
  if (!guarded.checked) refuseTooManyAttempts(guarded.retryAfterMs)
  if (!guarded.result.ok) wrongCode('code', 'This code is not right. Enter the code your app shows now, or a recovery code.')
}
