import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { requirePassword } from '@/lib/accounts/password'
import { accountTwoFactorEnabled } from '../audit-events'
import { codeField, passwordField } from '../schema'
import { openTotpSecret } from '../secret-box'
import { replaceRecoveryCodes, wrongCode } from '../service'
import { matchingStep } from '../totp'

export const confirmTwoFactorInput = z.object({ password: passwordField, code: codeField })

/** Enrolment, second step: a code from the app turns it on, and the ten recovery codes are made. */
export const confirmTwoFactor = defineAction({
  name: 'account.confirmTwoFactor',
  input: confirmTwoFactorInput,
  ...OWN_ACCOUNT_ACTION,
  // The password again: a borrowed session alone cannot tie the account to someone else's phone.
  async prepare(db, { input, actor, meta }) {
    await requirePassword(db, actor.userId, input.password, { field: 'password', meta })
  },
  async run(tx, { input, actor, settings, audit }) {
    const factor = await tx.twoFactor.findUnique({ where: { userId: actor.userId } })
    if (!factor || factor.confirmedAt) refuse('CONFLICT', 'Start the set-up again: this one is no longer open.')
    const step = matchingStep(openTotpSecret(settings.encryptionKeys, factor), input.code)
    if (step === null) wrongCode()
    await tx.twoFactor.update({ where: { userId: actor.userId }, data: { confirmedAt: new Date(), lastUsedStep: step } })
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    audit(accountTwoFactorEnabled, { targetId: actor.userId, data: {} })
    return { recoveryCodes }
  },
})
