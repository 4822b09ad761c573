import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { removeTwoFactorIn } from '@/lib/accounts/service'
import { accountInput } from '../schema'
import { accountChange } from './account-change'

/** For someone who lost phone and recovery codes (proved otherwise): as `npm run user:remove-two-factor`. */
export const removeAccountTwoFactor = defineAccountAction({
  name: 'platform.removeTwoFactor',
  input: accountInput,
  permission: 'platform.operate',
  async run(tx, scope) {
    const target = await tx.user.findUnique({ where: { id: scope.input.userId }, select: { isPlatformAdmin: true } })
    // An operator needs a second factor for the console: take them off the operators first.
    if (target?.isPlatformAdmin) refuse('CONFLICT', 'This account is a platform operator: remove it from the operators first.')
    await accountChange(tx, scope, (by, record) => removeTwoFactorIn(tx, { userId: scope.input.userId }, { by }, record))
    return { userId: scope.input.userId }
  },
})
