import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { hashPassword } from '@/lib/auth/password'
import { newPasswordField } from '@/lib/passwords/rules'
import { endSessionsOf, voidPendingSignIns } from '@/lib/sessions/service'
import { accountPasswordChanged } from '../audit-events'
import { requirePassword, requireStrongPassword } from '../password'

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
  newPassword: newPasswordField,
})

/**
 * Changes one's own password: the current one is checked under the sign-in limiter (a
 * borrowed session cannot guess it), the new one for strength; every other session ends.
 */
export const changePassword = defineAction({
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
    audit(accountPasswordChanged, { targetId: actor.userId, data: { otherSessionsEnded } })
    return { otherSessionsEnded }
  },
})
