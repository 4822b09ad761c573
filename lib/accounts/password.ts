import { defineAction } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { passwordProblem } from '@/lib/passwords/strength'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import { checkUnderLimit } from '@/lib/security/throttle'
import { endSessionsOf } from '@/lib/sessions/service'
import { changePasswordInput } from './schema'

/** Refuses a weak new password, with the reason next to its field. */
export async function requireStrongPassword(field: string, password: string, person: { email: string; name: string }) {
  const problem = await passwordProblem(password, person)
  if (problem) refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: [problem] })
}

/**
 * Changes one's own password: the current one is checked under the sign-in limiter (a
 * borrowed session cannot guess it), the new one for strength; every other session ends.
 */
export const changePasswordDefinition = defineAction({
  name: 'account.changePassword',
  input: changePasswordInput,
  permission: 'account.manage',
  // One's own account belongs to no workspace: a tab showing another one changes nothing wrong.
  staleTabCheck: false,
  async prepare(db, { input, actor }) {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } })
    const check = await checkUnderLimit(db, [{ rule: THROTTLE_RULES.signInAccount, subject: user.email }], () =>
      verifyPassword(user.passwordHash, input.currentPassword),
    )
    if (!check.ok && check.reason === 'limited') refuse('RATE_LIMITED', tooManyAttempts(check.retryAfterMs))
    if (!check.ok) refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { currentPassword: ['This is not your current password.'] })
    if (input.newPassword === input.currentPassword)
      refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { newPassword: ['Choose a password other than your current one.'] })
    await requireStrongPassword('newPassword', input.newPassword, user)
    return { passwordHash: await hashPassword(input.newPassword) }
  },
  async run(tx, { actor, sessionId, prepared, audit }) {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash: prepared.passwordHash } })
    const otherSessionsEnded = await endSessionsOf(tx, actor.userId, 'passwordChanged', sessionId)
    audit({ action: 'account.passwordChanged', targetType: 'user', targetId: actor.userId, data: { otherSessionsEnded } })
    return { otherSessionsEnded }
  },
})
