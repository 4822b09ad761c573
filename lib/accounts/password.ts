import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { passwordProblem } from '@/lib/passwords/strength'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import { guardedCheck } from '@/lib/security/guard'
import { endSessionsOf, voidPendingSignIns } from '@/lib/sessions/service'
import { changePasswordInput } from './schema'

/** Refuses a weak new password, with the reason next to its field. */
export async function requireStrongPassword(field: string, password: string, person: { email: string; name: string }) {
  const problem = await passwordProblem(password, person)
  if (problem) refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: [problem] })
}

/**
 * A signed-in person's password, asked again before a change to their sign-in: checked
 * under the sign-in limiter of their address, so a borrowed session cannot guess it.
 */
export async function requirePassword(db: Db, userId: string, password: string, { field, meta }: { field: string; meta: RequestMeta }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } })
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.signInAccount, subject: user.email }],
    { event: 'reauthentication.failed', subject: user.email, meta },
    () => verifyPassword(user.passwordHash, password),
    (right) => right,
  )
  if (!guarded.checked) refuse('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs))
  if (!guarded.result) refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: ['This is not your password.'] })
  return user
}

/**
 * Changes one's own password: the current one is checked under the sign-in limiter (a
 * borrowed session cannot guess it), the new one for strength; every other session ends.
 */
export const changePasswordDefinition = defineAction({
  name: 'account.changePassword',
  input: changePasswordInput,
  ...OWN_ACCOUNT_ACTION,
  async prepare(db, { input, actor, meta }) {
    const user = await requirePassword(db, actor.userId, input.currentPassword, { field: 'currentPassword', meta })
    if (input.newPassword === input.currentPassword)
      refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { newPassword: ['Choose a password other than your current one.'] })
    await requireStrongPassword('newPassword', input.newPassword, user)
    return { passwordHash: await hashPassword(input.newPassword) }
  },
  async run(tx, { actor, sessionId, prepared, audit }) {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash: prepared.passwordHash } })
    const otherSessionsEnded = await endSessionsOf(tx, actor.userId, 'passwordChanged', sessionId)
    await voidPendingSignIns(tx, actor.userId)
    audit({ action: 'account.passwordChanged', targetType: 'user', targetId: actor.userId, data: { otherSessionsEnded } })
    return { otherSessionsEnded }
  },
})
