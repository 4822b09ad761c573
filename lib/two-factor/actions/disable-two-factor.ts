import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { requirePassword } from '@/lib/accounts/password'
import { accountTwoFactorDisabled } from '../audit-events'
import { hasTwoFactor, requiredByATenant } from '../queries'
import { codeField, passwordField } from '../schema'
import { requireCode } from '../service'

export const disableTwoFactorInput = z.object({ password: passwordField, code: codeField })

const REQUIRED_BY_TENANT = 'Your organisation requires two-factor authentication, so it cannot be turned off.'

/** Turning it off needs the password and a code (or a recovery code); not while a tenant requires it. */
export const disableTwoFactor = defineAction({
  name: 'account.disableTwoFactor',
  input: disableTwoFactorInput,
  ...OWN_ACCOUNT_ACTION,
  async prepare(db, { input, actor, settings, meta }) {
    if (!(await hasTwoFactor(db, actor.userId))) refuse('CONFLICT', 'Two-factor authentication is already off.')
    // Asked first, so a code is not spent on a refusal.
    if (await requiredByATenant(db, actor.userId)) refuse('FORBIDDEN', REQUIRED_BY_TENANT)
    await requirePassword(db, actor.userId, input.password, { field: 'password', meta })
    await requireCode(db, settings.encryptionKeys, actor.userId, input.code, meta)
  },
  async run(tx, { actor, audit }) {
    if (await requiredByATenant(tx, actor.userId)) refuse('FORBIDDEN', REQUIRED_BY_TENANT)
    await tx.twoFactor.delete({ where: { userId: actor.userId } })
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } })
    audit(accountTwoFactorDisabled, { targetId: actor.userId, data: {} })
  },
})
