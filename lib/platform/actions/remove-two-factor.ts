import { defineAccountAction } from '@/lib/actions/define-account-action'
import { removeTwoFactorIn } from '@/lib/accounts/service'
import { accountInput } from '../schema'
import { accountChange } from './account-change'

/** For someone who lost phone and recovery codes (proved otherwise): as `npm run user:remove-two-factor`. */
export const removeAccountTwoFactor = defineAccountAction({
  name: 'platform.removeTwoFactor',
  input: accountInput,
  permission: 'platform.operate',
  async run(tx, scope) {
    await accountChange(tx, scope, (by, record) => removeTwoFactorIn(tx, { userId: scope.input.userId }, { by }, record))
    return { userId: scope.input.userId }
  },
})
