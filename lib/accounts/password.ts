import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { verifyPassword } from '@/lib/auth/password'
import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { passwordProblem } from '@/lib/passwords/strength'
import { refuseTooManyAttempts, THROTTLE_RULES } from '@/lib/security/limits'
import { guardedCheck } from '@/lib/security/guard'

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
  if (!guarded.checked) refuseTooManyAttempts(guarded.retryAfterMs)
  if (!guarded.result) refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: ['This is not your password.'] })
  return user
}
